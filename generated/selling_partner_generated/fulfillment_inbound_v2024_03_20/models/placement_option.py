from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.incentive import Incentive


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Incentive
    from ..models.incentive import Incentive

    _lazy_pending = False


T = TypeVar("T", bound="PlacementOption")


@_attrs_define
class PlacementOption:
    """
    Attributes:
        discounts (list[Incentive]):
        fees (list[Incentive]):
        placement_option_id (str):
        shipment_ids (list[str]):
        status (str):
        expiration (datetime.datetime | Unset):
    """

    discounts: list[Incentive]
    fees: list[Incentive]
    placement_option_id: str
    shipment_ids: list[str]
    status: str
    expiration: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
        discounts = []
        for discounts_item_data in self.discounts:
            discounts_item = discounts_item_data.to_dict()
            discounts.append(discounts_item)

        fees = []
        for fees_item_data in self.fees:
            fees_item = fees_item_data.to_dict()
            fees.append(fees_item)

        placement_option_id = self.placement_option_id

        shipment_ids = self.shipment_ids

        status = self.status

        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discounts": discounts,
                "fees": fees,
                "placementOptionId": placement_option_id,
                "shipmentIds": shipment_ids,
                "status": status,
            }
        )
        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.incentive import Incentive

        return (
            (
                ("discounts", "discounts", True, ("list", ("model", Incentive))),
                ("fees", "fees", True, ("list", ("model", Incentive))),
                ("placementOptionId", "placement_option_id", True, ("str",)),
                ("shipmentIds", "shipment_ids", True, ("list", ("str",))),
                ("status", "status", True, ("str",)),
                ("expiration", "expiration", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        _discounts = d.pop("discounts")
        discounts = [Incentive.from_dict(_item) for _item in _discounts]

        _fees = d.pop("fees")
        fees = [Incentive.from_dict(_item) for _item in _fees]

        placement_option_id = d.pop("placementOptionId")

        if _reader is not None and placement_option_id.__class__ is not str:
            raise DeviationError("placementOptionId")

        shipment_ids = d.pop("shipmentIds")

        if _reader is not None and shipment_ids.__class__ is not list:
            raise DeviationError("shipmentIds")

        status = d.pop("status")

        if _reader is not None and status.__class__ is not str:
            raise DeviationError("status")

        _expiration = d.pop("expiration", UNSET)
        expiration = (
            UNSET
            if _expiration is UNSET
            else datetime.datetime.fromisoformat(_expiration)
        )

        if (
            _reader is not None
            and not isinstance(expiration, Unset)
            and expiration.tzinfo is None
        ):
            raise DeviationError("expiration")

        if cls is PlacementOption:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.discounts = discounts
            _built.fees = fees
            _built.placement_option_id = placement_option_id
            _built.shipment_ids = shipment_ids
            _built.status = status
            _built.expiration = expiration
            _built._parse_notes = None
            placement_option = _built
        else:  # a subclass: its own __init__ runs
            placement_option = cls(
                discounts=discounts,
                fees=fees,
                placement_option_id=placement_option_id,
                shipment_ids=shipment_ids,
                status=status,
                expiration=expiration,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        placement_option.additional_properties = d or {}
        return placement_option

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

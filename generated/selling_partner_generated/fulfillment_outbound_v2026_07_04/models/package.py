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
    from ..models.tracking import Tracking


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Tracking
    from ..models.tracking import Tracking

    _lazy_pending = False


T = TypeVar("T", bound="Package")


@_attrs_define
class Package:
    """
    Attributes:
        package_id (str):
        delivery_time (datetime.datetime | Unset):
        shipment_item_ids (list[str] | Unset):
        status (str | Unset):
        tracking (Tracking | Unset):
    """

    package_id: str
    delivery_time: datetime.datetime | Unset = UNSET
    shipment_item_ids: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    tracking: Tracking | Unset = UNSET
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
        package_id = self.package_id

        delivery_time: str | Unset = UNSET
        if not isinstance(self.delivery_time, Unset):
            delivery_time = self.delivery_time.isoformat()

        shipment_item_ids: list[str] | Unset = UNSET
        if not isinstance(self.shipment_item_ids, Unset):
            shipment_item_ids = self.shipment_item_ids

        status = self.status

        tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking, Unset):
            tracking = self.tracking.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageId": package_id,
            }
        )
        if delivery_time is not UNSET:
            field_dict["deliveryTime"] = delivery_time
        if shipment_item_ids is not UNSET:
            field_dict["shipmentItemIds"] = shipment_item_ids
        if status is not UNSET:
            field_dict["status"] = status
        if tracking is not UNSET:
            field_dict["tracking"] = tracking

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.tracking import Tracking

        return (
            (
                ("packageId", "package_id", True, ("str",)),
                ("deliveryTime", "delivery_time", False, ("datetime",)),
                ("shipmentItemIds", "shipment_item_ids", False, ("list", ("str",))),
                ("status", "status", False, ("str",)),
                ("tracking", "tracking", False, ("model", Tracking)),
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
        package_id = d.pop("packageId")

        if _reader is not None and package_id.__class__ is not str:
            raise DeviationError("packageId")

        _delivery_time = d.pop("deliveryTime", UNSET)
        delivery_time = (
            UNSET
            if _delivery_time is UNSET
            else datetime.datetime.fromisoformat(_delivery_time)
        )

        if (
            _reader is not None
            and not isinstance(delivery_time, Unset)
            and delivery_time.tzinfo is None
        ):
            raise DeviationError("deliveryTime")

        shipment_item_ids = d.pop("shipmentItemIds", UNSET)

        if (
            _reader is not None
            and shipment_item_ids.__class__ is not list
            and shipment_item_ids is not UNSET
        ):
            raise DeviationError("shipmentItemIds")

        status = d.pop("status", UNSET)

        if _reader is not None and status.__class__ is not str and status is not UNSET:
            raise DeviationError("status")

        _tracking = d.pop("tracking", UNSET)
        tracking = UNSET if _tracking is UNSET else Tracking.from_dict(_tracking)

        if cls is Package:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.package_id = package_id
            _built.delivery_time = delivery_time
            _built.shipment_item_ids = shipment_item_ids
            _built.status = status
            _built.tracking = tracking
            _built._parse_notes = None
            package = _built
        else:  # a subclass: its own __init__ runs
            package = cls(
                package_id=package_id,
                delivery_time=delivery_time,
                shipment_item_ids=shipment_item_ids,
                status=status,
                tracking=tracking,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package.additional_properties = d or {}
        return package

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

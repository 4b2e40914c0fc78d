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
    from ..models.packing_configuration import PackingConfiguration
    from ..models.shipping_configuration import ShippingConfiguration


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Incentive, PackingConfiguration, ShippingConfiguration
    from ..models.incentive import Incentive
    from ..models.packing_configuration import PackingConfiguration
    from ..models.shipping_configuration import ShippingConfiguration

    _lazy_pending = False


T = TypeVar("T", bound="PackingOption")


@_attrs_define
class PackingOption:
    """
    Attributes:
        discounts (list[Incentive]):
        fees (list[Incentive]):
        packing_groups (list[str]):
        packing_option_id (str):
        status (str):
        supported_configurations (list[PackingConfiguration]):
        supported_shipping_configurations (list[ShippingConfiguration]):
        expiration (datetime.datetime | Unset):
    """

    discounts: list[Incentive]
    fees: list[Incentive]
    packing_groups: list[str]
    packing_option_id: str
    status: str
    supported_configurations: list[PackingConfiguration]
    supported_shipping_configurations: list[ShippingConfiguration]
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

        packing_groups = self.packing_groups

        packing_option_id = self.packing_option_id

        status = self.status

        supported_configurations = []
        for supported_configurations_item_data in self.supported_configurations:
            supported_configurations_item = supported_configurations_item_data.to_dict()
            supported_configurations.append(supported_configurations_item)

        supported_shipping_configurations = []
        for (
            supported_shipping_configurations_item_data
        ) in self.supported_shipping_configurations:
            supported_shipping_configurations_item = (
                supported_shipping_configurations_item_data.to_dict()
            )
            supported_shipping_configurations.append(
                supported_shipping_configurations_item
            )

        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "discounts": discounts,
                "fees": fees,
                "packingGroups": packing_groups,
                "packingOptionId": packing_option_id,
                "status": status,
                "supportedConfigurations": supported_configurations,
                "supportedShippingConfigurations": supported_shipping_configurations,
            }
        )
        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.incentive import Incentive
        from ..models.packing_configuration import PackingConfiguration
        from ..models.shipping_configuration import ShippingConfiguration

        return (
            (
                ("discounts", "discounts", True, ("list", ("model", Incentive))),
                ("fees", "fees", True, ("list", ("model", Incentive))),
                ("packingGroups", "packing_groups", True, ("list", ("str",))),
                ("packingOptionId", "packing_option_id", True, ("str",)),
                ("status", "status", True, ("str",)),
                (
                    "supportedConfigurations",
                    "supported_configurations",
                    True,
                    ("list", ("model", PackingConfiguration)),
                ),
                (
                    "supportedShippingConfigurations",
                    "supported_shipping_configurations",
                    True,
                    ("list", ("model", ShippingConfiguration)),
                ),
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

        packing_groups = d.pop("packingGroups")

        if _reader is not None and packing_groups.__class__ is not list:
            raise DeviationError("packingGroups")

        packing_option_id = d.pop("packingOptionId")

        if _reader is not None and packing_option_id.__class__ is not str:
            raise DeviationError("packingOptionId")

        status = d.pop("status")

        if _reader is not None and status.__class__ is not str:
            raise DeviationError("status")

        _supported_configurations = d.pop("supportedConfigurations")
        supported_configurations = [
            PackingConfiguration.from_dict(_item) for _item in _supported_configurations
        ]

        _supported_shipping_configurations = d.pop("supportedShippingConfigurations")
        supported_shipping_configurations = [
            ShippingConfiguration.from_dict(_item)
            for _item in _supported_shipping_configurations
        ]

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

        if cls is PackingOption:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.discounts = discounts
            _built.fees = fees
            _built.packing_groups = packing_groups
            _built.packing_option_id = packing_option_id
            _built.status = status
            _built.supported_configurations = supported_configurations
            _built.supported_shipping_configurations = supported_shipping_configurations
            _built.expiration = expiration
            _built._parse_notes = None
            packing_option = _built
        else:  # a subclass: its own __init__ runs
            packing_option = cls(
                discounts=discounts,
                fees=fees,
                packing_groups=packing_groups,
                packing_option_id=packing_option_id,
                status=status,
                supported_configurations=supported_configurations,
                supported_shipping_configurations=supported_shipping_configurations,
                expiration=expiration,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        packing_option.additional_properties = d or {}
        return packing_option

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

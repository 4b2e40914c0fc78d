from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.incentive import Incentive
    from ..models.packing_configuration import PackingConfiguration
    from ..models.shipping_configuration import ShippingConfiguration


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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.incentive import Incentive
        from ..models.packing_configuration import PackingConfiguration
        from ..models.shipping_configuration import ShippingConfiguration

        d = dict(src_dict)
        discounts = []
        _discounts = d.pop("discounts")
        for discounts_item_data in _discounts:
            discounts_item = Incentive.from_dict(discounts_item_data)

            discounts.append(discounts_item)

        fees = []
        _fees = d.pop("fees")
        for fees_item_data in _fees:
            fees_item = Incentive.from_dict(fees_item_data)

            fees.append(fees_item)

        packing_groups = cast(list[str], d.pop("packingGroups"))

        packing_option_id = d.pop("packingOptionId")

        status = d.pop("status")

        supported_configurations = []
        _supported_configurations = d.pop("supportedConfigurations")
        for supported_configurations_item_data in _supported_configurations:
            supported_configurations_item = PackingConfiguration.from_dict(
                supported_configurations_item_data
            )

            supported_configurations.append(supported_configurations_item)

        supported_shipping_configurations = []
        _supported_shipping_configurations = d.pop("supportedShippingConfigurations")
        for (
            supported_shipping_configurations_item_data
        ) in _supported_shipping_configurations:
            supported_shipping_configurations_item = ShippingConfiguration.from_dict(
                supported_shipping_configurations_item_data
            )

            supported_shipping_configurations.append(
                supported_shipping_configurations_item
            )

        _expiration = d.pop("expiration", UNSET)
        expiration: datetime.datetime | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = datetime.datetime.fromisoformat(_expiration)

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

        packing_option.additional_properties = d
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

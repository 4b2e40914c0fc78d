from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CarrierAccountAttribute")


@_attrs_define
class CarrierAccountAttribute:
    """
    Attributes:
        attribute_name (str | Unset):
        property_group (str | Unset):
        value (str | Unset):
    """

    attribute_name: str | Unset = UNSET
    property_group: str | Unset = UNSET
    value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_name = self.attribute_name

        property_group = self.property_group

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_name is not UNSET:
            field_dict["attributeName"] = attribute_name
        if property_group is not UNSET:
            field_dict["propertyGroup"] = property_group
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        attribute_name = d.pop("attributeName", UNSET)

        property_group = d.pop("propertyGroup", UNSET)

        value = d.pop("value", UNSET)

        carrier_account_attribute = cls(
            attribute_name=attribute_name,
            property_group=property_group,
            value=value,
        )

        carrier_account_attribute.additional_properties = d
        return carrier_account_attribute

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

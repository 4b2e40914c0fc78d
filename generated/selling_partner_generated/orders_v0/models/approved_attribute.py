from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApprovedAttribute")


@_attrs_define
class ApprovedAttribute:
    """
    Attributes:
        approved_value (str):
        attribute_name (str):
        original_value (str):
    """

    approved_value: str
    attribute_name: str
    original_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved_value = self.approved_value

        attribute_name = self.attribute_name

        original_value = self.original_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approvedValue": approved_value,
                "attributeName": attribute_name,
                "originalValue": original_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        approved_value = d.pop("approvedValue")

        attribute_name = d.pop("attributeName")

        original_value = d.pop("originalValue")

        approved_attribute = cls(
            approved_value=approved_value,
            attribute_name=attribute_name,
            original_value=original_value,
        )

        approved_attribute.additional_properties = d
        return approved_attribute

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

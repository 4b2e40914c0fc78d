from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelData")


@_attrs_define
class LabelData:
    """
    Attributes:
        content (str):
        package_identifier (str | Unset):
        ship_method (str | Unset):
        ship_method_name (str | Unset):
        tracking_number (str | Unset):
    """

    content: str
    package_identifier: str | Unset = UNSET
    ship_method: str | Unset = UNSET
    ship_method_name: str | Unset = UNSET
    tracking_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        package_identifier = self.package_identifier

        ship_method = self.ship_method

        ship_method_name = self.ship_method_name

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if package_identifier is not UNSET:
            field_dict["packageIdentifier"] = package_identifier
        if ship_method is not UNSET:
            field_dict["shipMethod"] = ship_method
        if ship_method_name is not UNSET:
            field_dict["shipMethodName"] = ship_method_name
        if tracking_number is not UNSET:
            field_dict["trackingNumber"] = tracking_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content")

        package_identifier = d.pop("packageIdentifier", UNSET)

        ship_method = d.pop("shipMethod", UNSET)

        ship_method_name = d.pop("shipMethodName", UNSET)

        tracking_number = d.pop("trackingNumber", UNSET)

        label_data = cls(
            content=content,
            package_identifier=package_identifier,
            ship_method=ship_method,
            ship_method_name=ship_method_name,
            tracking_number=tracking_number,
        )

        label_data.additional_properties = d
        return label_data

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

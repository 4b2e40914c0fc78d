from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessibilityAttributes")


@_attrs_define
class AccessibilityAttributes:
    """
    Attributes:
        distance (str | Unset):
        drive_time (int | Unset):
    """

    distance: str | Unset = UNSET
    drive_time: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        distance = self.distance

        drive_time = self.drive_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if distance is not UNSET:
            field_dict["distance"] = distance
        if drive_time is not UNSET:
            field_dict["driveTime"] = drive_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        distance = d.pop("distance", UNSET)

        drive_time = d.pop("driveTime", UNSET)

        accessibility_attributes = cls(
            distance=distance,
            drive_time=drive_time,
        )

        accessibility_attributes.additional_properties = d
        return accessibility_attributes

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

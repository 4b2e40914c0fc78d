from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.duration_duration_unit import DurationDurationUnit

T = TypeVar("T", bound="Duration")


@_attrs_define
class Duration:
    """
    Attributes:
        duration_unit (DurationDurationUnit):
        duration_value (int):
    """

    duration_unit: DurationDurationUnit
    duration_value: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_unit = self.duration_unit.value

        duration_value = self.duration_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "durationUnit": duration_unit,
                "durationValue": duration_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        duration_unit = DurationDurationUnit(d.pop("durationUnit"))

        duration_value = d.pop("durationValue")

        duration = cls(
            duration_unit=duration_unit,
            duration_value=duration_value,
        )

        duration.additional_properties = d
        return duration

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeOfDay")


@_attrs_define
class TimeOfDay:
    """
    Attributes:
        hour_of_day (int | Unset):
        minute_of_hour (int | Unset):
        second_of_minute (int | Unset):
    """

    hour_of_day: int | Unset = UNSET
    minute_of_hour: int | Unset = UNSET
    second_of_minute: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hour_of_day = self.hour_of_day

        minute_of_hour = self.minute_of_hour

        second_of_minute = self.second_of_minute

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hour_of_day is not UNSET:
            field_dict["hourOfDay"] = hour_of_day
        if minute_of_hour is not UNSET:
            field_dict["minuteOfHour"] = minute_of_hour
        if second_of_minute is not UNSET:
            field_dict["secondOfMinute"] = second_of_minute

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hour_of_day = d.pop("hourOfDay", UNSET)

        minute_of_hour = d.pop("minuteOfHour", UNSET)

        second_of_minute = d.pop("secondOfMinute", UNSET)

        time_of_day = cls(
            hour_of_day=hour_of_day,
            minute_of_hour=minute_of_hour,
            second_of_minute=second_of_minute,
        )

        time_of_day.additional_properties = d
        return time_of_day

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

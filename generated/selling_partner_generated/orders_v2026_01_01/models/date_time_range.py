from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DateTimeRange")


@_attrs_define
class DateTimeRange:
    """
    Attributes:
        earliest_date_time (datetime.datetime | Unset):
        latest_date_time (datetime.datetime | Unset):
    """

    earliest_date_time: datetime.datetime | Unset = UNSET
    latest_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earliest_date_time: str | Unset = UNSET
        if not isinstance(self.earliest_date_time, Unset):
            earliest_date_time = self.earliest_date_time.isoformat()

        latest_date_time: str | Unset = UNSET
        if not isinstance(self.latest_date_time, Unset):
            latest_date_time = self.latest_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if earliest_date_time is not UNSET:
            field_dict["earliestDateTime"] = earliest_date_time
        if latest_date_time is not UNSET:
            field_dict["latestDateTime"] = latest_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _earliest_date_time = d.pop("earliestDateTime", UNSET)
        earliest_date_time: datetime.datetime | Unset
        if isinstance(_earliest_date_time, Unset):
            earliest_date_time = UNSET
        else:
            earliest_date_time = datetime.datetime.fromisoformat(_earliest_date_time)

        _latest_date_time = d.pop("latestDateTime", UNSET)
        latest_date_time: datetime.datetime | Unset
        if isinstance(_latest_date_time, Unset):
            latest_date_time = UNSET
        else:
            latest_date_time = datetime.datetime.fromisoformat(_latest_date_time)

        date_time_range = cls(
            earliest_date_time=earliest_date_time,
            latest_date_time=latest_date_time,
        )

        date_time_range.additional_properties = d
        return date_time_range

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedSlot")


@_attrs_define
class FixedSlot:
    """
    Attributes:
        available_capacity (int | Unset):
        encumbered_capacity (int | Unset):
        reserved_capacity (int | Unset):
        scheduled_capacity (int | Unset):
        start_date_time (datetime.datetime | Unset):
    """

    available_capacity: int | Unset = UNSET
    encumbered_capacity: int | Unset = UNSET
    reserved_capacity: int | Unset = UNSET
    scheduled_capacity: int | Unset = UNSET
    start_date_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_capacity = self.available_capacity

        encumbered_capacity = self.encumbered_capacity

        reserved_capacity = self.reserved_capacity

        scheduled_capacity = self.scheduled_capacity

        start_date_time: str | Unset = UNSET
        if not isinstance(self.start_date_time, Unset):
            start_date_time = self.start_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if available_capacity is not UNSET:
            field_dict["availableCapacity"] = available_capacity
        if encumbered_capacity is not UNSET:
            field_dict["encumberedCapacity"] = encumbered_capacity
        if reserved_capacity is not UNSET:
            field_dict["reservedCapacity"] = reserved_capacity
        if scheduled_capacity is not UNSET:
            field_dict["scheduledCapacity"] = scheduled_capacity
        if start_date_time is not UNSET:
            field_dict["startDateTime"] = start_date_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        available_capacity = d.pop("availableCapacity", UNSET)

        encumbered_capacity = d.pop("encumberedCapacity", UNSET)

        reserved_capacity = d.pop("reservedCapacity", UNSET)

        scheduled_capacity = d.pop("scheduledCapacity", UNSET)

        _start_date_time = d.pop("startDateTime", UNSET)
        start_date_time: datetime.datetime | Unset
        if isinstance(_start_date_time, Unset):
            start_date_time = UNSET
        else:
            start_date_time = datetime.datetime.fromisoformat(_start_date_time)

        fixed_slot = cls(
            available_capacity=available_capacity,
            encumbered_capacity=encumbered_capacity,
            reserved_capacity=reserved_capacity,
            scheduled_capacity=scheduled_capacity,
            start_date_time=start_date_time,
        )

        fixed_slot.additional_properties = d
        return fixed_slot

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

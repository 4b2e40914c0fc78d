from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capacity_type import CapacityType
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

T = TypeVar("T", bound="RangeSlotCapacityQuery")


@_attrs_define
class RangeSlotCapacityQuery:
    """
    Attributes:
        end_date_time (datetime.datetime):
        start_date_time (datetime.datetime):
        capacity_types (list[CapacityType] | Unset):
    """

    end_date_time: datetime.datetime
    start_date_time: datetime.datetime
    capacity_types: list[CapacityType] | Unset = UNSET
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
        end_date_time = self.end_date_time.isoformat()

        start_date_time = self.start_date_time.isoformat()

        capacity_types: list[str] | Unset = UNSET
        if not isinstance(self.capacity_types, Unset):
            capacity_types = []
            for capacity_types_item_data in self.capacity_types:
                capacity_types_item = capacity_types_item_data.value
                capacity_types.append(capacity_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endDateTime": end_date_time,
                "startDateTime": start_date_time,
            }
        )
        if capacity_types is not UNSET:
            field_dict["capacityTypes"] = capacity_types

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("endDateTime", "end_date_time", True, ("datetime",)),
                ("startDateTime", "start_date_time", True, ("datetime",)),
                (
                    "capacityTypes",
                    "capacity_types",
                    False,
                    ("list", ("enum", CapacityType)),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        end_date_time = datetime.datetime.fromisoformat(d.pop("endDateTime"))

        if _reader is not None and end_date_time.tzinfo is None:
            raise DeviationError("endDateTime")

        start_date_time = datetime.datetime.fromisoformat(d.pop("startDateTime"))

        if _reader is not None and start_date_time.tzinfo is None:
            raise DeviationError("startDateTime")

        _capacity_types = d.pop("capacityTypes", UNSET)
        capacity_types = (
            UNSET
            if _capacity_types is UNSET
            else [
                (
                    CapacityType._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or CapacityType(_item)
                for _item in _capacity_types
            ]
        )

        if cls is RangeSlotCapacityQuery:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.end_date_time = end_date_time
            _built.start_date_time = start_date_time
            _built.capacity_types = capacity_types
            _built._parse_notes = None
            range_slot_capacity_query = _built
        else:  # a subclass: its own __init__ runs
            range_slot_capacity_query = cls(
                end_date_time=end_date_time,
                start_date_time=start_date_time,
                capacity_types=capacity_types,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        range_slot_capacity_query.additional_properties = d or {}
        return range_slot_capacity_query

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

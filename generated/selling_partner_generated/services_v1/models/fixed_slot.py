from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("availableCapacity", "available_capacity", False, ("int",)),
                ("encumberedCapacity", "encumbered_capacity", False, ("int",)),
                ("reservedCapacity", "reserved_capacity", False, ("int",)),
                ("scheduledCapacity", "scheduled_capacity", False, ("int",)),
                ("startDateTime", "start_date_time", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        available_capacity = d.pop("availableCapacity", UNSET)

        if (
            _reader is not None
            and available_capacity.__class__ is not int
            and available_capacity is not UNSET
        ):
            raise DeviationError("availableCapacity")

        encumbered_capacity = d.pop("encumberedCapacity", UNSET)

        if (
            _reader is not None
            and encumbered_capacity.__class__ is not int
            and encumbered_capacity is not UNSET
        ):
            raise DeviationError("encumberedCapacity")

        reserved_capacity = d.pop("reservedCapacity", UNSET)

        if (
            _reader is not None
            and reserved_capacity.__class__ is not int
            and reserved_capacity is not UNSET
        ):
            raise DeviationError("reservedCapacity")

        scheduled_capacity = d.pop("scheduledCapacity", UNSET)

        if (
            _reader is not None
            and scheduled_capacity.__class__ is not int
            and scheduled_capacity is not UNSET
        ):
            raise DeviationError("scheduledCapacity")

        _start_date_time = d.pop("startDateTime", UNSET)
        start_date_time = (
            UNSET
            if _start_date_time is UNSET
            else datetime.datetime.fromisoformat(_start_date_time)
        )

        if (
            _reader is not None
            and not isinstance(start_date_time, Unset)
            and start_date_time.tzinfo is None
        ):
            raise DeviationError("startDateTime")

        if cls is FixedSlot:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.available_capacity = available_capacity
            _built.encumbered_capacity = encumbered_capacity
            _built.reserved_capacity = reserved_capacity
            _built.scheduled_capacity = scheduled_capacity
            _built.start_date_time = start_date_time
            _built._parse_notes = None
            fixed_slot = _built
        else:  # a subclass: its own __init__ runs
            fixed_slot = cls(
                available_capacity=available_capacity,
                encumbered_capacity=encumbered_capacity,
                reserved_capacity=reserved_capacity,
                scheduled_capacity=scheduled_capacity,
                start_date_time=start_date_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fixed_slot.additional_properties = d or {}
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

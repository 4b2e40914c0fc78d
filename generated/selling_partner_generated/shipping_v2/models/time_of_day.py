from __future__ import annotations

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
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("hourOfDay", "hour_of_day", False, ("int",)),
                ("minuteOfHour", "minute_of_hour", False, ("int",)),
                ("secondOfMinute", "second_of_minute", False, ("int",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        hour_of_day = d.pop("hourOfDay", UNSET)

        if (
            _reader is not None
            and hour_of_day.__class__ is not int
            and hour_of_day is not UNSET
        ):
            raise DeviationError("hourOfDay")

        minute_of_hour = d.pop("minuteOfHour", UNSET)

        if (
            _reader is not None
            and minute_of_hour.__class__ is not int
            and minute_of_hour is not UNSET
        ):
            raise DeviationError("minuteOfHour")

        second_of_minute = d.pop("secondOfMinute", UNSET)

        if (
            _reader is not None
            and second_of_minute.__class__ is not int
            and second_of_minute is not UNSET
        ):
            raise DeviationError("secondOfMinute")

        if cls is TimeOfDay:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.hour_of_day = hour_of_day
            _built.minute_of_hour = minute_of_hour
            _built.second_of_minute = second_of_minute
            _built._parse_notes = None
            time_of_day = _built
        else:  # a subclass: its own __init__ runs
            time_of_day = cls(
                hour_of_day=hour_of_day,
                minute_of_hour=minute_of_hour,
                second_of_minute=second_of_minute,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        time_of_day.additional_properties = d or {}
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

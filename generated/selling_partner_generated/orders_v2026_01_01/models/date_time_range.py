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
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("earliestDateTime", "earliest_date_time", False, ("datetime",)),
                ("latestDateTime", "latest_date_time", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _earliest_date_time = d.pop("earliestDateTime", UNSET)
        earliest_date_time = (
            UNSET
            if _earliest_date_time is UNSET
            else datetime.datetime.fromisoformat(_earliest_date_time)
        )

        if (
            _reader is not None
            and not isinstance(earliest_date_time, Unset)
            and earliest_date_time.tzinfo is None
        ):
            raise DeviationError("earliestDateTime")

        _latest_date_time = d.pop("latestDateTime", UNSET)
        latest_date_time = (
            UNSET
            if _latest_date_time is UNSET
            else datetime.datetime.fromisoformat(_latest_date_time)
        )

        if (
            _reader is not None
            and not isinstance(latest_date_time, Unset)
            and latest_date_time.tzinfo is None
        ):
            raise DeviationError("latestDateTime")

        if cls is DateTimeRange:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.earliest_date_time = earliest_date_time
            _built.latest_date_time = latest_date_time
            _built._parse_notes = None
            date_time_range = _built
        else:  # a subclass: its own __init__ runs
            date_time_range = cls(
                earliest_date_time=earliest_date_time,
                latest_date_time=latest_date_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        date_time_range.additional_properties = d or {}
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

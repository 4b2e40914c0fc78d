from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.day_of_week import DayOfWeek
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

T = TypeVar("T", bound="Recurrence")


@_attrs_define
class Recurrence:
    """
    Attributes:
        end_time (datetime.datetime):
        days_of_month (list[int] | Unset):
        days_of_week (list[DayOfWeek] | Unset):
    """

    end_time: datetime.datetime
    days_of_month: list[int] | Unset = UNSET
    days_of_week: list[DayOfWeek] | Unset = UNSET
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
        end_time = self.end_time.isoformat()

        days_of_month: list[int] | Unset = UNSET
        if not isinstance(self.days_of_month, Unset):
            days_of_month = self.days_of_month

        days_of_week: list[str] | Unset = UNSET
        if not isinstance(self.days_of_week, Unset):
            days_of_week = []
            for days_of_week_item_data in self.days_of_week:
                days_of_week_item = days_of_week_item_data.value
                days_of_week.append(days_of_week_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endTime": end_time,
            }
        )
        if days_of_month is not UNSET:
            field_dict["daysOfMonth"] = days_of_month
        if days_of_week is not UNSET:
            field_dict["daysOfWeek"] = days_of_week

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("endTime", "end_time", True, ("datetime",)),
                ("daysOfMonth", "days_of_month", False, ("list", ("int",))),
                ("daysOfWeek", "days_of_week", False, ("list", ("enum", DayOfWeek))),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        if _reader is not None and end_time.tzinfo is None:
            raise DeviationError("endTime")

        days_of_month = d.pop("daysOfMonth", UNSET)

        if (
            _reader is not None
            and days_of_month.__class__ is not list
            and days_of_month is not UNSET
        ):
            raise DeviationError("daysOfMonth")

        _days_of_week = d.pop("daysOfWeek", UNSET)
        days_of_week = (
            UNSET
            if _days_of_week is UNSET
            else [
                (
                    DayOfWeek._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or DayOfWeek(_item)
                for _item in _days_of_week
            ]
        )

        if cls is Recurrence:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.end_time = end_time
            _built.days_of_month = days_of_month
            _built.days_of_week = days_of_week
            _built._parse_notes = None
            recurrence = _built
        else:  # a subclass: its own __init__ runs
            recurrence = cls(
                end_time=end_time,
                days_of_month=days_of_month,
                days_of_week=days_of_week,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        recurrence.additional_properties = d or {}
        return recurrence

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

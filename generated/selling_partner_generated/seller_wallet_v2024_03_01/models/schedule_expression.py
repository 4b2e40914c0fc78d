from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.recurring_frequency import RecurringFrequency
from ..models.schedule_expression_type import ScheduleExpressionType
from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="ScheduleExpression")


@_attrs_define
class ScheduleExpression:
    """
    Attributes:
        schedule_expression_type (ScheduleExpressionType):
        recurring_frequency (RecurringFrequency | Unset):
    """

    schedule_expression_type: ScheduleExpressionType
    recurring_frequency: RecurringFrequency | Unset = UNSET
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
        schedule_expression_type = self.schedule_expression_type.value

        recurring_frequency: str | Unset = UNSET
        if not isinstance(self.recurring_frequency, Unset):
            recurring_frequency = self.recurring_frequency.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduleExpressionType": schedule_expression_type,
            }
        )
        if recurring_frequency is not UNSET:
            field_dict["recurringFrequency"] = recurring_frequency

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "scheduleExpressionType",
                    "schedule_expression_type",
                    True,
                    ("enum", ScheduleExpressionType),
                ),
                (
                    "recurringFrequency",
                    "recurring_frequency",
                    False,
                    ("enum", RecurringFrequency),
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
        _schedule_expression_type = d.pop("scheduleExpressionType")
        schedule_expression_type = (
            ScheduleExpressionType._value2member_map_.get(_schedule_expression_type)
            if _schedule_expression_type.__class__ is str
            else None
        ) or ScheduleExpressionType(_schedule_expression_type)

        _recurring_frequency = d.pop("recurringFrequency", UNSET)
        recurring_frequency = (
            UNSET
            if _recurring_frequency is UNSET
            else (
                RecurringFrequency._value2member_map_.get(_recurring_frequency)
                if _recurring_frequency.__class__ is str
                else None
            )
            or RecurringFrequency(_recurring_frequency)
        )

        if cls is ScheduleExpression:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.schedule_expression_type = schedule_expression_type
            _built.recurring_frequency = recurring_frequency
            _built._parse_notes = None
            schedule_expression = _built
        else:  # a subclass: its own __init__ runs
            schedule_expression = cls(
                schedule_expression_type=schedule_expression_type,
                recurring_frequency=recurring_frequency,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        schedule_expression.additional_properties = d or {}
        return schedule_expression

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

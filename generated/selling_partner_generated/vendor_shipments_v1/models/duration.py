from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.duration_duration_unit import DurationDurationUnit
from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

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
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("durationUnit", "duration_unit", True, ("enum", DurationDurationUnit)),
                ("durationValue", "duration_value", True, ("int",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _duration_unit = d.pop("durationUnit")
        duration_unit = (
            DurationDurationUnit._value2member_map_.get(_duration_unit)
            if _duration_unit.__class__ is str
            else None
        ) or DurationDurationUnit(_duration_unit)

        duration_value = d.pop("durationValue")

        if _reader is not None and duration_value.__class__ is not int:
            raise DeviationError("durationValue")

        if cls is Duration:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.duration_unit = duration_unit
            _built.duration_value = duration_value
            _built._parse_notes = None
            duration = _built
        else:  # a subclass: its own __init__ runs
            duration = cls(
                duration_unit=duration_unit,
                duration_value=duration_value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        duration.additional_properties = d or {}
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

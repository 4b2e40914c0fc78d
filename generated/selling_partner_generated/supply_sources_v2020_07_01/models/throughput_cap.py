from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_unit import TimeUnit
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

T = TypeVar("T", bound="ThroughputCap")


@_attrs_define
class ThroughputCap:
    """
    Attributes:
        time_unit (TimeUnit | Unset):
        value (int | Unset):
    """

    time_unit: TimeUnit | Unset = UNSET
    value: int | Unset = UNSET
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
        time_unit: str | Unset = UNSET
        if not isinstance(self.time_unit, Unset):
            time_unit = self.time_unit.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_unit is not UNSET:
            field_dict["timeUnit"] = time_unit
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("timeUnit", "time_unit", False, ("enum", TimeUnit)),
                ("value", "value", False, ("int",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _time_unit = d.pop("timeUnit", UNSET)
        time_unit = (
            UNSET
            if _time_unit is UNSET
            else (
                TimeUnit._value2member_map_.get(_time_unit)
                if _time_unit.__class__ is str
                else None
            )
            or TimeUnit(_time_unit)
        )

        value = d.pop("value", UNSET)

        if _reader is not None and value.__class__ is not int and value is not UNSET:
            raise DeviationError("value")

        if cls is ThroughputCap:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.time_unit = time_unit
            _built.value = value
            _built._parse_notes = None
            throughput_cap = _built
        else:  # a subclass: its own __init__ runs
            throughput_cap = cls(
                time_unit=time_unit,
                value=value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        throughput_cap.additional_properties = d or {}
        return throughput_cap

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

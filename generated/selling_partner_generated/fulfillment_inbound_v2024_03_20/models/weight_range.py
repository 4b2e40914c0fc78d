from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_of_weight import UnitOfWeight
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

T = TypeVar("T", bound="WeightRange")


@_attrs_define
class WeightRange:
    """
    Attributes:
        maximum (float):
        minimum (float):
        unit (UnitOfWeight):
    """

    maximum: float
    minimum: float
    unit: UnitOfWeight
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
        maximum = self.maximum

        minimum = self.minimum

        unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "maximum": maximum,
                "minimum": minimum,
                "unit": unit,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("maximum", "maximum", True, ("float",)),
                ("minimum", "minimum", True, ("float",)),
                ("unit", "unit", True, ("enum", UnitOfWeight)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        maximum = d.pop("maximum")

        if (
            _reader is not None
            and maximum.__class__ is not float
            and maximum.__class__ is not int
        ):
            raise DeviationError("maximum")

        minimum = d.pop("minimum")

        if (
            _reader is not None
            and minimum.__class__ is not float
            and minimum.__class__ is not int
        ):
            raise DeviationError("minimum")

        _unit = d.pop("unit")
        unit = (
            UnitOfWeight._value2member_map_.get(_unit)
            if _unit.__class__ is str
            else None
        ) or UnitOfWeight(_unit)

        if cls is WeightRange:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.maximum = maximum
            _built.minimum = minimum
            _built.unit = unit
            _built._parse_notes = None
            weight_range = _built
        else:  # a subclass: its own __init__ runs
            weight_range = cls(
                maximum=maximum,
                minimum=minimum,
                unit=unit,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        weight_range.additional_properties = d or {}
        return weight_range

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

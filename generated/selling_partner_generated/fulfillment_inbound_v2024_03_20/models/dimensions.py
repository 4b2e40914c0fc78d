from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_of_measurement import UnitOfMeasurement
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

T = TypeVar("T", bound="Dimensions")


@_attrs_define
class Dimensions:
    """
    Attributes:
        height (float):
        length (float):
        unit_of_measurement (UnitOfMeasurement):
        width (float):
    """

    height: float
    length: float
    unit_of_measurement: UnitOfMeasurement
    width: float
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
        height = self.height

        length = self.length

        unit_of_measurement = self.unit_of_measurement.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "length": length,
                "unitOfMeasurement": unit_of_measurement,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("height", "height", True, ("float",)),
                ("length", "length", True, ("float",)),
                (
                    "unitOfMeasurement",
                    "unit_of_measurement",
                    True,
                    ("enum", UnitOfMeasurement),
                ),
                ("width", "width", True, ("float",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        height = d.pop("height")

        if (
            _reader is not None
            and height.__class__ is not float
            and height.__class__ is not int
        ):
            raise DeviationError("height")

        length = d.pop("length")

        if (
            _reader is not None
            and length.__class__ is not float
            and length.__class__ is not int
        ):
            raise DeviationError("length")

        _unit_of_measurement = d.pop("unitOfMeasurement")
        unit_of_measurement = (
            UnitOfMeasurement._value2member_map_.get(_unit_of_measurement)
            if _unit_of_measurement.__class__ is str
            else None
        ) or UnitOfMeasurement(_unit_of_measurement)

        width = d.pop("width")

        if (
            _reader is not None
            and width.__class__ is not float
            and width.__class__ is not int
        ):
            raise DeviationError("width")

        if cls is Dimensions:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.height = height
            _built.length = length
            _built.unit_of_measurement = unit_of_measurement
            _built.width = width
            _built._parse_notes = None
            dimensions = _built
        else:  # a subclass: its own __init__ runs
            dimensions = cls(
                height=height,
                length=length,
                unit_of_measurement=unit_of_measurement,
                width=width,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        dimensions.additional_properties = d or {}
        return dimensions

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

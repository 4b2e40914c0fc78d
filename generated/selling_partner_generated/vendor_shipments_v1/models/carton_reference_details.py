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

T = TypeVar("T", bound="CartonReferenceDetails")


@_attrs_define
class CartonReferenceDetails:
    """
    Attributes:
        carton_reference_numbers (list[str]):
        carton_count (int | Unset):
    """

    carton_reference_numbers: list[str]
    carton_count: int | Unset = UNSET
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
        carton_reference_numbers = self.carton_reference_numbers

        carton_count = self.carton_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cartonReferenceNumbers": carton_reference_numbers,
            }
        )
        if carton_count is not UNSET:
            field_dict["cartonCount"] = carton_count

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "cartonReferenceNumbers",
                    "carton_reference_numbers",
                    True,
                    ("list", ("str",)),
                ),
                ("cartonCount", "carton_count", False, ("int",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        carton_reference_numbers = d.pop("cartonReferenceNumbers")

        if _reader is not None and carton_reference_numbers.__class__ is not list:
            raise DeviationError("cartonReferenceNumbers")

        carton_count = d.pop("cartonCount", UNSET)

        if (
            _reader is not None
            and carton_count.__class__ is not int
            and carton_count is not UNSET
        ):
            raise DeviationError("cartonCount")

        if cls is CartonReferenceDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carton_reference_numbers = carton_reference_numbers
            _built.carton_count = carton_count
            _built._parse_notes = None
            carton_reference_details = _built
        else:  # a subclass: its own __init__ runs
            carton_reference_details = cls(
                carton_reference_numbers=carton_reference_numbers,
                carton_count=carton_count,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        carton_reference_details.additional_properties = d or {}
        return carton_reference_details

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

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

T = TypeVar("T", bound="ShippingTime")


@_attrs_define
class ShippingTime:
    """
    Attributes:
        minimum_hours (int | Unset):
        maximum_hours (int | Unset):
        availability_type (str | Unset):
        available_date (str | Unset):
    """

    minimum_hours: int | Unset = UNSET
    maximum_hours: int | Unset = UNSET
    availability_type: str | Unset = UNSET
    available_date: str | Unset = UNSET
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
        minimum_hours = self.minimum_hours

        maximum_hours = self.maximum_hours

        availability_type = self.availability_type

        available_date = self.available_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minimum_hours is not UNSET:
            field_dict["MinimumHours"] = minimum_hours
        if maximum_hours is not UNSET:
            field_dict["MaximumHours"] = maximum_hours
        if availability_type is not UNSET:
            field_dict["AvailabilityType"] = availability_type
        if available_date is not UNSET:
            field_dict["AvailableDate"] = available_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("MinimumHours", "minimum_hours", False, ("int",)),
                ("MaximumHours", "maximum_hours", False, ("int",)),
                ("AvailabilityType", "availability_type", False, ("str",)),
                ("AvailableDate", "available_date", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        minimum_hours = d.pop("MinimumHours", UNSET)

        if (
            _reader is not None
            and minimum_hours.__class__ is not int
            and minimum_hours is not UNSET
        ):
            raise DeviationError("MinimumHours")

        maximum_hours = d.pop("MaximumHours", UNSET)

        if (
            _reader is not None
            and maximum_hours.__class__ is not int
            and maximum_hours is not UNSET
        ):
            raise DeviationError("MaximumHours")

        availability_type = d.pop("AvailabilityType", UNSET)

        if (
            _reader is not None
            and availability_type.__class__ is not str
            and availability_type is not UNSET
        ):
            raise DeviationError("AvailabilityType")

        available_date = d.pop("AvailableDate", UNSET)

        if (
            _reader is not None
            and available_date.__class__ is not str
            and available_date is not UNSET
        ):
            raise DeviationError("AvailableDate")

        if cls is ShippingTime:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.minimum_hours = minimum_hours
            _built.maximum_hours = maximum_hours
            _built.availability_type = availability_type
            _built.available_date = available_date
            _built._parse_notes = None
            shipping_time = _built
        else:  # a subclass: its own __init__ runs
            shipping_time = cls(
                minimum_hours=minimum_hours,
                maximum_hours=maximum_hours,
                availability_type=availability_type,
                available_date=available_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipping_time.additional_properties = d or {}
        return shipping_time

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

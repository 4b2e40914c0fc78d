from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.detailed_shipping_time_type_availability_type import (
    DetailedShippingTimeTypeAvailabilityType,
)
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

T = TypeVar("T", bound="DetailedShippingTimeType")


@_attrs_define
class DetailedShippingTimeType:
    """
    Attributes:
        availability_type (DetailedShippingTimeTypeAvailabilityType | Unset):
        available_date (str | Unset):
        maximum_hours (int | Unset):
        minimum_hours (int | Unset):
    """

    availability_type: DetailedShippingTimeTypeAvailabilityType | Unset = UNSET
    available_date: str | Unset = UNSET
    maximum_hours: int | Unset = UNSET
    minimum_hours: int | Unset = UNSET
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
        availability_type: str | Unset = UNSET
        if not isinstance(self.availability_type, Unset):
            availability_type = self.availability_type.value

        available_date = self.available_date

        maximum_hours = self.maximum_hours

        minimum_hours = self.minimum_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if availability_type is not UNSET:
            field_dict["availabilityType"] = availability_type
        if available_date is not UNSET:
            field_dict["availableDate"] = available_date
        if maximum_hours is not UNSET:
            field_dict["maximumHours"] = maximum_hours
        if minimum_hours is not UNSET:
            field_dict["minimumHours"] = minimum_hours

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "availabilityType",
                    "availability_type",
                    False,
                    ("enum", DetailedShippingTimeTypeAvailabilityType),
                ),
                ("availableDate", "available_date", False, ("str",)),
                ("maximumHours", "maximum_hours", False, ("int",)),
                ("minimumHours", "minimum_hours", False, ("int",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _availability_type = d.pop("availabilityType", UNSET)
        availability_type = (
            UNSET
            if _availability_type is UNSET
            else (
                DetailedShippingTimeTypeAvailabilityType._value2member_map_.get(
                    _availability_type
                )
                if _availability_type.__class__ is str
                else None
            )
            or DetailedShippingTimeTypeAvailabilityType(_availability_type)
        )

        available_date = d.pop("availableDate", UNSET)

        if (
            _reader is not None
            and available_date.__class__ is not str
            and available_date is not UNSET
        ):
            raise DeviationError("availableDate")

        maximum_hours = d.pop("maximumHours", UNSET)

        if (
            _reader is not None
            and maximum_hours.__class__ is not int
            and maximum_hours is not UNSET
        ):
            raise DeviationError("maximumHours")

        minimum_hours = d.pop("minimumHours", UNSET)

        if (
            _reader is not None
            and minimum_hours.__class__ is not int
            and minimum_hours is not UNSET
        ):
            raise DeviationError("minimumHours")

        if cls is DetailedShippingTimeType:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.availability_type = availability_type
            _built.available_date = available_date
            _built.maximum_hours = maximum_hours
            _built.minimum_hours = minimum_hours
            _built._parse_notes = None
            detailed_shipping_time_type = _built
        else:  # a subclass: its own __init__ runs
            detailed_shipping_time_type = cls(
                availability_type=availability_type,
                available_date=available_date,
                maximum_hours=maximum_hours,
                minimum_hours=minimum_hours,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        detailed_shipping_time_type.additional_properties = d or {}
        return detailed_shipping_time_type

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

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

T = TypeVar("T", bound="GenerateSelfShipAppointmentSlotsRequest")


@_attrs_define
class GenerateSelfShipAppointmentSlotsRequest:
    """
    Attributes:
        desired_end_date (datetime.datetime | Unset):
        desired_start_date (datetime.datetime | Unset):
    """

    desired_end_date: datetime.datetime | Unset = UNSET
    desired_start_date: datetime.datetime | Unset = UNSET
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
        desired_end_date: str | Unset = UNSET
        if not isinstance(self.desired_end_date, Unset):
            desired_end_date = self.desired_end_date.isoformat()

        desired_start_date: str | Unset = UNSET
        if not isinstance(self.desired_start_date, Unset):
            desired_start_date = self.desired_start_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if desired_end_date is not UNSET:
            field_dict["desiredEndDate"] = desired_end_date
        if desired_start_date is not UNSET:
            field_dict["desiredStartDate"] = desired_start_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("desiredEndDate", "desired_end_date", False, ("datetime",)),
                ("desiredStartDate", "desired_start_date", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _desired_end_date = d.pop("desiredEndDate", UNSET)
        desired_end_date = (
            UNSET
            if _desired_end_date is UNSET
            else datetime.datetime.fromisoformat(_desired_end_date)
        )

        if (
            _reader is not None
            and not isinstance(desired_end_date, Unset)
            and desired_end_date.tzinfo is None
        ):
            raise DeviationError("desiredEndDate")

        _desired_start_date = d.pop("desiredStartDate", UNSET)
        desired_start_date = (
            UNSET
            if _desired_start_date is UNSET
            else datetime.datetime.fromisoformat(_desired_start_date)
        )

        if (
            _reader is not None
            and not isinstance(desired_start_date, Unset)
            and desired_start_date.tzinfo is None
        ):
            raise DeviationError("desiredStartDate")

        if cls is GenerateSelfShipAppointmentSlotsRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.desired_end_date = desired_end_date
            _built.desired_start_date = desired_start_date
            _built._parse_notes = None
            generate_self_ship_appointment_slots_request = _built
        else:  # a subclass: its own __init__ runs
            generate_self_ship_appointment_slots_request = cls(
                desired_end_date=desired_end_date,
                desired_start_date=desired_start_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        generate_self_ship_appointment_slots_request.additional_properties = d or {}
        return generate_self_ship_appointment_slots_request

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

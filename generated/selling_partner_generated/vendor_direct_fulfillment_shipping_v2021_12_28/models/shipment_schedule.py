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

T = TypeVar("T", bound="ShipmentSchedule")


@_attrs_define
class ShipmentSchedule:
    """
    Attributes:
        appt_window_end_date_time (datetime.datetime | Unset):
        appt_window_start_date_time (datetime.datetime | Unset):
        estimated_delivery_date_time (datetime.datetime | Unset):
    """

    appt_window_end_date_time: datetime.datetime | Unset = UNSET
    appt_window_start_date_time: datetime.datetime | Unset = UNSET
    estimated_delivery_date_time: datetime.datetime | Unset = UNSET
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
        appt_window_end_date_time: str | Unset = UNSET
        if not isinstance(self.appt_window_end_date_time, Unset):
            appt_window_end_date_time = self.appt_window_end_date_time.isoformat()

        appt_window_start_date_time: str | Unset = UNSET
        if not isinstance(self.appt_window_start_date_time, Unset):
            appt_window_start_date_time = self.appt_window_start_date_time.isoformat()

        estimated_delivery_date_time: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_date_time, Unset):
            estimated_delivery_date_time = self.estimated_delivery_date_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appt_window_end_date_time is not UNSET:
            field_dict["apptWindowEndDateTime"] = appt_window_end_date_time
        if appt_window_start_date_time is not UNSET:
            field_dict["apptWindowStartDateTime"] = appt_window_start_date_time
        if estimated_delivery_date_time is not UNSET:
            field_dict["estimatedDeliveryDateTime"] = estimated_delivery_date_time

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "apptWindowEndDateTime",
                    "appt_window_end_date_time",
                    False,
                    ("datetime",),
                ),
                (
                    "apptWindowStartDateTime",
                    "appt_window_start_date_time",
                    False,
                    ("datetime",),
                ),
                (
                    "estimatedDeliveryDateTime",
                    "estimated_delivery_date_time",
                    False,
                    ("datetime",),
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
        _appt_window_end_date_time = d.pop("apptWindowEndDateTime", UNSET)
        appt_window_end_date_time = (
            UNSET
            if _appt_window_end_date_time is UNSET
            else datetime.datetime.fromisoformat(_appt_window_end_date_time)
        )

        if (
            _reader is not None
            and not isinstance(appt_window_end_date_time, Unset)
            and appt_window_end_date_time.tzinfo is None
        ):
            raise DeviationError("apptWindowEndDateTime")

        _appt_window_start_date_time = d.pop("apptWindowStartDateTime", UNSET)
        appt_window_start_date_time = (
            UNSET
            if _appt_window_start_date_time is UNSET
            else datetime.datetime.fromisoformat(_appt_window_start_date_time)
        )

        if (
            _reader is not None
            and not isinstance(appt_window_start_date_time, Unset)
            and appt_window_start_date_time.tzinfo is None
        ):
            raise DeviationError("apptWindowStartDateTime")

        _estimated_delivery_date_time = d.pop("estimatedDeliveryDateTime", UNSET)
        estimated_delivery_date_time = (
            UNSET
            if _estimated_delivery_date_time is UNSET
            else datetime.datetime.fromisoformat(_estimated_delivery_date_time)
        )

        if (
            _reader is not None
            and not isinstance(estimated_delivery_date_time, Unset)
            and estimated_delivery_date_time.tzinfo is None
        ):
            raise DeviationError("estimatedDeliveryDateTime")

        if cls is ShipmentSchedule:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.appt_window_end_date_time = appt_window_end_date_time
            _built.appt_window_start_date_time = appt_window_start_date_time
            _built.estimated_delivery_date_time = estimated_delivery_date_time
            _built._parse_notes = None
            shipment_schedule = _built
        else:  # a subclass: its own __init__ runs
            shipment_schedule = cls(
                appt_window_end_date_time=appt_window_end_date_time,
                appt_window_start_date_time=appt_window_start_date_time,
                estimated_delivery_date_time=estimated_delivery_date_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        shipment_schedule.additional_properties = d or {}
        return shipment_schedule

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

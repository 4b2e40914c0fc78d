from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_slot_report_scheduling_type import (
    AppointmentSlotReportSchedulingType,
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

if TYPE_CHECKING:
    from ..models.appointment_slot import AppointmentSlot


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AppointmentSlot
    from ..models.appointment_slot import AppointmentSlot

    _lazy_pending = False


T = TypeVar("T", bound="AppointmentSlotReport")


@_attrs_define
class AppointmentSlotReport:
    """
    Attributes:
        appointment_slots (list[AppointmentSlot] | Unset):
        end_time (datetime.datetime | Unset):
        scheduling_type (AppointmentSlotReportSchedulingType | Unset):
        start_time (datetime.datetime | Unset):
    """

    appointment_slots: list[AppointmentSlot] | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    scheduling_type: AppointmentSlotReportSchedulingType | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
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
        if _lazy_pending:
            _load_lazy()
        appointment_slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.appointment_slots, Unset):
            appointment_slots = []
            for appointment_slots_item_data in self.appointment_slots:
                appointment_slots_item = appointment_slots_item_data.to_dict()
                appointment_slots.append(appointment_slots_item)

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        scheduling_type: str | Unset = UNSET
        if not isinstance(self.scheduling_type, Unset):
            scheduling_type = self.scheduling_type.value

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appointment_slots is not UNSET:
            field_dict["appointmentSlots"] = appointment_slots
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if scheduling_type is not UNSET:
            field_dict["schedulingType"] = scheduling_type
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.appointment_slot import AppointmentSlot

        return (
            (
                (
                    "appointmentSlots",
                    "appointment_slots",
                    False,
                    ("list", ("model", AppointmentSlot)),
                ),
                ("endTime", "end_time", False, ("datetime",)),
                (
                    "schedulingType",
                    "scheduling_type",
                    False,
                    ("enum", AppointmentSlotReportSchedulingType),
                ),
                ("startTime", "start_time", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        _appointment_slots = d.pop("appointmentSlots", UNSET)
        appointment_slots = (
            UNSET
            if _appointment_slots is UNSET
            else [AppointmentSlot.from_dict(_item) for _item in _appointment_slots]
        )

        _end_time = d.pop("endTime", UNSET)
        end_time = (
            UNSET if _end_time is UNSET else datetime.datetime.fromisoformat(_end_time)
        )

        if (
            _reader is not None
            and not isinstance(end_time, Unset)
            and end_time.tzinfo is None
        ):
            raise DeviationError("endTime")

        _scheduling_type = d.pop("schedulingType", UNSET)
        scheduling_type = (
            UNSET
            if _scheduling_type is UNSET
            else (
                AppointmentSlotReportSchedulingType._value2member_map_.get(
                    _scheduling_type
                )
                if _scheduling_type.__class__ is str
                else None
            )
            or AppointmentSlotReportSchedulingType(_scheduling_type)
        )

        _start_time = d.pop("startTime", UNSET)
        start_time = (
            UNSET
            if _start_time is UNSET
            else datetime.datetime.fromisoformat(_start_time)
        )

        if (
            _reader is not None
            and not isinstance(start_time, Unset)
            and start_time.tzinfo is None
        ):
            raise DeviationError("startTime")

        if cls is AppointmentSlotReport:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.appointment_slots = appointment_slots
            _built.end_time = end_time
            _built.scheduling_type = scheduling_type
            _built.start_time = start_time
            _built._parse_notes = None
            appointment_slot_report = _built
        else:  # a subclass: its own __init__ runs
            appointment_slot_report = cls(
                appointment_slots=appointment_slots,
                end_time=end_time,
                scheduling_type=scheduling_type,
                start_time=start_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        appointment_slot_report.additional_properties = d or {}
        return appointment_slot_report

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

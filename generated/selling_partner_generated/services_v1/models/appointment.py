from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.appointment_appointment_status import AppointmentAppointmentStatus
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
    from ..models.appointment_time import AppointmentTime
    from ..models.poa import Poa
    from ..models.technician import Technician


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AppointmentTime, Poa, Technician
    from ..models.appointment_time import AppointmentTime
    from ..models.poa import Poa
    from ..models.technician import Technician

    _lazy_pending = False


T = TypeVar("T", bound="Appointment")


@_attrs_define
class Appointment:
    """
    Attributes:
        appointment_id (str | Unset):
        appointment_status (AppointmentAppointmentStatus | Unset):
        appointment_time (AppointmentTime | Unset):
        assigned_technicians (list[Technician] | Unset):
        poa (Poa | Unset):
        rescheduled_appointment_id (str | Unset):
    """

    appointment_id: str | Unset = UNSET
    appointment_status: AppointmentAppointmentStatus | Unset = UNSET
    appointment_time: AppointmentTime | Unset = UNSET
    assigned_technicians: list[Technician] | Unset = UNSET
    poa: Poa | Unset = UNSET
    rescheduled_appointment_id: str | Unset = UNSET
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
        appointment_id = self.appointment_id

        appointment_status: str | Unset = UNSET
        if not isinstance(self.appointment_status, Unset):
            appointment_status = self.appointment_status.value

        appointment_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_time, Unset):
            appointment_time = self.appointment_time.to_dict()

        assigned_technicians: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assigned_technicians, Unset):
            assigned_technicians = []
            for assigned_technicians_item_data in self.assigned_technicians:
                assigned_technicians_item = assigned_technicians_item_data.to_dict()
                assigned_technicians.append(assigned_technicians_item)

        poa: dict[str, Any] | Unset = UNSET
        if not isinstance(self.poa, Unset):
            poa = self.poa.to_dict()

        rescheduled_appointment_id = self.rescheduled_appointment_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appointment_id is not UNSET:
            field_dict["appointmentId"] = appointment_id
        if appointment_status is not UNSET:
            field_dict["appointmentStatus"] = appointment_status
        if appointment_time is not UNSET:
            field_dict["appointmentTime"] = appointment_time
        if assigned_technicians is not UNSET:
            field_dict["assignedTechnicians"] = assigned_technicians
        if poa is not UNSET:
            field_dict["poa"] = poa
        if rescheduled_appointment_id is not UNSET:
            field_dict["rescheduledAppointmentId"] = rescheduled_appointment_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.appointment_time import AppointmentTime
        from ..models.poa import Poa
        from ..models.technician import Technician

        return (
            (
                ("appointmentId", "appointment_id", False, ("str",)),
                (
                    "appointmentStatus",
                    "appointment_status",
                    False,
                    ("enum", AppointmentAppointmentStatus),
                ),
                (
                    "appointmentTime",
                    "appointment_time",
                    False,
                    ("model", AppointmentTime),
                ),
                (
                    "assignedTechnicians",
                    "assigned_technicians",
                    False,
                    ("list", ("model", Technician)),
                ),
                ("poa", "poa", False, ("model", Poa)),
                (
                    "rescheduledAppointmentId",
                    "rescheduled_appointment_id",
                    False,
                    ("str",),
                ),
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
        appointment_id = d.pop("appointmentId", UNSET)

        if (
            _reader is not None
            and appointment_id.__class__ is not str
            and appointment_id is not UNSET
        ):
            raise DeviationError("appointmentId")

        _appointment_status = d.pop("appointmentStatus", UNSET)
        appointment_status = (
            UNSET
            if _appointment_status is UNSET
            else (
                AppointmentAppointmentStatus._value2member_map_.get(_appointment_status)
                if _appointment_status.__class__ is str
                else None
            )
            or AppointmentAppointmentStatus(_appointment_status)
        )

        _appointment_time = d.pop("appointmentTime", UNSET)
        appointment_time = (
            UNSET
            if _appointment_time is UNSET
            else AppointmentTime.from_dict(_appointment_time)
        )

        _assigned_technicians = d.pop("assignedTechnicians", UNSET)
        assigned_technicians = (
            UNSET
            if _assigned_technicians is UNSET
            else [Technician.from_dict(_item) for _item in _assigned_technicians]
        )

        _poa = d.pop("poa", UNSET)
        poa = UNSET if _poa is UNSET else Poa.from_dict(_poa)

        rescheduled_appointment_id = d.pop("rescheduledAppointmentId", UNSET)

        if (
            _reader is not None
            and rescheduled_appointment_id.__class__ is not str
            and rescheduled_appointment_id is not UNSET
        ):
            raise DeviationError("rescheduledAppointmentId")

        if cls is Appointment:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.appointment_id = appointment_id
            _built.appointment_status = appointment_status
            _built.appointment_time = appointment_time
            _built.assigned_technicians = assigned_technicians
            _built.poa = poa
            _built.rescheduled_appointment_id = rescheduled_appointment_id
            _built._parse_notes = None
            appointment = _built
        else:  # a subclass: its own __init__ runs
            appointment = cls(
                appointment_id=appointment_id,
                appointment_status=appointment_status,
                appointment_time=appointment_time,
                assigned_technicians=assigned_technicians,
                poa=poa,
                rescheduled_appointment_id=rescheduled_appointment_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        appointment.additional_properties = d or {}
        return appointment

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

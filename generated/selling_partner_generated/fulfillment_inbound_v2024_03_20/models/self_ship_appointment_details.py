from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.appointment_slot_time import AppointmentSlotTime


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AppointmentSlotTime
    from ..models.appointment_slot_time import AppointmentSlotTime

    _lazy_pending = False


T = TypeVar("T", bound="SelfShipAppointmentDetails")


@_attrs_define
class SelfShipAppointmentDetails:
    """
    Attributes:
        appointment_id (float | Unset):
        appointment_slot_time (AppointmentSlotTime | Unset):
        appointment_status (str | Unset):
    """

    appointment_id: float | Unset = UNSET
    appointment_slot_time: AppointmentSlotTime | Unset = UNSET
    appointment_status: str | Unset = UNSET
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

        appointment_slot_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_slot_time, Unset):
            appointment_slot_time = self.appointment_slot_time.to_dict()

        appointment_status = self.appointment_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appointment_id is not UNSET:
            field_dict["appointmentId"] = appointment_id
        if appointment_slot_time is not UNSET:
            field_dict["appointmentSlotTime"] = appointment_slot_time
        if appointment_status is not UNSET:
            field_dict["appointmentStatus"] = appointment_status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.appointment_slot_time import AppointmentSlotTime

        return (
            (
                ("appointmentId", "appointment_id", False, ("float",)),
                (
                    "appointmentSlotTime",
                    "appointment_slot_time",
                    False,
                    ("model", AppointmentSlotTime),
                ),
                ("appointmentStatus", "appointment_status", False, ("str",)),
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
            and appointment_id.__class__ is not float
            and appointment_id.__class__ is not int
            and appointment_id is not UNSET
        ):
            raise DeviationError("appointmentId")

        _appointment_slot_time = d.pop("appointmentSlotTime", UNSET)
        appointment_slot_time = (
            UNSET
            if _appointment_slot_time is UNSET
            else AppointmentSlotTime.from_dict(_appointment_slot_time)
        )

        appointment_status = d.pop("appointmentStatus", UNSET)

        if (
            _reader is not None
            and appointment_status.__class__ is not str
            and appointment_status is not UNSET
        ):
            raise DeviationError("appointmentStatus")

        if cls is SelfShipAppointmentDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.appointment_id = appointment_id
            _built.appointment_slot_time = appointment_slot_time
            _built.appointment_status = appointment_status
            _built._parse_notes = None
            self_ship_appointment_details = _built
        else:  # a subclass: its own __init__ runs
            self_ship_appointment_details = cls(
                appointment_id=appointment_id,
                appointment_slot_time=appointment_slot_time,
                appointment_status=appointment_status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        self_ship_appointment_details.additional_properties = d or {}
        return self_ship_appointment_details

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.poa_poa_type import PoaPoaType
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
    from ..models.technician import Technician


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AppointmentTime, Technician
    from ..models.appointment_time import AppointmentTime
    from ..models.technician import Technician

    _lazy_pending = False


T = TypeVar("T", bound="Poa")


@_attrs_define
class Poa:
    """
    Attributes:
        appointment_time (AppointmentTime | Unset):
        poa_type (PoaPoaType | Unset):
        technicians (list[Technician] | Unset):
        upload_time (datetime.datetime | Unset):
        uploading_technician (str | Unset):
    """

    appointment_time: AppointmentTime | Unset = UNSET
    poa_type: PoaPoaType | Unset = UNSET
    technicians: list[Technician] | Unset = UNSET
    upload_time: datetime.datetime | Unset = UNSET
    uploading_technician: str | Unset = UNSET
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
        appointment_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.appointment_time, Unset):
            appointment_time = self.appointment_time.to_dict()

        poa_type: str | Unset = UNSET
        if not isinstance(self.poa_type, Unset):
            poa_type = self.poa_type.value

        technicians: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.technicians, Unset):
            technicians = []
            for technicians_item_data in self.technicians:
                technicians_item = technicians_item_data.to_dict()
                technicians.append(technicians_item)

        upload_time: str | Unset = UNSET
        if not isinstance(self.upload_time, Unset):
            upload_time = self.upload_time.isoformat()

        uploading_technician = self.uploading_technician

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if appointment_time is not UNSET:
            field_dict["appointmentTime"] = appointment_time
        if poa_type is not UNSET:
            field_dict["poaType"] = poa_type
        if technicians is not UNSET:
            field_dict["technicians"] = technicians
        if upload_time is not UNSET:
            field_dict["uploadTime"] = upload_time
        if uploading_technician is not UNSET:
            field_dict["uploadingTechnician"] = uploading_technician

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.appointment_time import AppointmentTime
        from ..models.technician import Technician

        return (
            (
                (
                    "appointmentTime",
                    "appointment_time",
                    False,
                    ("model", AppointmentTime),
                ),
                ("poaType", "poa_type", False, ("enum", PoaPoaType)),
                ("technicians", "technicians", False, ("list", ("model", Technician))),
                ("uploadTime", "upload_time", False, ("datetime",)),
                ("uploadingTechnician", "uploading_technician", False, ("str",)),
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
        _appointment_time = d.pop("appointmentTime", UNSET)
        appointment_time = (
            UNSET
            if _appointment_time is UNSET
            else AppointmentTime.from_dict(_appointment_time)
        )

        _poa_type = d.pop("poaType", UNSET)
        poa_type = (
            UNSET
            if _poa_type is UNSET
            else (
                PoaPoaType._value2member_map_.get(_poa_type)
                if _poa_type.__class__ is str
                else None
            )
            or PoaPoaType(_poa_type)
        )

        _technicians = d.pop("technicians", UNSET)
        technicians = (
            UNSET
            if _technicians is UNSET
            else [Technician.from_dict(_item) for _item in _technicians]
        )

        _upload_time = d.pop("uploadTime", UNSET)
        upload_time = (
            UNSET
            if _upload_time is UNSET
            else datetime.datetime.fromisoformat(_upload_time)
        )

        if (
            _reader is not None
            and not isinstance(upload_time, Unset)
            and upload_time.tzinfo is None
        ):
            raise DeviationError("uploadTime")

        uploading_technician = d.pop("uploadingTechnician", UNSET)

        if (
            _reader is not None
            and uploading_technician.__class__ is not str
            and uploading_technician is not UNSET
        ):
            raise DeviationError("uploadingTechnician")

        if cls is Poa:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.appointment_time = appointment_time
            _built.poa_type = poa_type
            _built.technicians = technicians
            _built.upload_time = upload_time
            _built.uploading_technician = uploading_technician
            _built._parse_notes = None
            poa = _built
        else:  # a subclass: its own __init__ runs
            poa = cls(
                appointment_time=appointment_time,
                poa_type=poa_type,
                technicians=technicians,
                upload_time=upload_time,
                uploading_technician=uploading_technician,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        poa.additional_properties = d or {}
        return poa

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

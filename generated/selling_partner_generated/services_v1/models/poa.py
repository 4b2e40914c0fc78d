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
        from ..models.appointment_time import AppointmentTime
        from ..models.technician import Technician

        d = dict(src_dict)
        _appointment_time = d.pop("appointmentTime", UNSET)
        appointment_time: AppointmentTime | Unset
        if isinstance(_appointment_time, Unset):
            appointment_time = UNSET
        else:
            appointment_time = AppointmentTime.from_dict(_appointment_time)

        _poa_type = d.pop("poaType", UNSET)
        poa_type: PoaPoaType | Unset
        if isinstance(_poa_type, Unset):
            poa_type = UNSET
        else:
            poa_type = PoaPoaType(_poa_type)

        _technicians = d.pop("technicians", UNSET)
        technicians: list[Technician] | Unset = UNSET
        if _technicians is not UNSET:
            technicians = []
            for technicians_item_data in _technicians:
                technicians_item = Technician.from_dict(technicians_item_data)

                technicians.append(technicians_item)

        _upload_time = d.pop("uploadTime", UNSET)
        upload_time: datetime.datetime | Unset
        if isinstance(_upload_time, Unset):
            upload_time = UNSET
        else:
            upload_time = datetime.datetime.fromisoformat(_upload_time)

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

        poa = cls(
            appointment_time=appointment_time,
            poa_type=poa_type,
            technicians=technicians,
            upload_time=upload_time,
            uploading_technician=uploading_technician,
        )

        poa.additional_properties = d
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

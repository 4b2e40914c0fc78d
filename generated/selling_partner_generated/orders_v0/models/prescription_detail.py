from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="PrescriptionDetail")


@_attrs_define
class PrescriptionDetail:
    """
    Attributes:
        clinic_id (str):
        expiration_date (datetime.datetime):
        prescription_id (str):
        refills_remaining (int):
        total_refills_authorized (int):
        usage_instructions (str):
        written_quantity (int):
    """

    clinic_id: str
    expiration_date: datetime.datetime
    prescription_id: str
    refills_remaining: int
    total_refills_authorized: int
    usage_instructions: str
    written_quantity: int
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
        clinic_id = self.clinic_id

        expiration_date = self.expiration_date.isoformat()

        prescription_id = self.prescription_id

        refills_remaining = self.refills_remaining

        total_refills_authorized = self.total_refills_authorized

        usage_instructions = self.usage_instructions

        written_quantity = self.written_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clinicId": clinic_id,
                "expirationDate": expiration_date,
                "prescriptionId": prescription_id,
                "refillsRemaining": refills_remaining,
                "totalRefillsAuthorized": total_refills_authorized,
                "usageInstructions": usage_instructions,
                "writtenQuantity": written_quantity,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("clinicId", "clinic_id", True, ("str",)),
                ("expirationDate", "expiration_date", True, ("datetime",)),
                ("prescriptionId", "prescription_id", True, ("str",)),
                ("refillsRemaining", "refills_remaining", True, ("int",)),
                ("totalRefillsAuthorized", "total_refills_authorized", True, ("int",)),
                ("usageInstructions", "usage_instructions", True, ("str",)),
                ("writtenQuantity", "written_quantity", True, ("int",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        clinic_id = d.pop("clinicId")

        if _reader is not None and clinic_id.__class__ is not str:
            raise DeviationError("clinicId")

        expiration_date = datetime.datetime.fromisoformat(d.pop("expirationDate"))

        if _reader is not None and expiration_date.tzinfo is None:
            raise DeviationError("expirationDate")

        prescription_id = d.pop("prescriptionId")

        if _reader is not None and prescription_id.__class__ is not str:
            raise DeviationError("prescriptionId")

        refills_remaining = d.pop("refillsRemaining")

        if _reader is not None and refills_remaining.__class__ is not int:
            raise DeviationError("refillsRemaining")

        total_refills_authorized = d.pop("totalRefillsAuthorized")

        if _reader is not None and total_refills_authorized.__class__ is not int:
            raise DeviationError("totalRefillsAuthorized")

        usage_instructions = d.pop("usageInstructions")

        if _reader is not None and usage_instructions.__class__ is not str:
            raise DeviationError("usageInstructions")

        written_quantity = d.pop("writtenQuantity")

        if _reader is not None and written_quantity.__class__ is not int:
            raise DeviationError("writtenQuantity")

        if cls is PrescriptionDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.clinic_id = clinic_id
            _built.expiration_date = expiration_date
            _built.prescription_id = prescription_id
            _built.refills_remaining = refills_remaining
            _built.total_refills_authorized = total_refills_authorized
            _built.usage_instructions = usage_instructions
            _built.written_quantity = written_quantity
            _built._parse_notes = None
            prescription_detail = _built
        else:  # a subclass: its own __init__ runs
            prescription_detail = cls(
                clinic_id=clinic_id,
                expiration_date=expiration_date,
                prescription_id=prescription_id,
                refills_remaining=refills_remaining,
                total_refills_authorized=total_refills_authorized,
                usage_instructions=usage_instructions,
                written_quantity=written_quantity,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        prescription_detail.additional_properties = d or {}
        return prescription_detail

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

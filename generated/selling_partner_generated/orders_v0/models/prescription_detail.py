from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clinic_id = d.pop("clinicId")

        expiration_date = datetime.datetime.fromisoformat(d.pop("expirationDate"))

        prescription_id = d.pop("prescriptionId")

        refills_remaining = d.pop("refillsRemaining")

        total_refills_authorized = d.pop("totalRefillsAuthorized")

        usage_instructions = d.pop("usageInstructions")

        written_quantity = d.pop("writtenQuantity")

        prescription_detail = cls(
            clinic_id=clinic_id,
            expiration_date=expiration_date,
            prescription_id=prescription_id,
            refills_remaining=refills_remaining,
            total_refills_authorized=total_refills_authorized,
            usage_instructions=usage_instructions,
            written_quantity=written_quantity,
        )

        prescription_detail.additional_properties = d
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

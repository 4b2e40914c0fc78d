from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_registration_details_tax_registration_type import (
    TaxRegistrationDetailsTaxRegistrationType,
)

T = TypeVar("T", bound="TaxRegistrationDetails")


@_attrs_define
class TaxRegistrationDetails:
    """
    Attributes:
        tax_registration_number (str):
        tax_registration_type (TaxRegistrationDetailsTaxRegistrationType):
    """

    tax_registration_number: str
    tax_registration_type: TaxRegistrationDetailsTaxRegistrationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_registration_number = self.tax_registration_number

        tax_registration_type = self.tax_registration_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxRegistrationNumber": tax_registration_number,
                "taxRegistrationType": tax_registration_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_registration_number = d.pop("taxRegistrationNumber")

        tax_registration_type = TaxRegistrationDetailsTaxRegistrationType(
            d.pop("taxRegistrationType")
        )

        tax_registration_details = cls(
            tax_registration_number=tax_registration_number,
            tax_registration_type=tax_registration_type,
        )

        tax_registration_details.additional_properties = d
        return tax_registration_details

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_type import TaxType

T = TypeVar("T", bound="TaxDetail")


@_attrs_define
class TaxDetail:
    """
    Attributes:
        tax_registration_number (str):
        tax_type (TaxType):
    """

    tax_registration_number: str
    tax_type: TaxType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tax_registration_number = self.tax_registration_number

        tax_type = self.tax_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxRegistrationNumber": tax_registration_number,
                "taxType": tax_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tax_registration_number = d.pop("taxRegistrationNumber")

        tax_type = TaxType(d.pop("taxType"))

        tax_detail = cls(
            tax_registration_number=tax_registration_number,
            tax_type=tax_type,
        )

        tax_detail.additional_properties = d
        return tax_detail

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

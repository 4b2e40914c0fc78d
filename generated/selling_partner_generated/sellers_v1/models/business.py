from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="Business")


@_attrs_define
class Business:
    """
    Attributes:
        name (str):
        registered_business_address (Address):
        company_registration_number (str | Unset):
        company_tax_identification_number (str | Unset):
        non_latin_name (str | Unset):
    """

    name: str
    registered_business_address: Address
    company_registration_number: str | Unset = UNSET
    company_tax_identification_number: str | Unset = UNSET
    non_latin_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        registered_business_address = self.registered_business_address.to_dict()

        company_registration_number = self.company_registration_number

        company_tax_identification_number = self.company_tax_identification_number

        non_latin_name = self.non_latin_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "registeredBusinessAddress": registered_business_address,
            }
        )
        if company_registration_number is not UNSET:
            field_dict["companyRegistrationNumber"] = company_registration_number
        if company_tax_identification_number is not UNSET:
            field_dict["companyTaxIdentificationNumber"] = (
                company_tax_identification_number
            )
        if non_latin_name is not UNSET:
            field_dict["nonLatinName"] = non_latin_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address

        d = dict(src_dict)
        name = d.pop("name")

        registered_business_address = Address.from_dict(
            d.pop("registeredBusinessAddress")
        )

        company_registration_number = d.pop("companyRegistrationNumber", UNSET)

        company_tax_identification_number = d.pop(
            "companyTaxIdentificationNumber", UNSET
        )

        non_latin_name = d.pop("nonLatinName", UNSET)

        business = cls(
            name=name,
            registered_business_address=registered_business_address,
            company_registration_number=company_registration_number,
            company_tax_identification_number=company_tax_identification_number,
            non_latin_name=non_latin_name,
        )

        business.additional_properties = d
        return business

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

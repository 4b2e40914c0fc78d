from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BuyerTaxInformation")


@_attrs_define
class BuyerTaxInformation:
    """
    Attributes:
        buyer_business_address (str | Unset):
        buyer_legal_company_name (str | Unset):
        buyer_tax_office (str | Unset):
        buyer_tax_registration_id (str | Unset):
    """

    buyer_business_address: str | Unset = UNSET
    buyer_legal_company_name: str | Unset = UNSET
    buyer_tax_office: str | Unset = UNSET
    buyer_tax_registration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buyer_business_address = self.buyer_business_address

        buyer_legal_company_name = self.buyer_legal_company_name

        buyer_tax_office = self.buyer_tax_office

        buyer_tax_registration_id = self.buyer_tax_registration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if buyer_business_address is not UNSET:
            field_dict["BuyerBusinessAddress"] = buyer_business_address
        if buyer_legal_company_name is not UNSET:
            field_dict["BuyerLegalCompanyName"] = buyer_legal_company_name
        if buyer_tax_office is not UNSET:
            field_dict["BuyerTaxOffice"] = buyer_tax_office
        if buyer_tax_registration_id is not UNSET:
            field_dict["BuyerTaxRegistrationId"] = buyer_tax_registration_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        buyer_business_address = d.pop("BuyerBusinessAddress", UNSET)

        buyer_legal_company_name = d.pop("BuyerLegalCompanyName", UNSET)

        buyer_tax_office = d.pop("BuyerTaxOffice", UNSET)

        buyer_tax_registration_id = d.pop("BuyerTaxRegistrationId", UNSET)

        buyer_tax_information = cls(
            buyer_business_address=buyer_business_address,
            buyer_legal_company_name=buyer_legal_company_name,
            buyer_tax_office=buyer_tax_office,
            buyer_tax_registration_id=buyer_tax_registration_id,
        )

        buyer_tax_information.additional_properties = d
        return buyer_tax_information

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

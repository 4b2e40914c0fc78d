from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressInput")


@_attrs_define
class AddressInput:
    """
    Attributes:
        address_line_1 (str):
        city (str):
        country_code (str):
        name (str):
        phone_number (str):
        postal_code (str):
        address_line_2 (str | Unset):
        company_name (str | Unset):
        district_or_county (str | Unset):
        email (str | Unset):
        state_or_province_code (str | Unset):
    """

    address_line_1: str
    city: str
    country_code: str
    name: str
    phone_number: str
    postal_code: str
    address_line_2: str | Unset = UNSET
    company_name: str | Unset = UNSET
    district_or_county: str | Unset = UNSET
    email: str | Unset = UNSET
    state_or_province_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        city = self.city

        country_code = self.country_code

        name = self.name

        phone_number = self.phone_number

        postal_code = self.postal_code

        address_line_2 = self.address_line_2

        company_name = self.company_name

        district_or_county = self.district_or_county

        email = self.email

        state_or_province_code = self.state_or_province_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "city": city,
                "countryCode": country_code,
                "name": name,
                "phoneNumber": phone_number,
                "postalCode": postal_code,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if district_or_county is not UNSET:
            field_dict["districtOrCounty"] = district_or_county
        if email is not UNSET:
            field_dict["email"] = email
        if state_or_province_code is not UNSET:
            field_dict["stateOrProvinceCode"] = state_or_province_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1")

        city = d.pop("city")

        country_code = d.pop("countryCode")

        name = d.pop("name")

        phone_number = d.pop("phoneNumber")

        postal_code = d.pop("postalCode")

        address_line_2 = d.pop("addressLine2", UNSET)

        company_name = d.pop("companyName", UNSET)

        district_or_county = d.pop("districtOrCounty", UNSET)

        email = d.pop("email", UNSET)

        state_or_province_code = d.pop("stateOrProvinceCode", UNSET)

        address_input = cls(
            address_line_1=address_line_1,
            city=city,
            country_code=country_code,
            name=name,
            phone_number=phone_number,
            postal_code=postal_code,
            address_line_2=address_line_2,
            company_name=company_name,
            district_or_county=district_or_county,
            email=email,
            state_or_province_code=state_or_province_code,
        )

        address_input.additional_properties = d
        return address_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """
    Attributes:
        address_line_1 (str):
        city (str):
        country_code (str):
        name (str):
        postal_code (str):
        state_or_province_code (str):
        address_line_2 (str | Unset):
        district_or_county (str | Unset):
    """

    address_line_1: str
    city: str
    country_code: str
    name: str
    postal_code: str
    state_or_province_code: str
    address_line_2: str | Unset = UNSET
    district_or_county: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        city = self.city

        country_code = self.country_code

        name = self.name

        postal_code = self.postal_code

        state_or_province_code = self.state_or_province_code

        address_line_2 = self.address_line_2

        district_or_county = self.district_or_county

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AddressLine1": address_line_1,
                "City": city,
                "CountryCode": country_code,
                "Name": name,
                "PostalCode": postal_code,
                "StateOrProvinceCode": state_or_province_code,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["AddressLine2"] = address_line_2
        if district_or_county is not UNSET:
            field_dict["DistrictOrCounty"] = district_or_county

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("AddressLine1")

        city = d.pop("City")

        country_code = d.pop("CountryCode")

        name = d.pop("Name")

        postal_code = d.pop("PostalCode")

        state_or_province_code = d.pop("StateOrProvinceCode")

        address_line_2 = d.pop("AddressLine2", UNSET)

        district_or_county = d.pop("DistrictOrCounty", UNSET)

        address = cls(
            address_line_1=address_line_1,
            city=city,
            country_code=country_code,
            name=name,
            postal_code=postal_code,
            state_or_province_code=state_or_province_code,
            address_line_2=address_line_2,
            district_or_county=district_or_county,
        )

        address.additional_properties = d
        return address

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

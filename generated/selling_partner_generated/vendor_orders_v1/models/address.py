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
        country_code (str):
        name (str):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        city (str | Unset):
        county (str | Unset):
        district (str | Unset):
        phone (str | Unset):
        postal_code (str | Unset):
        state_or_region (str | Unset):
    """

    address_line_1: str
    country_code: str
    name: str
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    city: str | Unset = UNSET
    county: str | Unset = UNSET
    district: str | Unset = UNSET
    phone: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state_or_region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        country_code = self.country_code

        name = self.name

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        city = self.city

        county = self.county

        district = self.district

        phone = self.phone

        postal_code = self.postal_code

        state_or_region = self.state_or_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "countryCode": country_code,
                "name": name,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if city is not UNSET:
            field_dict["city"] = city
        if county is not UNSET:
            field_dict["county"] = county
        if district is not UNSET:
            field_dict["district"] = district
        if phone is not UNSET:
            field_dict["phone"] = phone
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state_or_region is not UNSET:
            field_dict["stateOrRegion"] = state_or_region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1")

        country_code = d.pop("countryCode")

        name = d.pop("name")

        address_line_2 = d.pop("addressLine2", UNSET)

        address_line_3 = d.pop("addressLine3", UNSET)

        city = d.pop("city", UNSET)

        county = d.pop("county", UNSET)

        district = d.pop("district", UNSET)

        phone = d.pop("phone", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        state_or_region = d.pop("stateOrRegion", UNSET)

        address = cls(
            address_line_1=address_line_1,
            country_code=country_code,
            name=name,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            city=city,
            county=county,
            district=district,
            phone=phone,
            postal_code=postal_code,
            state_or_region=state_or_region,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_type_enum import AddressTypeEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """
    Attributes:
        address_line_1 (str | Unset):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        address_type (AddressTypeEnum | Unset):
        city (str | Unset):
        country_code (str | Unset):
        county (str | Unset):
        district (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        postal_code (str | Unset):
        state_or_region (str | Unset):
    """

    address_line_1: str | Unset = UNSET
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    address_type: AddressTypeEnum | Unset = UNSET
    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    county: str | Unset = UNSET
    district: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state_or_region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        address_type: str | Unset = UNSET
        if not isinstance(self.address_type, Unset):
            address_type = self.address_type.value

        city = self.city

        country_code = self.country_code

        county = self.county

        district = self.district

        name = self.name

        phone = self.phone

        postal_code = self.postal_code

        state_or_region = self.state_or_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line_1 is not UNSET:
            field_dict["AddressLine1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["AddressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["AddressLine3"] = address_line_3
        if address_type is not UNSET:
            field_dict["AddressType"] = address_type
        if city is not UNSET:
            field_dict["City"] = city
        if country_code is not UNSET:
            field_dict["CountryCode"] = country_code
        if county is not UNSET:
            field_dict["County"] = county
        if district is not UNSET:
            field_dict["District"] = district
        if name is not UNSET:
            field_dict["Name"] = name
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if postal_code is not UNSET:
            field_dict["PostalCode"] = postal_code
        if state_or_region is not UNSET:
            field_dict["StateOrRegion"] = state_or_region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("AddressLine1", UNSET)

        address_line_2 = d.pop("AddressLine2", UNSET)

        address_line_3 = d.pop("AddressLine3", UNSET)

        _address_type = d.pop("AddressType", UNSET)
        address_type: AddressTypeEnum | Unset
        if isinstance(_address_type, Unset):
            address_type = UNSET
        else:
            address_type = AddressTypeEnum(_address_type)

        city = d.pop("City", UNSET)

        country_code = d.pop("CountryCode", UNSET)

        county = d.pop("County", UNSET)

        district = d.pop("District", UNSET)

        name = d.pop("Name", UNSET)

        phone = d.pop("Phone", UNSET)

        postal_code = d.pop("PostalCode", UNSET)

        state_or_region = d.pop("StateOrRegion", UNSET)

        address = cls(
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            address_type=address_type,
            city=city,
            country_code=country_code,
            county=county,
            district=district,
            name=name,
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

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
        address_line_2 (str | Unset):
        city (str | Unset):
        postal_code (str | Unset):
        state_or_province_code (str | Unset):
    """

    address_line_1: str
    country_code: str
    address_line_2: str | Unset = UNSET
    city: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state_or_province_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        country_code = self.country_code

        address_line_2 = self.address_line_2

        city = self.city

        postal_code = self.postal_code

        state_or_province_code = self.state_or_province_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "countryCode": country_code,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if city is not UNSET:
            field_dict["city"] = city
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state_or_province_code is not UNSET:
            field_dict["stateOrProvinceCode"] = state_or_province_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1")

        country_code = d.pop("countryCode")

        address_line_2 = d.pop("addressLine2", UNSET)

        city = d.pop("city", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        state_or_province_code = d.pop("stateOrProvinceCode", UNSET)

        address = cls(
            address_line_1=address_line_1,
            country_code=country_code,
            address_line_2=address_line_2,
            city=city,
            postal_code=postal_code,
            state_or_province_code=state_or_province_code,
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

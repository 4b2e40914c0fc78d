from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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
        state_or_region (str):
        address_line_2 (str | Unset):
        address_line_3 (str | Unset):
        copy_emails (list[str] | Unset):
        email (str | Unset):
        phone_number (str | Unset):
    """

    address_line_1: str
    city: str
    country_code: str
    name: str
    postal_code: str
    state_or_region: str
    address_line_2: str | Unset = UNSET
    address_line_3: str | Unset = UNSET
    copy_emails: list[str] | Unset = UNSET
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        city = self.city

        country_code = self.country_code

        name = self.name

        postal_code = self.postal_code

        state_or_region = self.state_or_region

        address_line_2 = self.address_line_2

        address_line_3 = self.address_line_3

        copy_emails: list[str] | Unset = UNSET
        if not isinstance(self.copy_emails, Unset):
            copy_emails = self.copy_emails

        email = self.email

        phone_number = self.phone_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "city": city,
                "countryCode": country_code,
                "name": name,
                "postalCode": postal_code,
                "stateOrRegion": state_or_region,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if address_line_3 is not UNSET:
            field_dict["addressLine3"] = address_line_3
        if copy_emails is not UNSET:
            field_dict["copyEmails"] = copy_emails
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1")

        city = d.pop("city")

        country_code = d.pop("countryCode")

        name = d.pop("name")

        postal_code = d.pop("postalCode")

        state_or_region = d.pop("stateOrRegion")

        address_line_2 = d.pop("addressLine2", UNSET)

        address_line_3 = d.pop("addressLine3", UNSET)

        copy_emails = cast(list[str], d.pop("copyEmails", UNSET))

        email = d.pop("email", UNSET)

        phone_number = d.pop("phoneNumber", UNSET)

        address = cls(
            address_line_1=address_line_1,
            city=city,
            country_code=country_code,
            name=name,
            postal_code=postal_code,
            state_or_region=state_or_region,
            address_line_2=address_line_2,
            address_line_3=address_line_3,
            copy_emails=copy_emails,
            email=email,
            phone_number=phone_number,
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

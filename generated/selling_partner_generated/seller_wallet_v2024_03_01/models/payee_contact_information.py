from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payee_entity_type import PayeeEntityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayeeContactInformation")


@_attrs_define
class PayeeContactInformation:
    """
    Attributes:
        address_line_1 (str):
        city (str):
        country_code (str):
        email_address (str):
        payee_entity_type (PayeeEntityType):
        payee_first_name (str):
        payee_last_name (str):
        phone_number (str):
        postal_code (str):
        state (str):
        address_line_2 (str | Unset):
        country (str | Unset):
        payee_middle_name (str | Unset):
    """

    address_line_1: str
    city: str
    country_code: str
    email_address: str
    payee_entity_type: PayeeEntityType
    payee_first_name: str
    payee_last_name: str
    phone_number: str
    postal_code: str
    state: str
    address_line_2: str | Unset = UNSET
    country: str | Unset = UNSET
    payee_middle_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line_1 = self.address_line_1

        city = self.city

        country_code = self.country_code

        email_address = self.email_address

        payee_entity_type = self.payee_entity_type.value

        payee_first_name = self.payee_first_name

        payee_last_name = self.payee_last_name

        phone_number = self.phone_number

        postal_code = self.postal_code

        state = self.state

        address_line_2 = self.address_line_2

        country = self.country

        payee_middle_name = self.payee_middle_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "addressLine1": address_line_1,
                "city": city,
                "countryCode": country_code,
                "emailAddress": email_address,
                "payeeEntityType": payee_entity_type,
                "payeeFirstName": payee_first_name,
                "payeeLastName": payee_last_name,
                "phoneNumber": phone_number,
                "postalCode": postal_code,
                "state": state,
            }
        )
        if address_line_2 is not UNSET:
            field_dict["addressLine2"] = address_line_2
        if country is not UNSET:
            field_dict["country"] = country
        if payee_middle_name is not UNSET:
            field_dict["payeeMiddleName"] = payee_middle_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address_line_1 = d.pop("addressLine1")

        city = d.pop("city")

        country_code = d.pop("countryCode")

        email_address = d.pop("emailAddress")

        payee_entity_type = PayeeEntityType(d.pop("payeeEntityType"))

        payee_first_name = d.pop("payeeFirstName")

        payee_last_name = d.pop("payeeLastName")

        phone_number = d.pop("phoneNumber")

        postal_code = d.pop("postalCode")

        state = d.pop("state")

        address_line_2 = d.pop("addressLine2", UNSET)

        country = d.pop("country", UNSET)

        payee_middle_name = d.pop("payeeMiddleName", UNSET)

        payee_contact_information = cls(
            address_line_1=address_line_1,
            city=city,
            country_code=country_code,
            email_address=email_address,
            payee_entity_type=payee_entity_type,
            payee_first_name=payee_first_name,
            payee_last_name=payee_last_name,
            phone_number=phone_number,
            postal_code=postal_code,
            state=state,
            address_line_2=address_line_2,
            country=country,
            payee_middle_name=payee_middle_name,
        )

        payee_contact_information.additional_properties = d
        return payee_contact_information

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

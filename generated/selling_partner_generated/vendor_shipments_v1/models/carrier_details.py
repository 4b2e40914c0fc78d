from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CarrierDetails")


@_attrs_define
class CarrierDetails:
    """
    Attributes:
        code (str | Unset):
        email (str | Unset):
        name (str | Unset):
        phone (str | Unset):
        shipment_reference_number (str | Unset):
    """

    code: str | Unset = UNSET
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    shipment_reference_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        email = self.email

        name = self.name

        phone = self.phone

        shipment_reference_number = self.shipment_reference_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if shipment_reference_number is not UNSET:
            field_dict["shipmentReferenceNumber"] = shipment_reference_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        phone = d.pop("phone", UNSET)

        shipment_reference_number = d.pop("shipmentReferenceNumber", UNSET)

        carrier_details = cls(
            code=code,
            email=email,
            name=name,
            phone=phone,
            shipment_reference_number=shipment_reference_number,
        )

        carrier_details.additional_properties = d
        return carrier_details

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

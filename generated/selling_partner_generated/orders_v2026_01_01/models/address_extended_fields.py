from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressExtendedFields")


@_attrs_define
class AddressExtendedFields:
    """
    Attributes:
        complement (str | Unset):
        neighborhood (str | Unset):
        street_name (str | Unset):
        street_number (str | Unset):
    """

    complement: str | Unset = UNSET
    neighborhood: str | Unset = UNSET
    street_name: str | Unset = UNSET
    street_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complement = self.complement

        neighborhood = self.neighborhood

        street_name = self.street_name

        street_number = self.street_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complement is not UNSET:
            field_dict["complement"] = complement
        if neighborhood is not UNSET:
            field_dict["neighborhood"] = neighborhood
        if street_name is not UNSET:
            field_dict["streetName"] = street_name
        if street_number is not UNSET:
            field_dict["streetNumber"] = street_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        complement = d.pop("complement", UNSET)

        neighborhood = d.pop("neighborhood", UNSET)

        street_name = d.pop("streetName", UNSET)

        street_number = d.pop("streetNumber", UNSET)

        address_extended_fields = cls(
            complement=complement,
            neighborhood=neighborhood,
            street_name=street_name,
            street_number=street_number,
        )

        address_extended_fields.additional_properties = d
        return address_extended_fields

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

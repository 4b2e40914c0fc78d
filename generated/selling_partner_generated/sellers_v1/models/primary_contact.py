from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="PrimaryContact")


@_attrs_define
class PrimaryContact:
    """
    Attributes:
        address (Address):
        name (str):
        non_latin_name (str | Unset):
    """

    address: Address
    name: str
    non_latin_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address.to_dict()

        name = self.name

        non_latin_name = self.non_latin_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "name": name,
            }
        )
        if non_latin_name is not UNSET:
            field_dict["nonLatinName"] = non_latin_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.address import Address

        d = dict(src_dict)
        address = Address.from_dict(d.pop("address"))

        name = d.pop("name")

        non_latin_name = d.pop("nonLatinName", UNSET)

        primary_contact = cls(
            address=address,
            name=name,
            non_latin_name=non_latin_name,
        )

        primary_contact.additional_properties = d
        return primary_contact

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

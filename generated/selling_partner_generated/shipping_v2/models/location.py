from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Location")


@_attrs_define
class Location:
    """
    Attributes:
        city (str | Unset):
        country_code (str | Unset):
        postal_code (str | Unset):
        state_or_region (str | Unset):
    """

    city: str | Unset = UNSET
    country_code: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    state_or_region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city = self.city

        country_code = self.country_code

        postal_code = self.postal_code

        state_or_region = self.state_or_region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if state_or_region is not UNSET:
            field_dict["stateOrRegion"] = state_or_region

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        city = d.pop("city", UNSET)

        country_code = d.pop("countryCode", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        state_or_region = d.pop("stateOrRegion", UNSET)

        location = cls(
            city=city,
            country_code=country_code,
            postal_code=postal_code,
            state_or_region=state_or_region,
        )

        location.additional_properties = d
        return location

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

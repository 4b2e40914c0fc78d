from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.geo_coordinates import GeoCoordinates


T = TypeVar("T", bound="AddressExtendedFields")


@_attrs_define
class AddressExtendedFields:
    """
    Attributes:
        complement (str | Unset):
        geo_coordinates (GeoCoordinates | Unset):
        neighborhood (str | Unset):
        street_name (str | Unset):
        street_number (str | Unset):
    """

    complement: str | Unset = UNSET
    geo_coordinates: GeoCoordinates | Unset = UNSET
    neighborhood: str | Unset = UNSET
    street_name: str | Unset = UNSET
    street_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complement = self.complement

        geo_coordinates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.geo_coordinates, Unset):
            geo_coordinates = self.geo_coordinates.to_dict()

        neighborhood = self.neighborhood

        street_name = self.street_name

        street_number = self.street_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complement is not UNSET:
            field_dict["Complement"] = complement
        if geo_coordinates is not UNSET:
            field_dict["GeoCoordinates"] = geo_coordinates
        if neighborhood is not UNSET:
            field_dict["Neighborhood"] = neighborhood
        if street_name is not UNSET:
            field_dict["StreetName"] = street_name
        if street_number is not UNSET:
            field_dict["StreetNumber"] = street_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.geo_coordinates import GeoCoordinates

        d = dict(src_dict)
        complement = d.pop("Complement", UNSET)

        _geo_coordinates = d.pop("GeoCoordinates", UNSET)
        geo_coordinates: GeoCoordinates | Unset
        if isinstance(_geo_coordinates, Unset):
            geo_coordinates = UNSET
        else:
            geo_coordinates = GeoCoordinates.from_dict(_geo_coordinates)

        neighborhood = d.pop("Neighborhood", UNSET)

        street_name = d.pop("StreetName", UNSET)

        street_number = d.pop("StreetNumber", UNSET)

        address_extended_fields = cls(
            complement=complement,
            geo_coordinates=geo_coordinates,
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

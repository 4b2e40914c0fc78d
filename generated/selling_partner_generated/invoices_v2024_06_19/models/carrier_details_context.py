from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CarrierDetailsContext")


@_attrs_define
class CarrierDetailsContext:
    """
    Attributes:
        address (str | Unset):
        context_type (str | Unset):
        federal_tax_id (str | Unset):
        name (str | Unset):
        region_code (str | Unset):
        region_tax_id (str | Unset):
        vehicle_license_plate (str | Unset):
        vehicle_registration_region_code (str | Unset):
    """

    address: str | Unset = UNSET
    context_type: str | Unset = UNSET
    federal_tax_id: str | Unset = UNSET
    name: str | Unset = UNSET
    region_code: str | Unset = UNSET
    region_tax_id: str | Unset = UNSET
    vehicle_license_plate: str | Unset = UNSET
    vehicle_registration_region_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        context_type = self.context_type

        federal_tax_id = self.federal_tax_id

        name = self.name

        region_code = self.region_code

        region_tax_id = self.region_tax_id

        vehicle_license_plate = self.vehicle_license_plate

        vehicle_registration_region_code = self.vehicle_registration_region_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if context_type is not UNSET:
            field_dict["contextType"] = context_type
        if federal_tax_id is not UNSET:
            field_dict["federalTaxId"] = federal_tax_id
        if name is not UNSET:
            field_dict["name"] = name
        if region_code is not UNSET:
            field_dict["regionCode"] = region_code
        if region_tax_id is not UNSET:
            field_dict["regionTaxId"] = region_tax_id
        if vehicle_license_plate is not UNSET:
            field_dict["vehicleLicensePlate"] = vehicle_license_plate
        if vehicle_registration_region_code is not UNSET:
            field_dict["vehicleRegistrationRegionCode"] = (
                vehicle_registration_region_code
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        context_type = d.pop("contextType", UNSET)

        federal_tax_id = d.pop("federalTaxId", UNSET)

        name = d.pop("name", UNSET)

        region_code = d.pop("regionCode", UNSET)

        region_tax_id = d.pop("regionTaxId", UNSET)

        vehicle_license_plate = d.pop("vehicleLicensePlate", UNSET)

        vehicle_registration_region_code = d.pop("vehicleRegistrationRegionCode", UNSET)

        carrier_details_context = cls(
            address=address,
            context_type=context_type,
            federal_tax_id=federal_tax_id,
            name=name,
            region_code=region_code,
            region_tax_id=region_tax_id,
            vehicle_license_plate=vehicle_license_plate,
            vehicle_registration_region_code=vehicle_registration_region_code,
        )

        carrier_details_context.additional_properties = d
        return carrier_details_context

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

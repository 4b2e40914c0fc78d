from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.carrier_tracking import CarrierTracking


T = TypeVar("T", bound="TrackingIdentifier")


@_attrs_define
class TrackingIdentifier:
    """
    Attributes:
        acsin (str | Unset):
        aftn (str | Unset):
        carrier_tracking (CarrierTracking | Unset):
        container_number (str | Unset):
        house_bill_of_lading_number (str | Unset):
        id (str | Unset):
    """

    acsin: str | Unset = UNSET
    aftn: str | Unset = UNSET
    carrier_tracking: CarrierTracking | Unset = UNSET
    container_number: str | Unset = UNSET
    house_bill_of_lading_number: str | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acsin = self.acsin

        aftn = self.aftn

        carrier_tracking: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier_tracking, Unset):
            carrier_tracking = self.carrier_tracking.to_dict()

        container_number = self.container_number

        house_bill_of_lading_number = self.house_bill_of_lading_number

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acsin is not UNSET:
            field_dict["acsin"] = acsin
        if aftn is not UNSET:
            field_dict["aftn"] = aftn
        if carrier_tracking is not UNSET:
            field_dict["carrierTracking"] = carrier_tracking
        if container_number is not UNSET:
            field_dict["containerNumber"] = container_number
        if house_bill_of_lading_number is not UNSET:
            field_dict["houseBillOfLadingNumber"] = house_bill_of_lading_number
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.carrier_tracking import CarrierTracking

        d = dict(src_dict)
        acsin = d.pop("acsin", UNSET)

        aftn = d.pop("aftn", UNSET)

        _carrier_tracking = d.pop("carrierTracking", UNSET)
        carrier_tracking: CarrierTracking | Unset
        if isinstance(_carrier_tracking, Unset):
            carrier_tracking = UNSET
        else:
            carrier_tracking = CarrierTracking.from_dict(_carrier_tracking)

        container_number = d.pop("containerNumber", UNSET)

        house_bill_of_lading_number = d.pop("houseBillOfLadingNumber", UNSET)

        id = d.pop("id", UNSET)

        tracking_identifier = cls(
            acsin=acsin,
            aftn=aftn,
            carrier_tracking=carrier_tracking,
            container_number=container_number,
            house_bill_of_lading_number=house_bill_of_lading_number,
            id=id,
        )

        tracking_identifier.additional_properties = d
        return tracking_identifier

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

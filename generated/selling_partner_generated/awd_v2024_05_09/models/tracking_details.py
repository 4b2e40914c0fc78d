from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.carrier_code import CarrierCode


T = TypeVar("T", bound="TrackingDetails")


@_attrs_define
class TrackingDetails:
    """
    Attributes:
        booking_id (str):
        carrier_code (CarrierCode | Unset):
    """

    booking_id: str
    carrier_code: CarrierCode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        booking_id = self.booking_id

        carrier_code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.carrier_code, Unset):
            carrier_code = self.carrier_code.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookingId": booking_id,
            }
        )
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.carrier_code import CarrierCode

        d = dict(src_dict)
        booking_id = d.pop("bookingId")

        _carrier_code = d.pop("carrierCode", UNSET)
        carrier_code: CarrierCode | Unset
        if isinstance(_carrier_code, Unset):
            carrier_code = UNSET
        else:
            carrier_code = CarrierCode.from_dict(_carrier_code)

        tracking_details = cls(
            booking_id=booking_id,
            carrier_code=carrier_code,
        )

        tracking_details.additional_properties = d
        return tracking_details

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

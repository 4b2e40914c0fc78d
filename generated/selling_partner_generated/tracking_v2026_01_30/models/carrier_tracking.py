from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CarrierTracking")


@_attrs_define
class CarrierTracking:
    """
    Attributes:
        tracking_number (str):
        carrier_code (str | Unset):
    """

    tracking_number: str
    carrier_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracking_number = self.tracking_number

        carrier_code = self.carrier_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trackingNumber": tracking_number,
            }
        )
        if carrier_code is not UNSET:
            field_dict["carrierCode"] = carrier_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tracking_number = d.pop("trackingNumber")

        carrier_code = d.pop("carrierCode", UNSET)

        carrier_tracking = cls(
            tracking_number=tracking_number,
            carrier_code=carrier_code,
        )

        carrier_tracking.additional_properties = d
        return carrier_tracking

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

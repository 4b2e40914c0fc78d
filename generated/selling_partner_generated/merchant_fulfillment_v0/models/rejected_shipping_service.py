from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectedShippingService")


@_attrs_define
class RejectedShippingService:
    """
    Attributes:
        carrier_name (str):
        rejection_reason_code (str):
        shipping_service_id (str):
        shipping_service_name (str):
        rejection_reason_message (str | Unset):
    """

    carrier_name: str
    rejection_reason_code: str
    shipping_service_id: str
    shipping_service_name: str
    rejection_reason_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_name = self.carrier_name

        rejection_reason_code = self.rejection_reason_code

        shipping_service_id = self.shipping_service_id

        shipping_service_name = self.shipping_service_name

        rejection_reason_message = self.rejection_reason_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CarrierName": carrier_name,
                "RejectionReasonCode": rejection_reason_code,
                "ShippingServiceId": shipping_service_id,
                "ShippingServiceName": shipping_service_name,
            }
        )
        if rejection_reason_message is not UNSET:
            field_dict["RejectionReasonMessage"] = rejection_reason_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        carrier_name = d.pop("CarrierName")

        rejection_reason_code = d.pop("RejectionReasonCode")

        shipping_service_id = d.pop("ShippingServiceId")

        shipping_service_name = d.pop("ShippingServiceName")

        rejection_reason_message = d.pop("RejectionReasonMessage", UNSET)

        rejected_shipping_service = cls(
            carrier_name=carrier_name,
            rejection_reason_code=rejection_reason_code,
            shipping_service_id=shipping_service_id,
            shipping_service_name=shipping_service_name,
            rejection_reason_message=rejection_reason_message,
        )

        rejected_shipping_service.additional_properties = d
        return rejected_shipping_service

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0",
)


@_attrs_define
class FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0:
    """
    Attributes:
        package_number (int):
        carrier_code (str):
        tracking_number (str):
    """

    package_number: int
    carrier_code: str
    tracking_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_number = self.package_number

        carrier_code = self.carrier_code

        tracking_number = self.tracking_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PackageNumber": package_number,
                "CarrierCode": carrier_code,
                "TrackingNumber": tracking_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        package_number = d.pop("PackageNumber")

        carrier_code = d.pop("CarrierCode")

        tracking_number = d.pop("TrackingNumber")

        fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment_fulfillment_shipment_packages_item_type_0 = cls(
            package_number=package_number,
            carrier_code=carrier_code,
            tracking_number=tracking_number,
        )

        fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment_fulfillment_shipment_packages_item_type_0.additional_properties = d
        return fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment_fulfillment_shipment_packages_item_type_0

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

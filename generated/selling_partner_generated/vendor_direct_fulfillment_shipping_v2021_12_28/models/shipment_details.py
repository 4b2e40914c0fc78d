from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shipment_details_shipment_status import ShipmentDetailsShipmentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ShipmentDetails")


@_attrs_define
class ShipmentDetails:
    """
    Attributes:
        shipment_status (ShipmentDetailsShipmentStatus):
        shipped_date (datetime.datetime):
        estimated_delivery_date (datetime.datetime | Unset):
        is_priority_shipment (bool | Unset):
        vendor_order_number (str | Unset):
    """

    shipment_status: ShipmentDetailsShipmentStatus
    shipped_date: datetime.datetime
    estimated_delivery_date: datetime.datetime | Unset = UNSET
    is_priority_shipment: bool | Unset = UNSET
    vendor_order_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipment_status = self.shipment_status.value

        shipped_date = self.shipped_date.isoformat()

        estimated_delivery_date: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_date, Unset):
            estimated_delivery_date = self.estimated_delivery_date.isoformat()

        is_priority_shipment = self.is_priority_shipment

        vendor_order_number = self.vendor_order_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shipmentStatus": shipment_status,
                "shippedDate": shipped_date,
            }
        )
        if estimated_delivery_date is not UNSET:
            field_dict["estimatedDeliveryDate"] = estimated_delivery_date
        if is_priority_shipment is not UNSET:
            field_dict["isPriorityShipment"] = is_priority_shipment
        if vendor_order_number is not UNSET:
            field_dict["vendorOrderNumber"] = vendor_order_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        shipment_status = ShipmentDetailsShipmentStatus(d.pop("shipmentStatus"))

        shipped_date = datetime.datetime.fromisoformat(d.pop("shippedDate"))

        _estimated_delivery_date = d.pop("estimatedDeliveryDate", UNSET)
        estimated_delivery_date: datetime.datetime | Unset
        if isinstance(_estimated_delivery_date, Unset):
            estimated_delivery_date = UNSET
        else:
            estimated_delivery_date = datetime.datetime.fromisoformat(
                _estimated_delivery_date
            )

        is_priority_shipment = d.pop("isPriorityShipment", UNSET)

        vendor_order_number = d.pop("vendorOrderNumber", UNSET)

        shipment_details = cls(
            shipment_status=shipment_status,
            shipped_date=shipped_date,
            estimated_delivery_date=estimated_delivery_date,
            is_priority_shipment=is_priority_shipment,
            vendor_order_number=vendor_order_number,
        )

        shipment_details.additional_properties = d
        return shipment_details

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.confirm_shipment_order_item import ConfirmShipmentOrderItem


T = TypeVar("T", bound="PackageDetail")


@_attrs_define
class PackageDetail:
    """
    Attributes:
        carrier_code (str):
        order_items (list[ConfirmShipmentOrderItem]):
        package_reference_id (str):
        ship_date (datetime.datetime):
        tracking_number (str):
        carrier_name (str | Unset):
        ship_from_supply_source_id (str | Unset):
        shipping_method (str | Unset):
    """

    carrier_code: str
    order_items: list[ConfirmShipmentOrderItem]
    package_reference_id: str
    ship_date: datetime.datetime
    tracking_number: str
    carrier_name: str | Unset = UNSET
    ship_from_supply_source_id: str | Unset = UNSET
    shipping_method: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_code = self.carrier_code

        order_items = []
        for (
            componentsschemas_confirm_shipment_order_items_list_item_data
        ) in self.order_items:
            componentsschemas_confirm_shipment_order_items_list_item = (
                componentsschemas_confirm_shipment_order_items_list_item_data.to_dict()
            )
            order_items.append(componentsschemas_confirm_shipment_order_items_list_item)

        package_reference_id = self.package_reference_id

        ship_date = self.ship_date.isoformat()

        tracking_number = self.tracking_number

        carrier_name = self.carrier_name

        ship_from_supply_source_id = self.ship_from_supply_source_id

        shipping_method = self.shipping_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "carrierCode": carrier_code,
                "orderItems": order_items,
                "packageReferenceId": package_reference_id,
                "shipDate": ship_date,
                "trackingNumber": tracking_number,
            }
        )
        if carrier_name is not UNSET:
            field_dict["carrierName"] = carrier_name
        if ship_from_supply_source_id is not UNSET:
            field_dict["shipFromSupplySourceId"] = ship_from_supply_source_id
        if shipping_method is not UNSET:
            field_dict["shippingMethod"] = shipping_method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.confirm_shipment_order_item import ConfirmShipmentOrderItem

        d = dict(src_dict)
        carrier_code = d.pop("carrierCode")

        order_items = []
        _order_items = d.pop("orderItems")
        for (
            componentsschemas_confirm_shipment_order_items_list_item_data
        ) in _order_items:
            componentsschemas_confirm_shipment_order_items_list_item = (
                ConfirmShipmentOrderItem.from_dict(
                    componentsschemas_confirm_shipment_order_items_list_item_data
                )
            )

            order_items.append(componentsschemas_confirm_shipment_order_items_list_item)

        package_reference_id = d.pop("packageReferenceId")

        ship_date = datetime.datetime.fromisoformat(d.pop("shipDate"))

        tracking_number = d.pop("trackingNumber")

        carrier_name = d.pop("carrierName", UNSET)

        ship_from_supply_source_id = d.pop("shipFromSupplySourceId", UNSET)

        shipping_method = d.pop("shippingMethod", UNSET)

        package_detail = cls(
            carrier_code=carrier_code,
            order_items=order_items,
            package_reference_id=package_reference_id,
            ship_date=ship_date,
            tracking_number=tracking_number,
            carrier_name=carrier_name,
            ship_from_supply_source_id=ship_from_supply_source_id,
            shipping_method=shipping_method,
        )

        package_detail.additional_properties = d
        return package_detail

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

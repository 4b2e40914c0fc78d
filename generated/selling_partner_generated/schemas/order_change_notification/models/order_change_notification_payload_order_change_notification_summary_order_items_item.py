from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem",
)


@_attrs_define
class OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem:
    """
    Attributes:
        order_item_id (str):
        seller_sku (str):
        supply_source_id (None | str):
        quantity (int):
        order_item_status (str | Unset):
        quantity_shipped (int | Unset):
        is_buyer_requested_cancel (bool | Unset):
        item_earliest_delivery_date (str | Unset):
        item_latest_delivery_date (str | Unset):
    """

    order_item_id: str
    seller_sku: str
    supply_source_id: None | str
    quantity: int
    order_item_status: str | Unset = UNSET
    quantity_shipped: int | Unset = UNSET
    is_buyer_requested_cancel: bool | Unset = UNSET
    item_earliest_delivery_date: str | Unset = UNSET
    item_latest_delivery_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_item_id = self.order_item_id

        seller_sku = self.seller_sku

        supply_source_id: None | str
        supply_source_id = self.supply_source_id

        quantity = self.quantity

        order_item_status = self.order_item_status

        quantity_shipped = self.quantity_shipped

        is_buyer_requested_cancel = self.is_buyer_requested_cancel

        item_earliest_delivery_date = self.item_earliest_delivery_date

        item_latest_delivery_date = self.item_latest_delivery_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OrderItemId": order_item_id,
                "SellerSKU": seller_sku,
                "SupplySourceId": supply_source_id,
                "Quantity": quantity,
            }
        )
        if order_item_status is not UNSET:
            field_dict["OrderItemStatus"] = order_item_status
        if quantity_shipped is not UNSET:
            field_dict["QuantityShipped"] = quantity_shipped
        if is_buyer_requested_cancel is not UNSET:
            field_dict["IsBuyerRequestedCancel"] = is_buyer_requested_cancel
        if item_earliest_delivery_date is not UNSET:
            field_dict["ItemEarliestDeliveryDate"] = item_earliest_delivery_date
        if item_latest_delivery_date is not UNSET:
            field_dict["ItemLatestDeliveryDate"] = item_latest_delivery_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_item_id = d.pop("OrderItemId")

        seller_sku = d.pop("SellerSKU")

        def _parse_supply_source_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        supply_source_id = _parse_supply_source_id(d.pop("SupplySourceId"))

        quantity = d.pop("Quantity")

        order_item_status = d.pop("OrderItemStatus", UNSET)

        quantity_shipped = d.pop("QuantityShipped", UNSET)

        is_buyer_requested_cancel = d.pop("IsBuyerRequestedCancel", UNSET)

        item_earliest_delivery_date = d.pop("ItemEarliestDeliveryDate", UNSET)

        item_latest_delivery_date = d.pop("ItemLatestDeliveryDate", UNSET)

        order_change_notification_payload_order_change_notification_summary_order_items_item = cls(
            order_item_id=order_item_id,
            seller_sku=seller_sku,
            supply_source_id=supply_source_id,
            quantity=quantity,
            order_item_status=order_item_status,
            quantity_shipped=quantity_shipped,
            is_buyer_requested_cancel=is_buyer_requested_cancel,
            item_earliest_delivery_date=item_earliest_delivery_date,
            item_latest_delivery_date=item_latest_delivery_date,
        )

        order_change_notification_payload_order_change_notification_summary_order_items_item.additional_properties = d
        return order_change_notification_payload_order_change_notification_summary_order_items_item

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="FulfillmentOrderItem")


@_attrs_define
class FulfillmentOrderItem:
    """
    Attributes:
        cancelled_quantity (int):
        quantity (int):
        seller_fulfillment_order_item_id (str):
        seller_sku (str):
        unfulfillable_quantity (int):
        displayable_comment (str | Unset):
        estimated_arrival_date (datetime.datetime | Unset):
        estimated_ship_date (datetime.datetime | Unset):
        fulfillment_network_sku (str | Unset):
        gift_message (str | Unset):
        order_item_disposition (str | Unset):
        per_unit_declared_value (Money | Unset):
        per_unit_price (Money | Unset):
        per_unit_tax (Money | Unset):
    """

    cancelled_quantity: int
    quantity: int
    seller_fulfillment_order_item_id: str
    seller_sku: str
    unfulfillable_quantity: int
    displayable_comment: str | Unset = UNSET
    estimated_arrival_date: datetime.datetime | Unset = UNSET
    estimated_ship_date: datetime.datetime | Unset = UNSET
    fulfillment_network_sku: str | Unset = UNSET
    gift_message: str | Unset = UNSET
    order_item_disposition: str | Unset = UNSET
    per_unit_declared_value: Money | Unset = UNSET
    per_unit_price: Money | Unset = UNSET
    per_unit_tax: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancelled_quantity = self.cancelled_quantity

        quantity = self.quantity

        seller_fulfillment_order_item_id = self.seller_fulfillment_order_item_id

        seller_sku = self.seller_sku

        unfulfillable_quantity = self.unfulfillable_quantity

        displayable_comment = self.displayable_comment

        estimated_arrival_date: str | Unset = UNSET
        if not isinstance(self.estimated_arrival_date, Unset):
            estimated_arrival_date = self.estimated_arrival_date.isoformat()

        estimated_ship_date: str | Unset = UNSET
        if not isinstance(self.estimated_ship_date, Unset):
            estimated_ship_date = self.estimated_ship_date.isoformat()

        fulfillment_network_sku = self.fulfillment_network_sku

        gift_message = self.gift_message

        order_item_disposition = self.order_item_disposition

        per_unit_declared_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_unit_declared_value, Unset):
            per_unit_declared_value = self.per_unit_declared_value.to_dict()

        per_unit_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_unit_price, Unset):
            per_unit_price = self.per_unit_price.to_dict()

        per_unit_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_unit_tax, Unset):
            per_unit_tax = self.per_unit_tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelledQuantity": cancelled_quantity,
                "quantity": quantity,
                "sellerFulfillmentOrderItemId": seller_fulfillment_order_item_id,
                "sellerSku": seller_sku,
                "unfulfillableQuantity": unfulfillable_quantity,
            }
        )
        if displayable_comment is not UNSET:
            field_dict["displayableComment"] = displayable_comment
        if estimated_arrival_date is not UNSET:
            field_dict["estimatedArrivalDate"] = estimated_arrival_date
        if estimated_ship_date is not UNSET:
            field_dict["estimatedShipDate"] = estimated_ship_date
        if fulfillment_network_sku is not UNSET:
            field_dict["fulfillmentNetworkSku"] = fulfillment_network_sku
        if gift_message is not UNSET:
            field_dict["giftMessage"] = gift_message
        if order_item_disposition is not UNSET:
            field_dict["orderItemDisposition"] = order_item_disposition
        if per_unit_declared_value is not UNSET:
            field_dict["perUnitDeclaredValue"] = per_unit_declared_value
        if per_unit_price is not UNSET:
            field_dict["perUnitPrice"] = per_unit_price
        if per_unit_tax is not UNSET:
            field_dict["perUnitTax"] = per_unit_tax

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        cancelled_quantity = d.pop("cancelledQuantity")

        quantity = d.pop("quantity")

        seller_fulfillment_order_item_id = d.pop("sellerFulfillmentOrderItemId")

        seller_sku = d.pop("sellerSku")

        unfulfillable_quantity = d.pop("unfulfillableQuantity")

        displayable_comment = d.pop("displayableComment", UNSET)

        _estimated_arrival_date = d.pop("estimatedArrivalDate", UNSET)
        estimated_arrival_date: datetime.datetime | Unset
        if isinstance(_estimated_arrival_date, Unset):
            estimated_arrival_date = UNSET
        else:
            estimated_arrival_date = datetime.datetime.fromisoformat(
                _estimated_arrival_date
            )

        _estimated_ship_date = d.pop("estimatedShipDate", UNSET)
        estimated_ship_date: datetime.datetime | Unset
        if isinstance(_estimated_ship_date, Unset):
            estimated_ship_date = UNSET
        else:
            estimated_ship_date = datetime.datetime.fromisoformat(_estimated_ship_date)

        fulfillment_network_sku = d.pop("fulfillmentNetworkSku", UNSET)

        gift_message = d.pop("giftMessage", UNSET)

        order_item_disposition = d.pop("orderItemDisposition", UNSET)

        _per_unit_declared_value = d.pop("perUnitDeclaredValue", UNSET)
        per_unit_declared_value: Money | Unset
        if isinstance(_per_unit_declared_value, Unset):
            per_unit_declared_value = UNSET
        else:
            per_unit_declared_value = Money.from_dict(_per_unit_declared_value)

        _per_unit_price = d.pop("perUnitPrice", UNSET)
        per_unit_price: Money | Unset
        if isinstance(_per_unit_price, Unset):
            per_unit_price = UNSET
        else:
            per_unit_price = Money.from_dict(_per_unit_price)

        _per_unit_tax = d.pop("perUnitTax", UNSET)
        per_unit_tax: Money | Unset
        if isinstance(_per_unit_tax, Unset):
            per_unit_tax = UNSET
        else:
            per_unit_tax = Money.from_dict(_per_unit_tax)

        fulfillment_order_item = cls(
            cancelled_quantity=cancelled_quantity,
            quantity=quantity,
            seller_fulfillment_order_item_id=seller_fulfillment_order_item_id,
            seller_sku=seller_sku,
            unfulfillable_quantity=unfulfillable_quantity,
            displayable_comment=displayable_comment,
            estimated_arrival_date=estimated_arrival_date,
            estimated_ship_date=estimated_ship_date,
            fulfillment_network_sku=fulfillment_network_sku,
            gift_message=gift_message,
            order_item_disposition=order_item_disposition,
            per_unit_declared_value=per_unit_declared_value,
            per_unit_price=per_unit_price,
            per_unit_tax=per_unit_tax,
        )

        fulfillment_order_item.additional_properties = d
        return fulfillment_order_item

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

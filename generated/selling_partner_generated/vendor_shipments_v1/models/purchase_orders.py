from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.purchase_order_items import PurchaseOrderItems


T = TypeVar("T", bound="PurchaseOrders")


@_attrs_define
class PurchaseOrders:
    """
    Attributes:
        items (list[PurchaseOrderItems] | Unset):
        purchase_order_date (datetime.datetime | Unset):
        purchase_order_number (str | Unset):
        ship_window (str | Unset):
    """

    items: list[PurchaseOrderItems] | Unset = UNSET
    purchase_order_date: datetime.datetime | Unset = UNSET
    purchase_order_number: str | Unset = UNSET
    ship_window: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        purchase_order_date: str | Unset = UNSET
        if not isinstance(self.purchase_order_date, Unset):
            purchase_order_date = self.purchase_order_date.isoformat()

        purchase_order_number = self.purchase_order_number

        ship_window = self.ship_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if purchase_order_date is not UNSET:
            field_dict["purchaseOrderDate"] = purchase_order_date
        if purchase_order_number is not UNSET:
            field_dict["purchaseOrderNumber"] = purchase_order_number
        if ship_window is not UNSET:
            field_dict["shipWindow"] = ship_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.purchase_order_items import PurchaseOrderItems

        d = dict(src_dict)
        _items = d.pop("items", UNSET)
        items: list[PurchaseOrderItems] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = PurchaseOrderItems.from_dict(items_item_data)

                items.append(items_item)

        _purchase_order_date = d.pop("purchaseOrderDate", UNSET)
        purchase_order_date: datetime.datetime | Unset
        if isinstance(_purchase_order_date, Unset):
            purchase_order_date = UNSET
        else:
            purchase_order_date = datetime.datetime.fromisoformat(_purchase_order_date)

        purchase_order_number = d.pop("purchaseOrderNumber", UNSET)

        ship_window = d.pop("shipWindow", UNSET)

        purchase_orders = cls(
            items=items,
            purchase_order_date=purchase_order_date,
            purchase_order_number=purchase_order_number,
            ship_window=ship_window,
        )

        purchase_orders.additional_properties = d
        return purchase_orders

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

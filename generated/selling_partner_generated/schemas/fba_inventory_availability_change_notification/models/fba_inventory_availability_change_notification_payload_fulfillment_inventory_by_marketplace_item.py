from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory,
    )


T = TypeVar(
    "T",
    bound="FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem",
)


@_attrs_define
class FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem:
    """
    Attributes:
        marketplace_id (str):
        item_name (str):
        fulfillment_inventory
            (FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory):
        stores (list[Any] | Unset):
    """

    marketplace_id: str
    item_name: str
    fulfillment_inventory: FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory
    stores: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_id = self.marketplace_id

        item_name = self.item_name

        fulfillment_inventory = self.fulfillment_inventory.to_dict()

        stores: list[Any] | Unset = UNSET
        if not isinstance(self.stores, Unset):
            stores = self.stores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MarketplaceId": marketplace_id,
                "ItemName": item_name,
                "FulfillmentInventory": fulfillment_inventory,
            }
        )
        if stores is not UNSET:
            field_dict["Stores"] = stores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory import (
            FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory,
        )

        d = dict(src_dict)
        marketplace_id = d.pop("MarketplaceId")

        item_name = d.pop("ItemName")

        fulfillment_inventory = FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory.from_dict(
            d.pop("FulfillmentInventory")
        )

        stores = cast(list[Any], d.pop("Stores", UNSET))

        fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item = cls(
            marketplace_id=marketplace_id,
            item_name=item_name,
            fulfillment_inventory=fulfillment_inventory,
            stores=stores,
        )

        fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item.additional_properties = d
        return fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item

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

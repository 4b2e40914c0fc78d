"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fba_inventory_availability_change_notification import (
        FbaInventoryAvailabilityChangeNotification,
    )
    from .fba_inventory_availability_change_notification_payload import (
        FbaInventoryAvailabilityChangeNotificationPayload,
    )
    from .fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem,
    )
    from .fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory,
    )
    from .fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_inbound_quantity_breakdown import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown,
    )
    from .fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_reserved_quantity_breakdown import (
        FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryReservedQuantityBreakdown,
    )

_MODULES: dict[str, str] = {
    "FbaInventoryAvailabilityChangeNotification": ".fba_inventory_availability_change_notification",
    "FbaInventoryAvailabilityChangeNotificationPayload": ".fba_inventory_availability_change_notification_payload",
    "FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem": ".fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item",
    "FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory": ".fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory",
    "FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown": ".fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_inbound_quantity_breakdown",
    "FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryReservedQuantityBreakdown": ".fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_reserved_quantity_breakdown",
}

__all__ = (
    "FbaInventoryAvailabilityChangeNotification",
    "FbaInventoryAvailabilityChangeNotificationPayload",
    "FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItem",
    "FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventory",
    "FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown",
    "FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryReservedQuantityBreakdown",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

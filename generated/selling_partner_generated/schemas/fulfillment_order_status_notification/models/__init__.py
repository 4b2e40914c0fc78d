"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fulfillment_order_status_notification import (
        FulfillmentOrderStatusNotification,
    )
    from .fulfillment_order_status_notification_notification_metadata import (
        FulfillmentOrderStatusNotificationNotificationMetadata,
    )
    from .fulfillment_order_status_notification_payload import (
        FulfillmentOrderStatusNotificationPayload,
    )
    from .fulfillment_order_status_notification_payload_fulfillment_order_status_notification import (
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotification,
    )
    from .fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_return_item import (
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem,
    )
    from .fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment import (
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment,
    )
    from .fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment_fulfillment_shipment_packages_item_type_0 import (
        FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0,
    )

_MODULES: dict[str, str] = {
    "FulfillmentOrderStatusNotification": ".fulfillment_order_status_notification",
    "FulfillmentOrderStatusNotificationNotificationMetadata": ".fulfillment_order_status_notification_notification_metadata",
    "FulfillmentOrderStatusNotificationPayload": ".fulfillment_order_status_notification_payload",
    "FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotification": ".fulfillment_order_status_notification_payload_fulfillment_order_status_notification",
    "FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem": ".fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_return_item",
    "FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment": ".fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment",
    "FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0": ".fulfillment_order_status_notification_payload_fulfillment_order_status_notification_fulfillment_shipment_fulfillment_shipment_packages_item_type_0",
}

__all__ = (
    "FulfillmentOrderStatusNotification",
    "FulfillmentOrderStatusNotificationNotificationMetadata",
    "FulfillmentOrderStatusNotificationPayload",
    "FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotification",
    "FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentReturnItem",
    "FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipment",
    "FulfillmentOrderStatusNotificationPayloadFulfillmentOrderStatusNotificationFulfillmentShipmentFulfillmentShipmentPackagesItemType0",
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

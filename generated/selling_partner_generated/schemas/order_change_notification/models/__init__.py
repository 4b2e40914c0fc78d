"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .order_change_notification import OrderChangeNotification
    from .order_change_notification_notification_metadata import (
        OrderChangeNotificationNotificationMetadata,
    )
    from .order_change_notification_payload import OrderChangeNotificationPayload
    from .order_change_notification_payload_order_change_notification import (
        OrderChangeNotificationPayloadOrderChangeNotification,
    )
    from .order_change_notification_payload_order_change_notification_order_change_trigger import (
        OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger,
    )
    from .order_change_notification_payload_order_change_notification_summary import (
        OrderChangeNotificationPayloadOrderChangeNotificationSummary,
    )
    from .order_change_notification_payload_order_change_notification_summary_order_items_item import (
        OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem,
    )

_MODULES: dict[str, str] = {
    "OrderChangeNotification": ".order_change_notification",
    "OrderChangeNotificationNotificationMetadata": ".order_change_notification_notification_metadata",
    "OrderChangeNotificationPayload": ".order_change_notification_payload",
    "OrderChangeNotificationPayloadOrderChangeNotification": ".order_change_notification_payload_order_change_notification",
    "OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger": ".order_change_notification_payload_order_change_notification_order_change_trigger",
    "OrderChangeNotificationPayloadOrderChangeNotificationSummary": ".order_change_notification_payload_order_change_notification_summary",
    "OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem": ".order_change_notification_payload_order_change_notification_summary_order_items_item",
}

__all__ = (
    "OrderChangeNotification",
    "OrderChangeNotificationNotificationMetadata",
    "OrderChangeNotificationPayload",
    "OrderChangeNotificationPayloadOrderChangeNotification",
    "OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger",
    "OrderChangeNotificationPayloadOrderChangeNotificationSummary",
    "OrderChangeNotificationPayloadOrderChangeNotificationSummaryOrderItemsItem",
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

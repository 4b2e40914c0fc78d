"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .listings_item_status_change_notification import (
        ListingsItemStatusChangeNotification,
    )
    from .listings_item_status_change_notification_notification_metadata import (
        ListingsItemStatusChangeNotificationNotificationMetadata,
    )
    from .listings_item_status_change_notification_payload import (
        ListingsItemStatusChangeNotificationPayload,
    )

_MODULES: dict[str, str] = {
    "ListingsItemStatusChangeNotification": ".listings_item_status_change_notification",
    "ListingsItemStatusChangeNotificationNotificationMetadata": ".listings_item_status_change_notification_notification_metadata",
    "ListingsItemStatusChangeNotificationPayload": ".listings_item_status_change_notification_payload",
}

__all__ = (
    "ListingsItemStatusChangeNotification",
    "ListingsItemStatusChangeNotificationNotificationMetadata",
    "ListingsItemStatusChangeNotificationPayload",
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

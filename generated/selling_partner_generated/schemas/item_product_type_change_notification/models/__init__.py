"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .item_product_type_change_notification import ItemProductTypeChangeNotification
    from .item_product_type_change_notification_notification_metadata import (
        ItemProductTypeChangeNotificationNotificationMetadata,
    )
    from .item_product_type_change_notification_payload import (
        ItemProductTypeChangeNotificationPayload,
    )

_MODULES: dict[str, str] = {
    "ItemProductTypeChangeNotification": ".item_product_type_change_notification",
    "ItemProductTypeChangeNotificationNotificationMetadata": ".item_product_type_change_notification_notification_metadata",
    "ItemProductTypeChangeNotificationPayload": ".item_product_type_change_notification_payload",
}

__all__ = (
    "ItemProductTypeChangeNotification",
    "ItemProductTypeChangeNotificationNotificationMetadata",
    "ItemProductTypeChangeNotificationPayload",
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

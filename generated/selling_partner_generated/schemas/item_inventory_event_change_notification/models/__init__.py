"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .item_inventory_event_change import ItemInventoryEventChange
    from .item_inventory_event_change_notification import (
        ItemInventoryEventChangeNotification,
    )
    from .notification_metadata import NotificationMetadata
    from .payload import Payload

_MODULES: dict[str, str] = {
    "ItemInventoryEventChange": ".item_inventory_event_change",
    "ItemInventoryEventChangeNotification": ".item_inventory_event_change_notification",
    "NotificationMetadata": ".notification_metadata",
    "Payload": ".payload",
}

__all__ = (
    "ItemInventoryEventChange",
    "ItemInventoryEventChangeNotification",
    "NotificationMetadata",
    "Payload",
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

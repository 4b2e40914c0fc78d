"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .item_sales_event_change import ItemSalesEventChange
    from .item_sales_event_change_notification import ItemSalesEventChangeNotification
    from .notification_metadata import NotificationMetadata
    from .payload import Payload

_MODULES: dict[str, str] = {
    "ItemSalesEventChange": ".item_sales_event_change",
    "ItemSalesEventChangeNotification": ".item_sales_event_change_notification",
    "NotificationMetadata": ".notification_metadata",
    "Payload": ".payload",
}

__all__ = (
    "ItemSalesEventChange",
    "ItemSalesEventChangeNotification",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .branded_item_content_change_notification import (
        BrandedItemContentChangeNotification,
    )
    from .branded_item_content_change_notification_notification_metadata import (
        BrandedItemContentChangeNotificationNotificationMetadata,
    )
    from .branded_item_content_change_notification_payload import (
        BrandedItemContentChangeNotificationPayload,
    )

_MODULES: dict[str, str] = {
    "BrandedItemContentChangeNotification": ".branded_item_content_change_notification",
    "BrandedItemContentChangeNotificationNotificationMetadata": ".branded_item_content_change_notification_notification_metadata",
    "BrandedItemContentChangeNotificationPayload": ".branded_item_content_change_notification_payload",
}

__all__ = (
    "BrandedItemContentChangeNotification",
    "BrandedItemContentChangeNotificationNotificationMetadata",
    "BrandedItemContentChangeNotificationPayload",
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

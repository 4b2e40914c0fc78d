"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .product_type_definitions_change_notification import (
        ProductTypeDefinitionsChangeNotification,
    )
    from .product_type_definitions_change_notification_notification_metadata import (
        ProductTypeDefinitionsChangeNotificationNotificationMetadata,
    )
    from .product_type_definitions_change_notification_payload import (
        ProductTypeDefinitionsChangeNotificationPayload,
    )

_MODULES: dict[str, str] = {
    "ProductTypeDefinitionsChangeNotification": ".product_type_definitions_change_notification",
    "ProductTypeDefinitionsChangeNotificationNotificationMetadata": ".product_type_definitions_change_notification_notification_metadata",
    "ProductTypeDefinitionsChangeNotificationPayload": ".product_type_definitions_change_notification_payload",
}

__all__ = (
    "ProductTypeDefinitionsChangeNotification",
    "ProductTypeDefinitionsChangeNotificationNotificationMetadata",
    "ProductTypeDefinitionsChangeNotificationPayload",
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

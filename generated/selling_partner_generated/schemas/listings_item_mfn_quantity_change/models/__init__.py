"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .listings_item_mfn_quantity_change import ListingsItemMfnQuantityChange
    from .listings_item_mfn_quantity_change_notification_metadata import (
        ListingsItemMfnQuantityChangeNotificationMetadata,
    )
    from .listings_item_mfn_quantity_change_payload import (
        ListingsItemMfnQuantityChangePayload,
    )

_MODULES: dict[str, str] = {
    "ListingsItemMfnQuantityChange": ".listings_item_mfn_quantity_change",
    "ListingsItemMfnQuantityChangeNotificationMetadata": ".listings_item_mfn_quantity_change_notification_metadata",
    "ListingsItemMfnQuantityChangePayload": ".listings_item_mfn_quantity_change_payload",
}

__all__ = (
    "ListingsItemMfnQuantityChange",
    "ListingsItemMfnQuantityChangeNotificationMetadata",
    "ListingsItemMfnQuantityChangePayload",
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

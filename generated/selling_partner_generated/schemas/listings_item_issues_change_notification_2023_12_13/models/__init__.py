"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .listings_item_issues_change_notification_20231213 import (
        ListingsItemIssuesChangeNotification20231213,
    )
    from .listings_item_issues_change_notification_20231213_notification_metadata import (
        ListingsItemIssuesChangeNotification20231213NotificationMetadata,
    )
    from .listings_item_issues_change_notification_20231213_payload import (
        ListingsItemIssuesChangeNotification20231213Payload,
    )

_MODULES: dict[str, str] = {
    "ListingsItemIssuesChangeNotification20231213": ".listings_item_issues_change_notification_20231213",
    "ListingsItemIssuesChangeNotification20231213NotificationMetadata": ".listings_item_issues_change_notification_20231213_notification_metadata",
    "ListingsItemIssuesChangeNotification20231213Payload": ".listings_item_issues_change_notification_20231213_payload",
}

__all__ = (
    "ListingsItemIssuesChangeNotification20231213",
    "ListingsItemIssuesChangeNotification20231213NotificationMetadata",
    "ListingsItemIssuesChangeNotification20231213Payload",
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

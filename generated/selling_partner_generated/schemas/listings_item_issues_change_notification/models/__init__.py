"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .listings_item_issues_change_notification import (
        ListingsItemIssuesChangeNotification,
    )
    from .listings_item_issues_change_notification_notification_metadata import (
        ListingsItemIssuesChangeNotificationNotificationMetadata,
    )
    from .listings_item_issues_change_notification_payload import (
        ListingsItemIssuesChangeNotificationPayload,
    )

_MODULES: dict[str, str] = {
    "ListingsItemIssuesChangeNotification": ".listings_item_issues_change_notification",
    "ListingsItemIssuesChangeNotificationNotificationMetadata": ".listings_item_issues_change_notification_notification_metadata",
    "ListingsItemIssuesChangeNotificationPayload": ".listings_item_issues_change_notification_payload",
}

__all__ = (
    "ListingsItemIssuesChangeNotification",
    "ListingsItemIssuesChangeNotificationNotificationMetadata",
    "ListingsItemIssuesChangeNotificationPayload",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .detail_page_traffic_event import DetailPageTrafficEvent
    from .detail_page_traffic_event_notification import (
        DetailPageTrafficEventNotification,
    )
    from .notification_metadata import NotificationMetadata
    from .payload import Payload

_MODULES: dict[str, str] = {
    "DetailPageTrafficEvent": ".detail_page_traffic_event",
    "DetailPageTrafficEventNotification": ".detail_page_traffic_event_notification",
    "NotificationMetadata": ".notification_metadata",
    "Payload": ".payload",
}

__all__ = (
    "DetailPageTrafficEvent",
    "DetailPageTrafficEventNotification",
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

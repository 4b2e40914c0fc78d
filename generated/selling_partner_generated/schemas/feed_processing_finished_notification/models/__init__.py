"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .feed_processing_finished_notification import (
        FeedProcessingFinishedNotification,
    )
    from .feed_processing_finished_notification_notification_metadata import (
        FeedProcessingFinishedNotificationNotificationMetadata,
    )
    from .feed_processing_finished_notification_payload import (
        FeedProcessingFinishedNotificationPayload,
    )
    from .feed_processing_finished_notification_payload_feed_processing_finished_notification import (
        FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification,
    )

_MODULES: dict[str, str] = {
    "FeedProcessingFinishedNotification": ".feed_processing_finished_notification",
    "FeedProcessingFinishedNotificationNotificationMetadata": ".feed_processing_finished_notification_notification_metadata",
    "FeedProcessingFinishedNotificationPayload": ".feed_processing_finished_notification_payload",
    "FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification": ".feed_processing_finished_notification_payload_feed_processing_finished_notification",
}

__all__ = (
    "FeedProcessingFinishedNotification",
    "FeedProcessingFinishedNotificationNotificationMetadata",
    "FeedProcessingFinishedNotificationPayload",
    "FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification",
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

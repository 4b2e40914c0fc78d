"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .data_kiosk_query_processing_finished_notification import (
        DataKioskQueryProcessingFinishedNotification,
    )
    from .data_kiosk_query_processing_finished_notification_notification_metadata import (
        DataKioskQueryProcessingFinishedNotificationNotificationMetadata,
    )
    from .data_kiosk_query_processing_finished_notification_payload import (
        DataKioskQueryProcessingFinishedNotificationPayload,
    )
    from .data_kiosk_query_processing_finished_notification_payload_pagination import (
        DataKioskQueryProcessingFinishedNotificationPayloadPagination,
    )

_MODULES: dict[str, str] = {
    "DataKioskQueryProcessingFinishedNotification": ".data_kiosk_query_processing_finished_notification",
    "DataKioskQueryProcessingFinishedNotificationNotificationMetadata": ".data_kiosk_query_processing_finished_notification_notification_metadata",
    "DataKioskQueryProcessingFinishedNotificationPayload": ".data_kiosk_query_processing_finished_notification_payload",
    "DataKioskQueryProcessingFinishedNotificationPayloadPagination": ".data_kiosk_query_processing_finished_notification_payload_pagination",
}

__all__ = (
    "DataKioskQueryProcessingFinishedNotification",
    "DataKioskQueryProcessingFinishedNotificationNotificationMetadata",
    "DataKioskQueryProcessingFinishedNotificationPayload",
    "DataKioskQueryProcessingFinishedNotificationPayloadPagination",
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

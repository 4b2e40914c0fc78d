"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .report_processing_finished_notification import (
        ReportProcessingFinishedNotification,
    )
    from .report_processing_finished_notification_notification_metadata import (
        ReportProcessingFinishedNotificationNotificationMetadata,
    )
    from .report_processing_finished_notification_payload import (
        ReportProcessingFinishedNotificationPayload,
    )
    from .report_processing_finished_notification_payload_report_processing_finished_notification import (
        ReportProcessingFinishedNotificationPayloadReportProcessingFinishedNotification,
    )

_MODULES: dict[str, str] = {
    "ReportProcessingFinishedNotification": ".report_processing_finished_notification",
    "ReportProcessingFinishedNotificationNotificationMetadata": ".report_processing_finished_notification_notification_metadata",
    "ReportProcessingFinishedNotificationPayload": ".report_processing_finished_notification_payload",
    "ReportProcessingFinishedNotificationPayloadReportProcessingFinishedNotification": ".report_processing_finished_notification_payload_report_processing_finished_notification",
}

__all__ = (
    "ReportProcessingFinishedNotification",
    "ReportProcessingFinishedNotificationNotificationMetadata",
    "ReportProcessingFinishedNotificationPayload",
    "ReportProcessingFinishedNotificationPayloadReportProcessingFinishedNotification",
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

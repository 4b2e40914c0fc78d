"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_notification_request import CreateNotificationRequest
    from .create_notification_response import CreateNotificationResponse
    from .delete_notifications_request import DeleteNotificationsRequest
    from .delete_notifications_request_deletion_reason import (
        DeleteNotificationsRequestDeletionReason,
    )
    from .error import Error
    from .error_list import ErrorList
    from .notification_parameters import NotificationParameters
    from .record_action_feedback_request import RecordActionFeedbackRequest
    from .record_action_feedback_request_feedback_action_code import (
        RecordActionFeedbackRequestFeedbackActionCode,
    )

_MODULES: dict[str, str] = {
    "CreateNotificationRequest": ".create_notification_request",
    "CreateNotificationResponse": ".create_notification_response",
    "DeleteNotificationsRequest": ".delete_notifications_request",
    "DeleteNotificationsRequestDeletionReason": ".delete_notifications_request_deletion_reason",
    "Error": ".error",
    "ErrorList": ".error_list",
    "NotificationParameters": ".notification_parameters",
    "RecordActionFeedbackRequest": ".record_action_feedback_request",
    "RecordActionFeedbackRequestFeedbackActionCode": ".record_action_feedback_request_feedback_action_code",
}

__all__ = (
    "CreateNotificationRequest",
    "CreateNotificationResponse",
    "DeleteNotificationsRequest",
    "DeleteNotificationsRequestDeletionReason",
    "Error",
    "ErrorList",
    "NotificationParameters",
    "RecordActionFeedbackRequest",
    "RecordActionFeedbackRequestFeedbackActionCode",
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

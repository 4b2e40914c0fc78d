"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .transaction_update_notification import TransactionUpdateNotification
    from .transaction_update_notification_notification_metadata import (
        TransactionUpdateNotificationNotificationMetadata,
    )
    from .transaction_update_notification_payload import (
        TransactionUpdateNotificationPayload,
    )
    from .transaction_update_notification_payload_transaction_update_notification import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotification,
    )
    from .transaction_update_notification_payload_transaction_update_notification_related_identifiers_item import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem,
    )
    from .transaction_update_notification_payload_transaction_update_notification_selling_partner_metadata import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata,
    )
    from .transaction_update_notification_payload_transaction_update_notification_total_amount import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount,
    )

_MODULES: dict[str, str] = {
    "TransactionUpdateNotification": ".transaction_update_notification",
    "TransactionUpdateNotificationNotificationMetadata": ".transaction_update_notification_notification_metadata",
    "TransactionUpdateNotificationPayload": ".transaction_update_notification_payload",
    "TransactionUpdateNotificationPayloadTransactionUpdateNotification": ".transaction_update_notification_payload_transaction_update_notification",
    "TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem": ".transaction_update_notification_payload_transaction_update_notification_related_identifiers_item",
    "TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata": ".transaction_update_notification_payload_transaction_update_notification_selling_partner_metadata",
    "TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount": ".transaction_update_notification_payload_transaction_update_notification_total_amount",
}

__all__ = (
    "TransactionUpdateNotification",
    "TransactionUpdateNotificationNotificationMetadata",
    "TransactionUpdateNotificationPayload",
    "TransactionUpdateNotificationPayloadTransactionUpdateNotification",
    "TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem",
    "TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata",
    "TransactionUpdateNotificationPayloadTransactionUpdateNotificationTotalAmount",
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

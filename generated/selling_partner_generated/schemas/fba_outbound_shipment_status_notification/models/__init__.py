"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .fba_outbound_shipment_status_notification import (
        FbaOutboundShipmentStatusNotification,
    )
    from .fba_outbound_shipment_status_notification_notification_metadata import (
        FbaOutboundShipmentStatusNotificationNotificationMetadata,
    )
    from .fba_outbound_shipment_status_notification_payload import (
        FbaOutboundShipmentStatusNotificationPayload,
    )
    from .fba_outbound_shipment_status_notification_payload_fba_outbound_shipment_status_notification import (
        FbaOutboundShipmentStatusNotificationPayloadFBAOutboundShipmentStatusNotification,
    )

_MODULES: dict[str, str] = {
    "FbaOutboundShipmentStatusNotification": ".fba_outbound_shipment_status_notification",
    "FbaOutboundShipmentStatusNotificationNotificationMetadata": ".fba_outbound_shipment_status_notification_notification_metadata",
    "FbaOutboundShipmentStatusNotificationPayload": ".fba_outbound_shipment_status_notification_payload",
    "FbaOutboundShipmentStatusNotificationPayloadFBAOutboundShipmentStatusNotification": ".fba_outbound_shipment_status_notification_payload_fba_outbound_shipment_status_notification",
}

__all__ = (
    "FbaOutboundShipmentStatusNotification",
    "FbaOutboundShipmentStatusNotificationNotificationMetadata",
    "FbaOutboundShipmentStatusNotificationPayload",
    "FbaOutboundShipmentStatusNotificationPayloadFBAOutboundShipmentStatusNotification",
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

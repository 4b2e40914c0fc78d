"""A client library for accessing fba_outbound_shipment_status_notification"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

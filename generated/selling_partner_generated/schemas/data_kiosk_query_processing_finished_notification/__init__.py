"""A client library for accessing data_kiosk_query_processing_finished_notification"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing fba_inventory_availability_change_notification"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Selling Partner API shipment_invoicing_v0"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Selling Partner API fulfillment_inbound_v0"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

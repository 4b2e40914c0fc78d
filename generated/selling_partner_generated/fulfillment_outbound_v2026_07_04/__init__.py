"""A client library for accessing Selling Partner API fulfillment_outbound_v2026_07_04"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

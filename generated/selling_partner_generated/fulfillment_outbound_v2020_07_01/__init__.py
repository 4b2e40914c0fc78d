"""A client library for accessing Selling Partner API fulfillment_outbound_v2020_07_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

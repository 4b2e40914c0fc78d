"""A client library for accessing Selling Partner API vendor_direct_fulfillment_orders_v1"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Selling Partner API vendor_direct_fulfillment_shipping_v2021_12_28"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Selling Partner API vendor_direct_fulfillment_sandbox_data_v2021_10_28"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

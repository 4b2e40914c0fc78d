"""A client library for accessing Selling Partner API vendor_transaction_status_v1"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Selling Partner API invoices_v2024_06_19"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

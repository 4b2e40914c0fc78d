"""A client library for accessing Selling Partner API orders_v2026_01_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

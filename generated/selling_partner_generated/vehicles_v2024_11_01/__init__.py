"""A client library for accessing Selling Partner API vehicles_v2024_11_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

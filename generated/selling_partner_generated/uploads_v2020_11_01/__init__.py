"""A client library for accessing Selling Partner API uploads_v2020_11_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

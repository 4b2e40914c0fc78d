"""A client library for accessing Selling Partner API replenishment_v2022_11_07"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

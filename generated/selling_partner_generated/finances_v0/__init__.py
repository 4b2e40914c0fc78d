"""A client library for accessing Selling Partner API finances_v0"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Selling Partner API external_fulfillment_returns_v2024_09_11"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Selling Partner API seller_wallet_v2024_03_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

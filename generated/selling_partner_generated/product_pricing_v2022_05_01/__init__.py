"""A client library for accessing Selling Partner API product_pricing_v2022_05_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

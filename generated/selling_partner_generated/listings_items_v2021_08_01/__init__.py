"""A client library for accessing Selling Partner API listings_items_v2021_08_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

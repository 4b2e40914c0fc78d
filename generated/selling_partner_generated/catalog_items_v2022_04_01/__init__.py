"""A client library for accessing Selling Partner API catalog_items_v2022_04_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Selling Partner API supply_sources_v2020_07_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Selling Partner API easy_ship_v2022_03_23"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

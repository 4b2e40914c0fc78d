"""A client library for accessing Selling Partner API tokens_v2021_03_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

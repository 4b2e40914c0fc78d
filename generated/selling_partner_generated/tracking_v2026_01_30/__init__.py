"""A client library for accessing Selling Partner API tracking_v2026_01_30"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

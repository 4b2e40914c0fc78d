"""A client library for accessing Selling Partner API app_integrations_v2024_04_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

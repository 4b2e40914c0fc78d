"""A client library for accessing Selling Partner API application_management_v2023_11_30"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

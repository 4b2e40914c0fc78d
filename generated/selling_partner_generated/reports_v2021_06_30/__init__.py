"""A client library for accessing Selling Partner API reports_v2021_06_30"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

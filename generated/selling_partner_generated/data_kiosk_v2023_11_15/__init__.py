"""A client library for accessing Selling Partner API data_kiosk_v2023_11_15"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

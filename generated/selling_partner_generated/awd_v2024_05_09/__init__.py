"""A client library for accessing Selling Partner API awd_v2024_05_09"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

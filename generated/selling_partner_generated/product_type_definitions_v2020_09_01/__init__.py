"""A client library for accessing Selling Partner API product_type_definitions_v2020_09_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

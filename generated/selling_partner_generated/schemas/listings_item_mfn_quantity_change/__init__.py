"""A client library for accessing listings_item_mfn_quantity_change"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

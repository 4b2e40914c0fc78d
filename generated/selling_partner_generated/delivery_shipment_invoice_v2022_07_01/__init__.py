"""A client library for accessing Selling Partner API delivery_shipment_invoice_v2022_07_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

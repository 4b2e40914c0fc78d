"""A client library for accessing Selling Partner API finances_invoices_v2026_06_25"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""A client library for accessing Selling Partner API fba_inbound_eligibility_v1"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

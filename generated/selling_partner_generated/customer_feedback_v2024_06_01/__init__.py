"""A client library for accessing Selling Partner API customer_feedback_v2024_06_01"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

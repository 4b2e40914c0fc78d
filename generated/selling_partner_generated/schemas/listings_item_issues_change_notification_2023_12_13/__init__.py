"""A client library for accessing listings_item_issues_change_notification_2023_12_13"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

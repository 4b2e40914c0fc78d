"""A client library for accessing listings_feed_processing_report_schema_v2"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

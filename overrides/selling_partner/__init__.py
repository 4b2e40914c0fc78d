"""selling_partner: a Python client for Amazon's Selling Partner API.

::

    from selling_partner import SellingPartner, Region

    with SellingPartner(client_id=..., client_secret=..., refresh_token=...,
                        region=Region.NA) as sp:
        t = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)

Importing this package is cheap and has no side effects: the client, httpx and
the generated API packages load on first use of a name that needs them.
Logging goes to ``logging.getLogger("selling_partner")`` (no handlers added).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import (
    ApiError,
    AuthError,
    ClientError,
    ConfigurationError,
    ErrorDetail,
    InvalidArgumentError,
    MissingFieldError,
    NotFoundError,
    OutcomeUnknownError,
    ResponseParseError,
    RetiredOperationError,
    SellingPartnerError,
    ServerError,
    ThrottledError,
    TransportError,
)
from ._version import __version__

if TYPE_CHECKING:
    from ._aiohttp import AiohttpTransport
    from ._client import DEFAULT_TIMEOUT, AsyncSellingPartner, SellingPartner
    from ._credentials import Credentials
    from ._data_kiosk import AsyncDataKiosk, DataKiosk
    from ._documents import (
        AsyncDocuments,
        DocumentError,
        DocumentInfo,
        Documents,
        DocumentTooLargeError,
        DocumentUrlExpiredError,
    )
    from ._feeds import AsyncFeeds, Feeds
    from ._jobs import (
        JobCancelledError,
        JobError,
        JobFailedError,
        JobTimeoutError,
        Progress,
        WaitPolicy,
    )
    from ._listings_feed import ListingsFeed, Patch
    from ._notifications import (
        DedupeStore,
        InMemoryDedupeStore,
        Notification,
        NotificationDeduplicator,
        parse_notification,
    )
    from ._ratelimit import AsyncBucketStore, BucketStore, InMemoryBucketStore
    from ._redis_buckets import AsyncRedisBucketStore, RedisBucketStore
    from ._redis_tokens import AsyncRedisTokenCache, RedisTokenCache
    from ._regions import Marketplace, Region
    from ._reports import AsyncReports, Reports
    from ._response import ApiResponse
    from ._results import FeedResult, QueryResult, ReportResult
    from ._retry import RetryPolicy
    from ._stdlib_http import HttpClientTransport
    from ._subscriptions import AsyncSubscriptions, SubscriptionInfo, Subscriptions
    from ._token_cache import (
        AsyncSharedTokenCache,
        AsyncTokenCache,
        CachedToken,
        InMemoryTokenCache,
        SharedTokenCache,
        TokenCache,
    )
    from ._tolerant import Deviation

__all__ = [
    "DEFAULT_TIMEOUT",
    "AiohttpTransport",
    "ApiError",
    "ApiResponse",
    "AsyncBucketStore",
    "AsyncDataKiosk",
    "AsyncDocuments",
    "AsyncFeeds",
    "AsyncRedisBucketStore",
    "AsyncRedisTokenCache",
    "AsyncReports",
    "AsyncSellingPartner",
    "AsyncSharedTokenCache",
    "AsyncSubscriptions",
    "AsyncTokenCache",
    "AuthError",
    "BucketStore",
    "CachedToken",
    "ClientError",
    "ConfigurationError",
    "Credentials",
    "DataKiosk",
    "DedupeStore",
    "Deviation",
    "DocumentError",
    "DocumentInfo",
    "DocumentTooLargeError",
    "DocumentUrlExpiredError",
    "Documents",
    "ErrorDetail",
    "FeedResult",
    "Feeds",
    "HttpClientTransport",
    "InMemoryBucketStore",
    "InMemoryDedupeStore",
    "InMemoryTokenCache",
    "InvalidArgumentError",
    "JobCancelledError",
    "JobError",
    "JobFailedError",
    "JobTimeoutError",
    "ListingsFeed",
    "Marketplace",
    "MissingFieldError",
    "NotFoundError",
    "Notification",
    "NotificationDeduplicator",
    "OutcomeUnknownError",
    "Patch",
    "Progress",
    "QueryResult",
    "RedisBucketStore",
    "RedisTokenCache",
    "Region",
    "ReportResult",
    "Reports",
    "ResponseParseError",
    "RetiredOperationError",
    "RetryPolicy",
    "SellingPartner",
    "SellingPartnerError",
    "ServerError",
    "SharedTokenCache",
    "SubscriptionInfo",
    "Subscriptions",
    "ThrottledError",
    "TokenCache",
    "TransportError",
    "WaitPolicy",
    "__version__",
    "parse_notification",
]

# Public name -> private module, loaded on first access (PEP 562) so that
# `import selling_partner` does not pay for httpx or the generated packages.
_LAZY = {
    "AiohttpTransport": "._aiohttp",
    "HttpClientTransport": "._stdlib_http",
    "DEFAULT_TIMEOUT": "._client",
    "AsyncSellingPartner": "._client",
    "SellingPartner": "._client",
    "Credentials": "._credentials",
    "ListingsFeed": "._listings_feed",
    "Patch": "._listings_feed",
    "Subscriptions": "._subscriptions",
    "AsyncSubscriptions": "._subscriptions",
    "SubscriptionInfo": "._subscriptions",
    "DedupeStore": "._notifications",
    "InMemoryDedupeStore": "._notifications",
    "Notification": "._notifications",
    "NotificationDeduplicator": "._notifications",
    "parse_notification": "._notifications",
    "AsyncDataKiosk": "._data_kiosk",
    "DataKiosk": "._data_kiosk",
    "AsyncFeeds": "._feeds",
    "Feeds": "._feeds",
    "JobCancelledError": "._jobs",
    "JobError": "._jobs",
    "JobFailedError": "._jobs",
    "JobTimeoutError": "._jobs",
    "Progress": "._jobs",
    "WaitPolicy": "._jobs",
    "AsyncReports": "._reports",
    "Reports": "._reports",
    "FeedResult": "._results",
    "QueryResult": "._results",
    "ReportResult": "._results",
    "AsyncDocuments": "._documents",
    "DocumentError": "._documents",
    "DocumentInfo": "._documents",
    "DocumentTooLargeError": "._documents",
    "DocumentUrlExpiredError": "._documents",
    "Documents": "._documents",
    "AsyncBucketStore": "._ratelimit",
    "BucketStore": "._ratelimit",
    "InMemoryBucketStore": "._ratelimit",
    "AsyncRedisBucketStore": "._redis_buckets",
    "RedisBucketStore": "._redis_buckets",
    "AsyncRedisTokenCache": "._redis_tokens",
    "RedisTokenCache": "._redis_tokens",
    "Marketplace": "._regions",
    "Region": "._regions",
    "ApiResponse": "._response",
    "RetryPolicy": "._retry",
    "CachedToken": "._token_cache",
    "InMemoryTokenCache": "._token_cache",
    "TokenCache": "._token_cache",
    "AsyncTokenCache": "._token_cache",
    "SharedTokenCache": "._token_cache",
    "AsyncSharedTokenCache": "._token_cache",
    "Deviation": "._tolerant",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'selling_partner' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

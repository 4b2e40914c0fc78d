"""``redis_url=``: the Redis bucket store and token cache of a client, on one connection pool."""

from __future__ import annotations

from collections.abc import Sequence

from ._redis import async_client, sync_client
from ._redis_buckets import AsyncRedisBucketStore, RedisBucketStore
from ._redis_tokens import AsyncRedisTokenCache, RedisTokenCache

__all__ = ["async_fleet", "sync_fleet"]

Key = str | bytes | Sequence[str | bytes] | None


def sync_fleet(url: str, encryption_key: Key) -> tuple[RedisBucketStore, RedisTokenCache]:
    """Store and cache for ``SellingPartner``; closing the store closes the pool."""
    client = sync_client(url)
    return (
        RedisBucketStore(client, owns_client=True),
        RedisTokenCache(client, encryption_key=encryption_key),
    )


def async_fleet(
    url: str, encryption_key: Key
) -> tuple[AsyncRedisBucketStore, AsyncRedisTokenCache]:
    """Store and cache for ``AsyncSellingPartner`` (``redis.asyncio``), one pool."""
    client = async_client(url)
    return (
        AsyncRedisBucketStore(client, owns_client=True),
        AsyncRedisTokenCache(client, encryption_key=encryption_key),
    )

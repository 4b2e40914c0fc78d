"""Where access tokens live between requests: the TokenCache interface.

A cache maps a key (a non-secret digest of the LWA identity and grant, see
``Credentials.identity``) to a :class:`CachedToken`. Expiry times are absolute
wall-clock seconds (``time.time()`` unless a clock is injected), so a shared cache
(Redis, :mod:`._redis_tokens`) means the same thing in every process.
:class:`AsyncTokenCache` is the asyncio form; :class:`SharedTokenCache` (and its
async twin) adds single flight across processes; :class:`CacheAccess` is how the
token providers use whichever a cache implements.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol, cast, runtime_checkable

from ._vocabulary import implements

__all__ = [
    "DEFAULT_LIFETIME",
    "LIFETIME_RANGE",
    "SWEEP_INTERVAL",
    "AsyncSharedTokenCache",
    "AsyncTokenCache",
    "CacheAccess",
    "CachedToken",
    "InMemoryTokenCache",
    "SharedTokenCache",
    "TokenCache",
]

#: Seconds an LWA token or RDT lives when the answer gives no usable lifetime
#: (Amazon documents one hour for both).
DEFAULT_LIFETIME = 3600.0
#: The lifetimes an answer may set, in seconds. Below 120 s a token would be
#: stale (60 s refresh margin) almost at once and fetched again on every call;
#: above two hours (twice what Amazon documents) a broken value such as 1e300
#: would cache a token for ever. A value outside is clamped into the range (a
#: token really shorter lived is refreshed after its 403, like a revoked one).
LIFETIME_RANGE = (120.0, 7200.0)


@dataclass(frozen=True, slots=True)
class CachedToken:
    """An LWA access token and the wall-clock time at which it expires.

    Attributes:
        access_token: the token sent as ``x-amz-access-token`` (never in ``repr``).
        expires_at: absolute expiry, in seconds of the cache's clock.
    """

    access_token: str = field(repr=False)
    expires_at: float

    @classmethod
    def expiring(cls, access_token: str, now: float, expires_in: object) -> CachedToken:
        """A token answered at ``now`` that lives ``expires_in`` seconds.

        ``expires_in`` is the answer's raw value (LWA ``expires_in``, Tokens API
        ``expiresIn``); anything but a positive finite number (NaN, Infinity, a
        negative or boolean value, text) counts as :data:`DEFAULT_LIFETIME`: a NaN
        expiry would never be fresh, an infinite one never refreshed. A usable
        value is clamped into :data:`LIFETIME_RANGE`.
        """
        lifetime = DEFAULT_LIFETIME
        if isinstance(expires_in, int | float | str) and not isinstance(expires_in, bool):
            try:
                value = float(expires_in)
            except (ValueError, OverflowError):
                value = math.nan
            if math.isfinite(value) and value > 0:
                low, high = LIFETIME_RANGE
                lifetime = min(max(value, low), high)
        return cls(access_token=access_token, expires_at=now + lifetime)

    def fresh(self, now: float, margin: float) -> bool:
        """True while ``now`` is more than ``margin`` seconds before expiry."""
        return now < self.expires_at - margin


@runtime_checkable
class TokenCache(Protocol):
    """Storage for access tokens, shared by every client given the same instance.

    Implementations must be safe to call from several threads. They store; they
    do not decide freshness (the caller compares ``expires_at`` with its clock).
    """

    def get(self, key: str) -> CachedToken | None:
        """The token stored under ``key``, or None."""
        ...

    def set(self, key: str, token: CachedToken) -> None:
        """Store ``token`` under ``key``, replacing any previous one."""
        ...

    def delete(self, key: str, access_token: str | None = None) -> None:
        """Forget ``key``; with ``access_token``, only if that is the stored token."""
        ...


#: Token-time seconds between two sweeps of an :class:`InMemoryTokenCache`.
SWEEP_INTERVAL = 60.0


class InMemoryTokenCache:
    """A process-local :class:`TokenCache` (the default).

    Bounded by use: when a token is stored (at most once a minute), the tokens
    that expired before it was issued are swept out. The cache has no clock of
    its own (clients inject theirs): a token stored now expires at most the
    longest lifetime (``LIFETIME_RANGE[1]``, two hours) from now, so one that
    expires that long before the new one has expired. A process serving
    thousands of sellers keeps the tokens of the sellers that called within
    about three hours only.
    """

    def __init__(self) -> None:
        """Start empty."""
        self._tokens: dict[str, CachedToken] = {}
        self._lock = threading.Lock()
        self._swept = -math.inf

    def get(self, key: str) -> CachedToken | None:
        """The token stored under ``key``, or None."""
        with self._lock:
            return self._tokens.get(key)

    def set(self, key: str, token: CachedToken) -> None:
        """Store ``token`` under ``key``; now and then sweep out expired tokens."""
        with self._lock:
            self._tokens[key] = token
            if token.expires_at - self._swept >= SWEEP_INTERVAL:
                self._swept = token.expires_at
                gone = token.expires_at - LIFETIME_RANGE[1]
                for k in [k for k, t in self._tokens.items() if t.expires_at <= gone]:
                    del self._tokens[k]

    def delete(self, key: str, access_token: str | None = None) -> None:
        """Forget ``key``; with ``access_token``, only if that is the stored token."""
        with self._lock:
            current = self._tokens.get(key)
            if current is not None and (
                access_token is None or current.access_token == access_token
            ):
                del self._tokens[key]

    def __len__(self) -> int:
        return len(self._tokens)

    def __repr__(self) -> str:
        return f"InMemoryTokenCache({len(self._tokens)} tokens)"


@runtime_checkable
class AsyncTokenCache(Protocol):
    """:class:`TokenCache` for caches that need I/O (e.g. Redis) from asyncio code."""

    async def aget(self, key: str) -> CachedToken | None:
        """The token stored under ``key``, or None."""
        ...

    async def aset(self, key: str, token: CachedToken) -> None:
        """Store ``token`` under ``key``, replacing any previous one."""
        ...

    async def adelete(self, key: str, access_token: str | None = None) -> None:
        """Forget ``key``; with ``access_token``, only if that is the stored token."""
        ...


@runtime_checkable
class SharedTokenCache(Protocol):
    """A cache shared by many processes: one fetch per key for all of them.

    Such a cache also expires its entries itself (nothing to clean up).
    """

    def fetch_once(
        self,
        key: str,
        fetch: Callable[[], CachedToken],
        usable: Callable[[CachedToken], bool],
    ) -> CachedToken:
        """A usable token of ``key``: the stored one, or ``fetch()``'s, stored.

        Only one caller in the whole fleet runs ``fetch`` at a time for a key;
        the others wait for its token, or raise its failure.
        """
        ...


@runtime_checkable
class AsyncSharedTokenCache(Protocol):
    """:class:`SharedTokenCache` for asyncio code."""

    async def afetch_once(
        self,
        key: str,
        fetch: Callable[[], Awaitable[CachedToken]],
        usable: Callable[[CachedToken], bool],
    ) -> CachedToken:
        """A usable token of ``key`` (see :meth:`SharedTokenCache.fetch_once`)."""
        ...


class CacheAccess:
    """How the token providers use a cache, whichever protocols it implements.

    Decided once per cache (``isinstance`` against a protocol is slow): sync
    callers use :class:`TokenCache`; async callers prefer
    :class:`AsyncTokenCache`; fetches go through the cache's single flight when
    it is shared.
    """

    def __init__(self, cache: TokenCache | AsyncTokenCache) -> None:
        self.cache = cache
        # implements(): decided per class (a client builds two accesses per seller view)
        self._sync = cast(TokenCache, cache) if implements(cache, TokenCache) else None
        self._async = cast(AsyncTokenCache, cache) if implements(cache, AsyncTokenCache) else None
        self._shared = (
            cast(SharedTokenCache, cache) if implements(cache, SharedTokenCache) else None
        )
        self._ashared = (
            cast(AsyncSharedTokenCache, cache) if implements(cache, AsyncSharedTokenCache) else None
        )
        #: Whether expired entries must be deleted by their writer: a process-local
        #: sync cache. A shared cache (Redis) expires them itself.
        self.needs_cleanup = (
            self._sync is not None and self._shared is None and self._ashared is None
        )

    def _sync_cache(self) -> TokenCache:
        if self._sync is None:
            raise TypeError(f"{type(self.cache).__name__} is async only: use an async client")
        return self._sync

    def get(self, key: str) -> CachedToken | None:
        return self._sync_cache().get(key)

    def delete(self, key: str, access_token: str | None = None) -> None:
        self._sync_cache().delete(key, access_token)

    def fetch(
        self, key: str, fetch: Callable[[], CachedToken], usable: Callable[[CachedToken], bool]
    ) -> CachedToken:
        if self._shared is not None:
            return self._shared.fetch_once(key, fetch, usable)
        token = fetch()
        self._sync_cache().set(key, token)
        return token

    async def aget(self, key: str) -> CachedToken | None:
        if self._async is not None:
            return await self._async.aget(key)
        return self._sync_cache().get(key)

    async def adelete(self, key: str, access_token: str | None = None) -> None:
        if self._async is not None:
            await self._async.adelete(key, access_token)
        else:
            self._sync_cache().delete(key, access_token)

    async def afetch(
        self,
        key: str,
        fetch: Callable[[], Awaitable[CachedToken]],
        usable: Callable[[CachedToken], bool],
    ) -> CachedToken:
        if self._ashared is not None:
            return await self._ashared.afetch_once(key, fetch, usable)
        token = await fetch()
        if self._async is not None:
            await self._async.aset(key, token)
        else:
            self._sync_cache().set(key, token)
        return token

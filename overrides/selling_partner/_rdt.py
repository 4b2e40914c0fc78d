"""Restricted Data Tokens (RDT): the access token for operations that return PII.

A restricted operation (table column ``restricted``) returns buyers' personal
data only when called with an RDT from the Tokens API instead of the LWA access
token. Amazon issues an RDT for restricted *resources*: an HTTP method, a path,
and for some operations the ``dataElements`` wanted (table column
``data_elements``, e.g. ``buyerInfo``, ``shippingAddress``)::

    POST /tokens/2021-03-01/restrictedDataToken
    {"restrictedResources": [{"method": "GET", "path": "/orders/v0/orders/902-...",
                              "dataElements": ["buyerInfo"]}]}
    -> {"restrictedDataToken": "<the RDT>", "expiresIn": 3600}

Pure core: :class:`RestrictedResource`, :func:`rdt_request_body`,
:func:`interpret_rdt_response`, :func:`rdt_cache_key`. Shell:
:class:`RdtProvider` fetches through the client's own httpx client (so the
request gets the seller's LWA token, rate limiting and retries) and caches each
RDT in the token cache under (identity, method, concrete path, data elements)
until ``REFRESH_MARGIN`` before it expires. With one RDT per order nothing
piles up: a key's single-flight lock exists only while its fetch runs, and the
provider deletes the RDTs it stored from the cache once they have expired. An
RDT is a secret: it is never logged and appears in no repr or message.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import logging
import threading
import weakref
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import ApiError, AuthError, ConfigurationError, ResponseParseError
from ._headers import REQUEST_ID, header_value_problem
from ._hooks import error_for
from ._locks import AsyncKeyedLocks, keyed_locks
from ._token_cache import AsyncTokenCache, CacheAccess, CachedToken, TokenCache
from ._vocabulary import REFRESH_MARGIN

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "RDT_OPERATION",
    "RDT_PATH",
    "RdtProvider",
    "RestrictedResource",
    "interpret_rdt_response",
    "rdt_cache_key",
    "rdt_request_body",
    "refused",
]

_log = logging.getLogger("selling_partner.rdt")

#: The Tokens API operation that issues RDTs, and its path.
RDT_OPERATION = "createRestrictedDataToken"
RDT_PATH = "/tokens/2021-03-01/restrictedDataToken"


@dataclass(frozen=True, slots=True)
class RestrictedResource:
    """One restricted resource an RDT is asked for.

    Attributes:
        method: HTTP method, upper case.
        path: the request path: concrete (``/orders/v0/orders/902-...``) or, where
            Amazon allows, a template (``/mfn/v0/shipments/{shipmentId}``).
        data_elements: the kinds of PII wanted (empty for operations without them).
    """

    method: str
    path: str
    data_elements: tuple[str, ...] = ()


def rdt_request_body(resources: Iterable[RestrictedResource]) -> dict[str, Any]:
    """The JSON body of ``createRestrictedDataToken`` for ``resources``."""
    out: list[dict[str, Any]] = []
    for resource in resources:
        entry: dict[str, Any] = {"method": resource.method, "path": resource.path}
        if resource.data_elements:
            entry["dataElements"] = list(resource.data_elements)
        out.append(entry)
    return {"restrictedResources": out}


def rdt_cache_key(identity: str, resource: RestrictedResource) -> str:
    """The token-cache key of an RDT: non-secret, one per seller and resource."""
    facts = "\0".join((resource.method, resource.path, *sorted(resource.data_elements)))
    return f"rdt:{identity}:{hashlib.sha256(facts.encode()).hexdigest()[:16]}"


def interpret_rdt_response(
    status: int, headers: httpx.Headers, content: bytes, now: float
) -> CachedToken:
    """Turn the Tokens API's answer into a cached token, or raise.

    Raises:
        AuthError: 401/403 (the app lacks the role for the restricted data, or the
            seller did not authorise it).
        ApiError: any other error status.
        ResponseParseError: a 2xx answer without a restrictedDataToken.
    """
    error = error_for(status, headers, content, operation=RDT_OPERATION)
    if error is not None:
        raise refused(error)
    try:
        body: Any = json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
        body = None
    token = body.get("restrictedDataToken") if isinstance(body, dict) else None
    if not isinstance(token, str) or not token or header_value_problem(token) is not None:
        raise ResponseParseError(
            f"{RDT_OPERATION} answered HTTP {status} without a restrictedDataToken that can be "
            "sent as a header",
            status=status,
            operation=RDT_OPERATION,
            request_id=headers.get(REQUEST_ID),
        )
    return CachedToken.expiring(token, now, body.get("expiresIn"))


def refused(error: ApiError | AuthError) -> ApiError | AuthError:
    """The error to raise when the Tokens API refuses: 401/403 get a hint what to fix."""
    if not isinstance(error, AuthError) or error.operation not in (None, RDT_OPERATION):
        return error
    return AuthError(
        f"{RDT_OPERATION} refused (HTTP {error.status}): the app needs the restricted role for "
        "this data (and for each dataElements value) and the seller's authorisation; or call "
        "without restricted= to get the data that needs no RDT",
        status=error.status,
        operation=RDT_OPERATION,
        request_id=error.request_id,
        rate_limit=error.rate_limit,
        errors=error.errors,
    )


class RdtProvider:
    """Restricted Data Tokens for one seller: from the cache, or from the Tokens API.

    One fetch in flight per (cache, key) across threads (a thread lock) and per
    event loop (an asyncio lock), and across processes when the cache is shared
    (Redis); every waiter re-reads the cache first. Locks live only while a
    fetch runs; each RDT stored in a process-local cache is deleted from it once
    it has expired (checked whenever the provider stores another; a shared
    cache expires its entries itself).

    Args:
        cache: where RDTs live (the client's token cache).
        identity: the seller's non-secret identity (keys the cache).
        clock: wall-clock seconds, for expiry.
        post: sync shell: sends the request body to ``RDT_PATH``, returns the response.
        apost: async shell: the same, awaited.
    """

    def __init__(
        self,
        *,
        cache: TokenCache | AsyncTokenCache,
        identity: str,
        clock: Callable[[], float],
        post: Callable[[dict[str, Any]], httpx.Response] | None = None,
        apost: Callable[[dict[str, Any]], Awaitable[httpx.Response]] | None = None,
    ) -> None:
        self._cache = CacheAccess(cache)
        self._identity = identity
        self._clock = clock
        self._post = post
        self._apost = apost
        # One AsyncKeyedLocks per event loop: asyncio locks belong to one loop.
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, AsyncKeyedLocks] = (
            weakref.WeakKeyDictionary()
        )
        # (expires_at, key, token) of the RDTs this provider stored, soonest first:
        # with one RDT per order, expired ones would otherwise stay in the cache.
        self._stored: list[tuple[float, str, str]] = []
        self._stored_guard = threading.Lock()

    def __repr__(self) -> str:
        return f"RdtProvider(identity={self._identity!r})"

    def _usable(self, token: CachedToken) -> bool:
        return token.fresh(self._clock(), REFRESH_MARGIN)

    def _cached(self, key: str) -> str | None:
        token = self._cache.get(key)
        return token.access_token if token is not None and self._usable(token) else None

    async def _acached(self, key: str) -> str | None:
        token = await self._cache.aget(key)
        return token.access_token if token is not None and self._usable(token) else None

    def _interpret(self, response: httpx.Response) -> CachedToken:
        return interpret_rdt_response(
            response.status_code, response.headers, response.content, self._clock()
        )

    def _keep(self, key: str, token: CachedToken, resource: RestrictedResource) -> str:
        if self._cache.needs_cleanup:
            self._forget_expired(key, token)
        _log.debug(
            "rdt fetched method=%s path=%s data_elements=%s expires_in=%.0f",
            resource.method,
            resource.path,
            ",".join(resource.data_elements) or "-",
            token.expires_at - self._clock(),
        )
        return token.access_token

    def _forget_expired(self, key: str, token: CachedToken) -> None:
        now = self._clock()
        with self._stored_guard:
            heapq.heappush(self._stored, (token.expires_at, key, token.access_token))
            while self._stored and self._stored[0][0] <= now:
                _, old_key, old_token = heapq.heappop(self._stored)
                # Unless already replaced; a process-local cache: no I/O, also from async code.
                self._cache.delete(old_key, old_token)

    def token(self, resource: RestrictedResource) -> str:
        """A fresh RDT for ``resource`` (sync)."""
        if self._post is None:
            raise ConfigurationError("RdtProvider needs post= to fetch RDTs synchronously")
        key = rdt_cache_key(self._identity, resource)
        cached = self._cached(key)
        if cached is not None:
            return cached
        post = self._post

        def fetch() -> CachedToken:
            try:
                response = post(rdt_request_body([resource]))
            except AuthError as exc:
                raise refused(exc) from None
            return self._interpret(response)

        with keyed_locks(self._cache.cache).hold(key):
            cached = self._cached(key)
            if cached is not None:
                return cached
            return self._keep(key, self._cache.fetch(key, fetch, self._usable), resource)

    async def atoken(self, resource: RestrictedResource) -> str:
        """A fresh RDT for ``resource`` (async; never blocks the event loop)."""
        if self._apost is None:
            raise ConfigurationError("RdtProvider needs apost= to fetch RDTs asynchronously")
        key = rdt_cache_key(self._identity, resource)
        cached = await self._acached(key)
        if cached is not None:
            return cached
        import asyncio  # loaded by the running loop already; not at import (~35 ms)

        loop = asyncio.get_running_loop()
        locks = self._loop_locks.get(loop)
        if locks is None:
            locks = self._loop_locks[loop] = AsyncKeyedLocks()
        apost = self._apost

        async def fetch() -> CachedToken:
            try:
                response = await apost(rdt_request_body([resource]))
            except AuthError as exc:
                raise refused(exc) from None
            return self._interpret(response)

        async with locks.hold(key):
            cached = await self._acached(key)
            if cached is not None:
                return cached
            token = await self._cache.afetch(key, fetch, self._usable)
            return self._keep(key, token, resource)

    def invalidate(self, resource: RestrictedResource, access_token: str) -> None:
        """Forget an RDT SP-API rejected, unless already replaced."""
        self._cache.delete(rdt_cache_key(self._identity, resource), access_token)

    async def ainvalidate(self, resource: RestrictedResource, access_token: str) -> None:
        """Async :meth:`invalidate`."""
        await self._cache.adelete(rdt_cache_key(self._identity, resource), access_token)

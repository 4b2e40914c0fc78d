"""Access tokens in Redis: LWA, grantless and Restricted Data Tokens shared by a fleet.

:class:`RedisTokenCache` (sync) and :class:`AsyncRedisTokenCache`
(``redis.asyncio``) implement the token-cache protocols of
:mod:`._token_cache`, including single flight across processes
(``fetch_once``): one token request per key for the whole fleet. The caller
that takes the key's lock (``SET NX PX``: it expires if its holder dies) asks
Login with Amazon or the Tokens API; the others poll for the value it stores
(every 20 ms, backing off to 250 ms) and, if it fails, raise the same error
(the failure is kept a few seconds under the flight's id). A waiter that waits
longer than ``lock_wait`` fetches on its own.

What is stored, under ``<prefix>:{<identity>}:lwa`` or ``...:rdt:<digest>``
(see :mod:`._redis`): JSON with the access token (or RDT) and its expiry time,
with a TTL that ends at that expiry. With ``encryption_key`` (a Fernet key,
from ``cryptography``; several for rotation, the first encrypts) the JSON is
encrypted; without one the token is stored **in clear**: anyone who can read
the Redis database can call SP-API as the seller until the token expires (one
hour at most). Refresh tokens and client secrets are never stored. A value
that cannot be read (another key, or written without encryption) counts as
missing and is replaced; that is logged once.

Failure policy: while Redis cannot be reached, every process keeps its tokens
in its own memory (each fetches its own: a few more token requests, no
errors); tokens written locally are also kept locally, so an outage after a
fetch costs nothing. Logged once when Redis goes away and once when it is back.
"""

from __future__ import annotations

import enum
import json
import logging
import math
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Generator, Sequence
from typing import Any

import httpx

from . import _errors
from ._errors import ConfigurationError, SellingPartnerError, ServerError
from ._redis import (
    DEFAULT_PREFIX,
    RECHECK,
    Outage,
    async_client,
    check_prefix,
    import_redis,
    sync_client,
    token_keys,
)
from ._token_cache import CachedToken, InMemoryTokenCache

__all__ = ["AsyncRedisTokenCache", "RedisTokenCache"]

_log = logging.getLogger("selling_partner.redis")

# Seconds a fetch may hold its key's lock (it expires if the holder dies).
LOCK_TTL = 60.0
# Seconds a flight's failure stays readable by the callers that waited for it.
_FAILURE_TTL = 10.0
_FIRST_POLL = 0.02
_MAX_POLL = 0.25

_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class _TokenStep(enum.Enum):
    """What the single-flight core asks its shell to do."""

    READ = "read"  # -> the stored token or None
    FAILURE = "failure"  # flight id -> that flight's failure payload, or None
    LOCK = "lock"  # owner -> True if taken
    HOLDER = "holder"  # -> the lock's owner, or None
    SLEEP = "sleep"  # seconds
    FETCH = "fetch"  # -> the fetched token (an exception is thrown into the core)
    WRITE = "write"  # token (best effort)
    FAIL = "fail"  # payload (best effort)
    RELEASE = "release"  # owner (best effort)


def _flight(
    usable: Callable[[CachedToken], bool], lock_wait: float, clock: Callable[[], float]
) -> Generator[tuple[_TokenStep, Any], Any, CachedToken]:
    """One key's single flight across processes, as steps (see the module docstring)."""
    owner = uuid.uuid4().hex
    deadline = clock() + lock_wait
    delay = _FIRST_POLL
    waited_for: str | None = None
    while True:
        stored: CachedToken | None = yield _TokenStep.READ, None
        if stored is not None and usable(stored):
            return stored
        if waited_for is not None:
            failure = yield _TokenStep.FAILURE, waited_for
            if failure is not None:
                raise _shared_error(failure)
        if (yield _TokenStep.LOCK, owner):
            break
        holder = yield _TokenStep.HOLDER, None
        waited_for = holder or waited_for
        if clock() >= deadline:
            _log.debug("token fetch of another process still running after %.0f s", lock_wait)
            owner = ""  # fetch alone, holding nothing
            break
        yield _TokenStep.SLEEP, delay
        delay = min(delay * 1.5, _MAX_POLL)
    try:
        token: CachedToken = yield _TokenStep.FETCH, None
    except Exception as exc:
        if owner:
            yield _TokenStep.FAIL, _failure(owner, exc)
            yield _TokenStep.RELEASE, owner
        raise
    yield _TokenStep.WRITE, token
    if owner:
        yield _TokenStep.RELEASE, owner
    return token


def _failure(flight: str, exc: Exception) -> bytes:
    # Library errors carry no secret by contract; for anything else only the type.
    message = str(getattr(exc, "message", exc)) if isinstance(exc, SellingPartnerError) else ""
    return json.dumps(
        {
            "flight": flight,
            "type": type(exc).__name__,
            "message": message,
            "status": getattr(exc, "status", None),
            "operation": getattr(exc, "operation", None),
        }
    ).encode()


def _shared_error(raw: bytes) -> Exception:
    """The error a waiter raises: the fetching process's, rebuilt from its payload."""
    info = json.loads(raw)
    name = str(info.get("type"))
    note = "the token request was made by another process of the fleet"
    message = f"{info.get('message') or name} ({note})"
    status, operation = info.get("status"), info.get("operation")
    cls: Any = getattr(_errors, name, None) if name in _errors.__all__ else None
    if isinstance(cls, type) and issubclass(cls, SellingPartnerError):
        build: Any = cls  # the response-facts errors take status and operation, others not
        try:
            error: Exception = build(message, status=status, operation=operation)
        except TypeError:  # a plain message (ConfigurationError...)
            error = build(message)
        return error
    transport = getattr(httpx, name, None)
    if isinstance(transport, type) and issubclass(transport, httpx.TransportError):
        return transport(f"{name} ({note})")  # the same httpx error type, no URL
    return ServerError(f"token request failed ({name}; {note})", operation=operation)


def _fernet(key: str | bytes | Sequence[str | bytes] | None) -> Any:
    if key is None:
        return None
    try:
        from cryptography.fernet import Fernet, MultiFernet
    except ImportError as exc:
        raise ConfigurationError(
            "encrypting tokens needs cryptography: pip install 'selling-partner[redis]'"
        ) from exc
    keys = [key] if isinstance(key, str | bytes) else list(key)
    try:
        fernets = [Fernet(k) for k in keys]
    except (ValueError, TypeError):
        # Never echo the key itself.
        raise ConfigurationError(
            "encryption_key must be a Fernet key (32 url-safe base64-encoded bytes, from "
            "cryptography.fernet.Fernet.generate_key()) or a list of them"
        ) from None
    if not fernets:
        raise ConfigurationError("encryption_key is an empty list")
    return MultiFernet(fernets)


class _Core:
    """What both Redis token caches share: values, keys, the local fallback."""

    def __init__(
        self,
        *,
        prefix: str,
        encryption_key: str | bytes | Sequence[str | bytes] | None,
        lock_ttl: float,
        lock_wait: float,
        recheck: float,
        clock: Callable[[], float],
        monotonic: Callable[[], float],
    ) -> None:
        if not (math.isfinite(lock_ttl) and lock_ttl > 0):
            raise ConfigurationError(f"lock_ttl must be a positive number of s, got {lock_ttl!r}")
        if not (math.isfinite(lock_wait) and lock_wait >= 0):
            raise ConfigurationError(f"lock_wait must be >= 0 seconds, got {lock_wait!r}")
        self.prefix = check_prefix(prefix)
        self.fernet = _fernet(encryption_key)
        self.lock_ttl_ms = math.ceil(lock_ttl * 1000)
        self.lock_wait = lock_wait
        self.clock = clock
        self.monotonic = monotonic
        self.outage = Outage("token caching", recheck=recheck, clock=monotonic)
        self.local = InMemoryTokenCache()
        self._unreadable_logged = False
        self._guard = threading.Lock()

    def keys(self, key: str) -> tuple[str, str, str]:
        return token_keys(self.prefix, key)

    def encode(self, token: CachedToken) -> bytes:
        raw = json.dumps({"access_token": token.access_token, "expires_at": token.expires_at})
        data = raw.encode()
        return self.fernet.encrypt(data) if self.fernet is not None else data

    def decode(self, raw: bytes | str | None) -> CachedToken | None:
        if raw is None:
            return None
        data = raw.encode() if isinstance(raw, str) else raw
        try:
            if self.fernet is not None:
                data = self.fernet.decrypt(data)
            body = json.loads(data)
            return CachedToken(str(body["access_token"]), float(body["expires_at"]))
        except Exception:  # wrong key, clear text under encryption, foreign value
            with self._guard:
                first, self._unreadable_logged = not self._unreadable_logged, True
            if first:
                _log.warning(
                    "a token stored in Redis could not be read (another encryption key, or "
                    "written without one): it counts as missing and is replaced"
                )
            return None

    def ttl_ms(self, token: CachedToken) -> int:
        """Keep a value exactly as long as its token lives (at least 1 ms)."""
        return max(1, math.ceil((token.expires_at - self.clock()) * 1000))

    def describe(self, name: str) -> str:
        state = "down, caching locally" if self.outage.down else "up"
        encrypted = "yes" if self.fernet is not None else "no"
        return f"{name}(prefix={self.prefix!r}, encrypted={encrypted}, redis={state})"


class RedisTokenCache:
    """A :class:`~selling_partner.TokenCache` in Redis, with single flight across processes.

    Args:
        client: a ``redis.Redis`` or ``redis.cluster.RedisCluster`` (redis-py).
        prefix: the start of every key name.
        encryption_key: a Fernet key (or a list, newest first, for rotation) to
            encrypt the tokens stored; ``None`` stores them in clear.
        lock_ttl: seconds a token fetch holds its key's lock at most.
        lock_wait: seconds a caller waits for another process's fetch before
            fetching on its own.
        recheck: seconds between attempts to reach Redis while it is down.
        clock: wall-clock seconds (token expiry).
        monotonic: monotonic seconds (waits).
        owns_client: close ``client`` in :meth:`close` (``from_url`` does).
    """

    def __init__(
        self,
        client: Any,
        *,
        prefix: str = DEFAULT_PREFIX,
        encryption_key: str | bytes | Sequence[str | bytes] | None = None,
        lock_ttl: float = LOCK_TTL,
        lock_wait: float = LOCK_TTL + 5.0,
        recheck: float = RECHECK,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        owns_client: bool = False,
    ) -> None:
        self._error: type[Exception] = import_redis().exceptions.RedisError
        self._core = _Core(
            prefix=prefix,
            encryption_key=encryption_key,
            lock_ttl=lock_ttl,
            lock_wait=lock_wait,
            recheck=recheck,
            clock=clock,
            monotonic=monotonic,
        )
        self._client = client
        self._release = client.register_script(_RELEASE)
        self._sleep = sleep
        self._owns = owns_client

    @classmethod
    def from_url(cls, url: str, *, cluster: bool = False, **options: Any) -> RedisTokenCache:
        """A cache on its own connection pool to ``url`` (``redis://host:6379/0``).

        Keyword arguments the cache takes (``prefix``, ``encryption_key``...) go
        to it, the others to redis-py.
        """
        mine, theirs = _split(options)
        return cls(sync_client(url, cluster=cluster, **theirs), owns_client=True, **mine)

    def _up(self) -> bool:
        return self._core.outage.usable()

    def _down(self, exc: Exception) -> None:
        self._core.outage.failed(exc)

    def get(self, key: str) -> CachedToken | None:
        """The token stored under ``key``, or None."""
        if self._up():
            try:
                token = self._core.decode(self._client.get(self._core.keys(key)[0]))
            except self._error as exc:
                self._down(exc)
            else:
                self._core.outage.recovered()
                return token
        return self._core.local.get(key)

    def set(self, key: str, token: CachedToken) -> None:
        """Store ``token`` under ``key`` until it expires (also in this process)."""
        self._core.local.set(key, token)
        if self._up():
            try:
                self._client.set(
                    self._core.keys(key)[0], self._core.encode(token), px=self._core.ttl_ms(token)
                )
            except self._error as exc:
                self._down(exc)
            else:
                self._core.outage.recovered()

    def delete(self, key: str, access_token: str | None = None) -> None:
        """Forget ``key``; with ``access_token``, only if that is the stored token."""
        self._core.local.delete(key, access_token)
        if not self._up():
            return
        name = self._core.keys(key)[0]
        try:
            if access_token is None:
                self._client.delete(name)
            else:
                raw = self._client.get(name)
                stored = self._core.decode(raw)
                if stored is not None and stored.access_token == access_token:
                    self._release(keys=[name], args=[raw])  # unless replaced meanwhile
        except self._error as exc:
            self._down(exc)

    def fetch_once(
        self,
        key: str,
        fetch: Callable[[], CachedToken],
        usable: Callable[[CachedToken], bool],
    ) -> CachedToken:
        """A usable token of ``key``; one ``fetch`` in the fleet at a time (module docstring)."""
        if not self._up():
            return self._alone(key, fetch)
        name, lock, failed = self._core.keys(key)
        steps = _flight(usable, self._core.lock_wait, self._core.monotonic)
        reply: Any = None
        while True:
            try:
                step, argument = steps.send(reply)
            except StopIteration as done:
                token: CachedToken = done.value
                return token
            reply = None
            if step is _TokenStep.FETCH:
                try:
                    reply = fetch()
                except Exception as exc:
                    reply = None
                    step, argument = steps.throw(exc)  # the core records it, then re-raises
                    while True:
                        self._quietly(step, argument, name, lock, failed)
                        step, argument = steps.send(None)
                self._core.local.set(key, reply)
            elif step is _TokenStep.SLEEP:
                self._sleep(argument)
            elif step in (_TokenStep.WRITE, _TokenStep.FAIL, _TokenStep.RELEASE):
                self._quietly(step, argument, name, lock, failed)
            else:
                try:
                    reply = self._ask(step, argument, name, lock, failed)
                except self._error as exc:
                    self._down(exc)
                    steps.close()
                    return self._alone(key, fetch)

    def _ask(self, step: _TokenStep, argument: Any, name: str, lock: str, failed: str) -> Any:
        if step is _TokenStep.READ:
            return self._core.decode(self._client.get(name))
        if step is _TokenStep.FAILURE:
            raw = self._client.get(failed)
            if raw is not None and json.loads(raw).get("flight") == argument:
                return raw
            return None
        if step is _TokenStep.LOCK:
            return bool(self._client.set(lock, argument, nx=True, px=self._core.lock_ttl_ms))
        holder = self._client.get(lock)
        return holder.decode() if isinstance(holder, bytes) else holder

    def _quietly(self, step: _TokenStep, argument: Any, name: str, lock: str, failed: str) -> None:
        """A write after the fetch: a Redis failure must not lose the token or mask its error."""
        try:
            if step is _TokenStep.WRITE:
                value = self._core.encode(argument)
                self._client.set(name, value, px=self._core.ttl_ms(argument))
            elif step is _TokenStep.FAIL:
                self._client.set(failed, argument, px=math.ceil(_FAILURE_TTL * 1000))
            else:
                self._release(keys=[lock], args=[argument])
        except self._error as exc:
            self._down(exc)

    def _alone(self, key: str, fetch: Callable[[], CachedToken]) -> CachedToken:
        token = fetch()
        self._core.local.set(key, token)
        return token

    def close(self) -> None:
        """Close the connection pool if the cache opened it (``from_url``)."""
        if self._owns:
            self._client.close()

    def __repr__(self) -> str:
        return self._core.describe(type(self).__name__)


class AsyncRedisTokenCache:
    """:class:`RedisTokenCache` on ``redis.asyncio`` (``aget``, ``aset``, ``adelete``...).

    Same arguments, with a ``redis.asyncio`` client and an awaited ``sleep``.
    Like any asyncio client, use it from one event loop.
    """

    def __init__(
        self,
        client: Any,
        *,
        prefix: str = DEFAULT_PREFIX,
        encryption_key: str | bytes | Sequence[str | bytes] | None = None,
        lock_ttl: float = LOCK_TTL,
        lock_wait: float = LOCK_TTL + 5.0,
        recheck: float = RECHECK,
        clock: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        owns_client: bool = False,
    ) -> None:
        self._error: type[Exception] = import_redis().exceptions.RedisError
        self._core = _Core(
            prefix=prefix,
            encryption_key=encryption_key,
            lock_ttl=lock_ttl,
            lock_wait=lock_wait,
            recheck=recheck,
            clock=clock,
            monotonic=monotonic,
        )
        self._client = client
        self._release = client.register_script(_RELEASE)
        self._sleep = sleep
        self._owns = owns_client

    @classmethod
    def from_url(cls, url: str, *, cluster: bool = False, **options: Any) -> AsyncRedisTokenCache:
        """A cache on its own ``redis.asyncio`` pool to ``url`` (see ``RedisTokenCache``)."""
        mine, theirs = _split(options)
        return cls(async_client(url, cluster=cluster, **theirs), owns_client=True, **mine)

    def _up(self) -> bool:
        return self._core.outage.usable()

    def _down(self, exc: Exception) -> None:
        self._core.outage.failed(exc)

    async def aget(self, key: str) -> CachedToken | None:
        """The token stored under ``key``, or None."""
        if self._up():
            try:
                token = self._core.decode(await self._client.get(self._core.keys(key)[0]))
            except self._error as exc:
                self._down(exc)
            else:
                self._core.outage.recovered()
                return token
        return self._core.local.get(key)

    async def aset(self, key: str, token: CachedToken) -> None:
        """Store ``token`` under ``key`` until it expires (also in this process)."""
        self._core.local.set(key, token)
        if self._up():
            try:
                await self._client.set(
                    self._core.keys(key)[0], self._core.encode(token), px=self._core.ttl_ms(token)
                )
            except self._error as exc:
                self._down(exc)
            else:
                self._core.outage.recovered()

    async def adelete(self, key: str, access_token: str | None = None) -> None:
        """Forget ``key``; with ``access_token``, only if that is the stored token."""
        self._core.local.delete(key, access_token)
        if not self._up():
            return
        name = self._core.keys(key)[0]
        try:
            if access_token is None:
                await self._client.delete(name)
            else:
                raw = await self._client.get(name)
                stored = self._core.decode(raw)
                if stored is not None and stored.access_token == access_token:
                    await self._release(keys=[name], args=[raw])
        except self._error as exc:
            self._down(exc)

    async def afetch_once(
        self,
        key: str,
        fetch: Callable[[], Awaitable[CachedToken]],
        usable: Callable[[CachedToken], bool],
    ) -> CachedToken:
        """A usable token of ``key``; one ``fetch`` in the fleet at a time (module docstring)."""
        if not self._up():
            return await self._alone(key, fetch)
        name, lock, failed = self._core.keys(key)
        steps = _flight(usable, self._core.lock_wait, self._core.monotonic)
        reply: Any = None
        while True:
            try:
                step, argument = steps.send(reply)
            except StopIteration as done:
                token: CachedToken = done.value
                return token
            reply = None
            if step is _TokenStep.FETCH:
                try:
                    reply = await fetch()
                except Exception as exc:
                    reply = None
                    step, argument = steps.throw(exc)
                    while True:
                        await self._quietly(step, argument, name, lock, failed)
                        step, argument = steps.send(None)
                self._core.local.set(key, reply)
            elif step is _TokenStep.SLEEP:
                await self._asleep(argument)
            elif step in (_TokenStep.WRITE, _TokenStep.FAIL, _TokenStep.RELEASE):
                await self._quietly(step, argument, name, lock, failed)
            else:
                try:
                    reply = await self._ask(step, argument, name, lock, failed)
                except self._error as exc:
                    self._down(exc)
                    steps.close()
                    return await self._alone(key, fetch)

    async def _asleep(self, seconds: float) -> None:
        if self._sleep is not None:
            await self._sleep(seconds)
        else:
            import asyncio  # the loop runs: already loaded

            await asyncio.sleep(seconds)

    async def _ask(self, step: _TokenStep, argument: Any, name: str, lock: str, failed: str) -> Any:
        if step is _TokenStep.READ:
            return self._core.decode(await self._client.get(name))
        if step is _TokenStep.FAILURE:
            raw = await self._client.get(failed)
            if raw is not None and json.loads(raw).get("flight") == argument:
                return raw
            return None
        if step is _TokenStep.LOCK:
            return bool(await self._client.set(lock, argument, nx=True, px=self._core.lock_ttl_ms))
        holder = await self._client.get(lock)
        return holder.decode() if isinstance(holder, bytes) else holder

    async def _quietly(
        self, step: _TokenStep, argument: Any, name: str, lock: str, failed: str
    ) -> None:
        try:
            if step is _TokenStep.WRITE:
                value = self._core.encode(argument)
                await self._client.set(name, value, px=self._core.ttl_ms(argument))
            elif step is _TokenStep.FAIL:
                await self._client.set(failed, argument, px=math.ceil(_FAILURE_TTL * 1000))
            else:
                await self._release(keys=[lock], args=[argument])
        except self._error as exc:
            self._down(exc)

    async def _alone(self, key: str, fetch: Callable[[], Awaitable[CachedToken]]) -> CachedToken:
        token = await fetch()
        self._core.local.set(key, token)
        return token

    async def aclose(self) -> None:
        """Close the connection pool if the cache opened it (``from_url``)."""
        if self._owns:
            await self._client.aclose()

    def __repr__(self) -> str:
        return self._core.describe(type(self).__name__)


_CACHE_OPTIONS = frozenset(
    {"prefix", "encryption_key", "lock_ttl", "lock_wait", "recheck", "clock", "monotonic", "sleep"}
)


def _split(options: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    mine = {k: v for k, v in options.items() if k in _CACHE_OPTIONS}
    theirs = {k: v for k, v in options.items() if k not in _CACHE_OPTIONS}
    return mine, theirs

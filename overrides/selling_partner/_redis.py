"""What the Redis stores share: the optional import, key names, connections, outages.

Key names (one documented prefix, ``selling-partner`` by default)::

    <prefix>:{<identity>}:bucket:<region>:<operationId>          hash: one token bucket
    <prefix>:{<identity>}:bucket:<region>:<operationId>:workers  sorted set: who used it lately
    <prefix>:{<identity>}:<kind>[:<digest>]                        a cached token (lwa, rdt)
    <prefix>:{<identity>}:<kind>[:<digest>]:lock                   single flight of its fetch
    <prefix>:{<identity>}:<kind>[:<digest>]:failed                 that fetch's failure, briefly

``<identity>`` is the non-secret 16-hex digest the runtime keys everything by
(client id and grant; the application alone for grantless operations). In
braces it is a Redis Cluster hash tag: all of one seller's keys live in one
slot, so each script touches one node and is timed by one clock. Every key has
a TTL; no key name holds a secret.

Outages: every store call that fails with a Redis error falls back to a
process-local store (see the stores' docstrings) and marks Redis down; it is
tried again at most once per ``recheck`` seconds. Going down and coming back
are logged once each (WARNING on ``selling_partner.redis``), never per call.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

from ._errors import ConfigurationError

__all__ = [
    "DEFAULT_PREFIX",
    "RECHECK",
    "Outage",
    "async_client",
    "bucket_keys",
    "check_prefix",
    "import_redis",
    "sync_client",
    "token_keys",
]

_log = logging.getLogger("selling_partner.redis")

#: The prefix of every key the library writes.
DEFAULT_PREFIX = "selling-partner"
#: Seconds between attempts to reach Redis again while it is down.
RECHECK = 1.0

# Store calls must not hang on a dead server: the calls they pace take longer.
_CONNECTION_DEFAULTS: dict[str, Any] = {
    "socket_timeout": 1.0,
    "socket_connect_timeout": 1.0,
    "health_check_interval": 30,
}


def import_redis() -> ModuleType:
    """The ``redis`` package (redis-py), or a ConfigurationError saying how to install it."""
    try:
        import redis
    except ImportError as exc:
        raise ConfigurationError(
            "Redis support needs redis-py: pip install 'selling-partner[redis]'"
        ) from exc
    return redis


def check_prefix(prefix: str) -> str:
    """``prefix`` if usable as the start of every key name."""
    if not isinstance(prefix, str) or not prefix or any(c in prefix for c in "{} \n"):
        raise ConfigurationError(
            f"prefix must be a non-empty string without braces or spaces, got {prefix!r}"
        )
    return prefix


def _tag(identity: str) -> str:
    # A brace would end the hash tag early and split a seller over slots.
    return identity.replace("{", "(").replace("}", ")")


def bucket_keys(prefix: str, identity: str, region: str, operation: str) -> tuple[str, str]:
    """The hash of a bucket and the sorted set of the workers that used it lately."""
    name = f"{prefix}:{{{_tag(identity)}}}:bucket:{region}:{operation}"
    return name, f"{name}:workers"


def token_keys(prefix: str, key: str) -> tuple[str, str, str]:
    """The value, lock and failure keys of a token-cache key (``lwa:<id>``, ``rdt:<id>:<h>``).

    The part after the first colon is the identity (the hash tag); a key without
    one is its own tag.
    """
    kind, sep, rest = key.partition(":")
    if sep:
        identity, _, tail = rest.partition(":")
        name = f"{prefix}:{{{_tag(identity)}}}:{kind}" + (f":{tail}" if tail else "")
    else:
        name = f"{prefix}:{{{_tag(key)}}}:token"
    return name, f"{name}:lock", f"{name}:failed"


def _options(redis: ModuleType, options: dict[str, Any], retry: Any) -> dict[str, Any]:
    merged = {**_CONNECTION_DEFAULTS, **options}
    # One immediate retry reconnects a pooled connection a restart broke; more
    # would stall every call while Redis is really down.
    merged.setdefault("retry", retry)
    return merged


def sync_client(url: str, *, cluster: bool = False, **options: Any) -> Any:
    """A redis-py client for ``url`` (``redis://``, ``rediss://``, ``unix://``)."""
    redis = import_redis()
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    _check_url(url)
    merged = _options(redis, options, Retry(NoBackoff(), 1))
    if cluster:
        from redis.cluster import RedisCluster

        merged.pop("health_check_interval", None)
        return RedisCluster.from_url(url, **merged)
    return redis.Redis.from_url(url, **merged)


def async_client(url: str, *, cluster: bool = False, **options: Any) -> Any:
    """A ``redis.asyncio`` client for ``url``; use it from one event loop."""
    redis = import_redis()
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    _check_url(url)
    merged = _options(redis, options, Retry(NoBackoff(), 1))
    if cluster:
        from redis.asyncio.cluster import RedisCluster

        merged.pop("health_check_interval", None)
        return RedisCluster.from_url(url, **merged)
    import redis.asyncio

    return redis.asyncio.Redis.from_url(url, **merged)


def _check_url(url: object) -> None:
    if not isinstance(url, str) or not url.startswith(("redis://", "rediss://", "unix://")):
        # Never echo the value: a Redis URL may carry a password.
        raise ConfigurationError(
            "a Redis URL must start with redis://, rediss:// or unix:// "
            "(e.g. redis://localhost:6379/0)"
        )


class Outage:
    """Whether Redis is reachable, for one store; logs each change once.

    Thread-safe. While down, :meth:`usable` lets one call through per
    ``recheck`` seconds to find out whether it is back.
    """

    def __init__(
        self, what: str, *, recheck: float = RECHECK, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._what = what
        self._recheck = recheck
        self._clock = clock
        self._guard = threading.Lock()
        self.down = False
        #: Increases each time Redis comes back (stores compare it with what they saw).
        self.epoch = 0
        self._since = 0.0
        self._next_try = 0.0

    def usable(self) -> bool:
        """True if a call should try Redis now."""
        if not self.down:
            return True
        now = self._clock()
        with self._guard:
            if now >= self._next_try:
                self._next_try = now + self._recheck
                return True
        return False

    def failed(self, error: BaseException) -> None:
        """A call failed with ``error`` (a Redis error): Redis is down."""
        now = self._clock()
        with self._guard:
            self._next_try = now + self._recheck
            if self.down:
                return
            self.down = True
            self._since = now
        # The error's type only: its text may quote a URL with a password.
        _log.warning(
            "Redis unreachable (%s): %s falls back to this process alone until it is back "
            "(checked every %g s)",
            type(error).__name__,
            self._what,
            self._recheck,
        )

    def recovered(self) -> None:
        """A call succeeded: Redis is up (logs once if it was down)."""
        if not self.down:
            return
        with self._guard:
            if not self.down:
                return
            self.down = False
            self.epoch += 1
            lasted = self._clock() - self._since
        _log.warning("Redis reachable again after %.1f s: %s shared again", lasted, self._what)

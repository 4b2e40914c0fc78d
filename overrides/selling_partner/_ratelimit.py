"""Client-side token buckets, one per (identity, region, operation).

The maths is a pure core over a small immutable :class:`BucketState`
(:func:`refill`, :func:`take`, :func:`anchor`, :func:`pause`,
:func:`adopt_rate`); stores keep states and apply the core atomically.

Reserve-then-sleep: :meth:`BucketStore.reserve` takes a token *now*, letting the
balance go negative, and answers how long the caller must wait before sending.
Concurrent callers thus get consecutive slots ``1/rate`` apart, which paces them
exactly without polling. A shared store (e.g. Redis, in a later issue) only has
to make ``reserve``/``observe``/``pause`` atomic per key.

Anchoring: the server's bucket, like ours, starts full, and starts refilling
when our first request *reaches* it, which is some unknown latency after we
sent it. A request sent later may travel faster and arrive before the server
has the token our schedule assumed. So a new bucket does not refill until the
first response of the bucket comes back (:func:`anchor`): the server's bucket
started draining no later than that. Then every later request is sent no
earlier than the server can admit it, whatever the latencies.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, replace
from typing import NamedTuple, Protocol, runtime_checkable

__all__ = [
    "DEFAULT_BURST",
    "DEFAULT_RATE",
    "SAFETY_DELAY",
    "SAFETY_FACTOR",
    "AsyncBucketStore",
    "BucketKey",
    "BucketState",
    "BucketStore",
    "InMemoryBucketStore",
    "adopt_rate",
    "anchor",
    "new_bucket",
    "pause",
    "refill",
    "take",
]

# Operations without a usage plan in Amazon's model (about 70 of 370, e.g. the
# Invoices and Supply Sources APIs). Measured on the models: 0.5/s is at or below
# the plan of 275 of the 299 operations that state one, and 1 is the smallest
# burst, so a burst of 1 spends no token the seller may not have. The first
# `x-amzn-RateLimit-Limit` answer replaces the rate with the real one.
DEFAULT_RATE = 0.5
DEFAULT_BURST = 1

# Margins against the server's bucket, after anchoring. The rate is scaled by
# SAFETY_FACTOR so that a drift between the two clocks cannot accumulate over a
# long run, and a slot that has to wait gets SAFETY_DELAY seconds more, so that a
# request never lands on the exact instant its token refills (the server needs a
# whole token; rounding could leave it a hair short).
SAFETY_DELAY = 0.01
SAFETY_FACTOR = 0.995


class BucketKey(NamedTuple):
    """Which bucket: the seller/application identity, the region and the operationId."""

    identity: str
    region: str
    operation: str


@dataclass(frozen=True, slots=True)
class BucketState:
    """A token bucket at one instant.

    Attributes:
        tokens: Tokens available at ``updated``; negative when slots are
            reserved ahead (each reservation takes one).
        updated: Time (of the store's clock) the balance refers to; in the
            future while the bucket is paused, so nothing refills before then.
        rate: Tokens added per second.
        burst: Most tokens the bucket holds.
        anchored: Whether a response has come back since the bucket was
            created; nothing refills before.
    """

    tokens: float
    updated: float
    rate: float
    burst: int
    anchored: bool = False


def _check(rate: float, burst: int) -> None:
    if not (math.isfinite(rate) and rate > 0):
        raise ValueError(f"a bucket rate must be a positive number of requests/s, got {rate!r}")
    if burst < 1:
        raise ValueError(f"a bucket burst must be at least 1, got {burst!r}")


def new_bucket(now: float, rate: float, burst: int) -> BucketState:
    """A full, not yet anchored bucket, like the server's before the first request.

    Raises:
        ValueError: ``rate`` is not a positive number or ``burst`` is below 1.
    """
    _check(rate, burst)
    return BucketState(tokens=float(burst), updated=now, rate=rate, burst=burst)


def refill(state: BucketState, now: float) -> BucketState:
    """The bucket at ``now``: tokens added for the time elapsed, capped at burst.

    An unanchored bucket does not refill (see the module docstring).
    """
    if now <= state.updated or not state.anchored:
        return state
    tokens = min(float(state.burst), state.tokens + (now - state.updated) * state.rate)
    return replace(state, tokens=tokens, updated=now)


def take(
    state: BucketState,
    now: float,
    *,
    safety_delay: float = SAFETY_DELAY,
    safety_factor: float = SAFETY_FACTOR,
) -> tuple[BucketState, float]:
    """Reserve one token at ``now``.

    Returns:
        The new state and the seconds to wait before sending (0 if a token was
        free). The token is taken even when the caller must wait: the wait is
        the caller's slot.
    """
    state = refill(state, now)
    tokens = state.tokens - 1.0
    start = max(state.updated, now)
    if tokens >= 0.0 and start <= now:
        return replace(state, tokens=tokens), 0.0
    deficit = max(0.0, -tokens)
    ready = start + deficit / (state.rate * safety_factor) + safety_delay
    return replace(state, tokens=tokens), ready - now


def anchor(state: BucketState, now: float) -> BucketState:
    """Start refilling at ``now``, when the bucket's first response came back.

    Later responses change nothing: the refill origin is set once.
    """
    if state.anchored:
        return state
    return replace(state, anchored=True, updated=max(state.updated, now))


def pause(state: BucketState, now: float, until: float) -> BucketState:
    """Hand out no token before ``until``, after a request of this bucket got a 429.

    The throttled request's token is given back (the server did not spend
    one), but a 429 means the server's bucket is empty whatever ours says: the
    balance at ``until`` is at most the one token the resend needs, and later
    callers are paced at the rate from there. Slots already reserved stay
    reserved (and push later slots back). A 429 is a response, so the bucket
    is anchored too.
    """
    state = refill(anchor(state, now), now)
    tokens = min(state.tokens + 1.0, 1.0)
    return replace(state, tokens=tokens, updated=max(state.updated, until))


def adopt_rate(state: BucketState, now: float, rate: float) -> BucketState:
    """Switch to ``rate`` (from ``x-amzn-RateLimit-Limit``), keeping burst and balance.

    Raises:
        ValueError: ``rate`` is not a positive number.
    """
    _check(rate, state.burst)
    if rate == state.rate:
        return state
    return replace(refill(state, now), rate=rate)


@runtime_checkable
class BucketStore(Protocol):
    """Where buckets live. Each method is atomic per key.

    ``rate`` and ``burst`` seed a bucket the store does not hold yet (from the
    operation table); an existing bucket keeps what it has learnt. ``now`` is the
    caller's clock; a shared store may use its own clock instead, since only
    the returned wait (a duration) matters to the caller.
    """

    def reserve(self, key: BucketKey, rate: float, burst: int, now: float) -> float:
        """Take a token; return the seconds to wait before sending."""
        ...

    def observe(
        self, key: BucketKey, rate: float, burst: int, now: float, advertised: float | None
    ) -> None:
        """A response came back at ``now``: anchor the bucket, adopt ``advertised`` if given."""
        ...

    def pause(self, key: BucketKey, rate: float, burst: int, now: float, until: float) -> None:
        """Hand out no token before ``until`` (the bucket's request got a 429)."""
        ...


@runtime_checkable
class AsyncBucketStore(Protocol):
    """:class:`BucketStore` for stores that need I/O (e.g. Redis) from asyncio code."""

    async def areserve(self, key: BucketKey, rate: float, burst: int, now: float) -> float:
        """Take a token; return the seconds to wait before sending."""
        ...

    async def aobserve(
        self, key: BucketKey, rate: float, burst: int, now: float, advertised: float | None
    ) -> None:
        """A response came back at ``now``: anchor the bucket, adopt ``advertised`` if given."""
        ...

    async def apause(
        self, key: BucketKey, rate: float, burst: int, now: float, until: float
    ) -> None:
        """Hand out no token before ``until`` (the bucket's request got a 429)."""
        ...


class InMemoryBucketStore:
    """Buckets in a dict behind a lock: shared by the threads of one process.

    The lock is held only for the O(1) bucket maths, so asyncio code can call
    it directly without blocking the loop for noticeable time.
    """

    def __init__(
        self, *, safety_delay: float = SAFETY_DELAY, safety_factor: float = SAFETY_FACTOR
    ) -> None:
        """Create an empty store.

        Args:
            safety_delay: Seconds added to every slot that has to wait.
            safety_factor: Fraction of the bucket rate used when scheduling.
        """
        if not (math.isfinite(safety_delay) and safety_delay >= 0):
            raise ValueError(f"safety_delay must be >= 0 seconds, got {safety_delay!r}")
        if not (0 < safety_factor <= 1):
            raise ValueError(f"safety_factor must be in (0, 1], got {safety_factor!r}")
        self._safety_delay = safety_delay
        self._safety_factor = safety_factor
        self._lock = threading.Lock()
        self._buckets: dict[BucketKey, BucketState] = {}

    def _get(self, key: BucketKey, rate: float, burst: int, now: float) -> BucketState:
        state = self._buckets.get(key)
        return new_bucket(now, rate, burst) if state is None else state

    def reserve(self, key: BucketKey, rate: float, burst: int, now: float) -> float:
        """Take a token; return the seconds to wait before sending."""
        with self._lock:
            state, wait = take(
                self._get(key, rate, burst, now),
                now,
                safety_delay=self._safety_delay,
                safety_factor=self._safety_factor,
            )
            self._buckets[key] = state
        return wait

    def observe(
        self, key: BucketKey, rate: float, burst: int, now: float, advertised: float | None
    ) -> None:
        """A response came back at ``now``: anchor the bucket, adopt ``advertised`` if given."""
        with self._lock:
            state = anchor(self._get(key, rate, burst, now), now)
            if advertised is not None:
                state = adopt_rate(state, now, advertised)
            self._buckets[key] = state

    def pause(self, key: BucketKey, rate: float, burst: int, now: float, until: float) -> None:
        """Hand out no token before ``until`` (the bucket's request got a 429)."""
        with self._lock:
            self._buckets[key] = pause(self._get(key, rate, burst, now), now, until)

    def state(self, key: BucketKey) -> BucketState | None:
        """The stored state of ``key`` (for inspection and tests), or ``None``."""
        with self._lock:
            return self._buckets.get(key)

    def __repr__(self) -> str:
        return f"InMemoryBucketStore(buckets={len(self._buckets)})"

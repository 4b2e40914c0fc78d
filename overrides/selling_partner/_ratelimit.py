"""Client-side token buckets, one per (identity, region, operation).

The maths is a pure core over a small immutable :class:`BucketState`
(:func:`refill`, :func:`take`, :func:`anchor`, :func:`pause`,
:func:`adopt_rate`); stores keep states and apply the core atomically.

The model is the server's: a strict token bucket (full at first use, refilled
continuously, capped at ``burst``, a request admitted only with a whole token).
It is kept as the theoretical arrival time of the generic cell rate algorithm:
``due``, the seconds until the bucket, net of every slot handed out, is full
again. Sending at ``s`` moves that time to ``max(full, s) + 1/rate``: when the
bucket is already full at ``s``, the tokens it would have gained meanwhile are
lost to the cap, exactly as on the server. A balance that may go negative
(tokens reserved ahead) without that ``max`` keeps those lost tokens and sends
early: at 0.5/s, burst 1, 1.9999 s after the previous call instead of 2 s.

Reserve-then-sleep: :meth:`BucketStore.reserve` hands out a slot *now* and
answers how long the caller must wait before sending. Concurrent callers thus
get consecutive slots ``1/rate`` apart, which paces them exactly without
polling. A shared store (e.g. Redis, in a later issue) only has to make
``reserve``/``observe``/``pause`` atomic per key.

Margins (see :data:`SAFETY_DELAY` and :data:`SAFETY_FACTOR`): slots are computed
for a bucket ``SAFETY_FACTOR`` times slower than the plan, and a slot that has
to wait for a refill is ``SAFETY_DELAY`` (at most one interval) later than the
earliest instant the bucket allows. Then the schedule stays admissible for a
strict server bucket of the plan's rate and burst even if each request reaches
the server up to ``SAFETY_DELAY`` later than its slot (thread wake-up, network
jitter), and even if the server's clock runs up to ``1 - SAFETY_FACTOR`` slower
than ours. ``tests/unit/test_ratelimit.py`` checks this against a strict bucket
with random callers, latencies, jitter, 429 pauses and plan changes.

Anchoring: the server's bucket, like ours, starts full, and starts refilling
when our first request *reaches* it, which is some unknown latency after we
sent it. A request sent later may travel faster and arrive before the server
has the token our schedule assumed. So a new bucket does not refill until the
first attempt of the bucket ends (:func:`anchor`), with a response or with a
transport error: if that request reached the server, its bucket started
draining no later than that; if it did not, the server's bucket is still full,
which only leaves it ahead of ours. Then every later request is sent no
earlier than the server can admit it, whatever the latencies. (Anchoring on
responses only would never refill a bucket during an outage: each attempt
would push later slots back for good.)
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, replace
from typing import NamedTuple, Protocol, runtime_checkable

__all__ = [
    "DEFAULT_BURST",
    "DEFAULT_RATE",
    "IDLE_BUCKET",
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

# Margins against the server's bucket, after anchoring (module docstring).
# SAFETY_DELAY: seconds a slot that waits for a refill is sent after the earliest
# instant the server's bucket admits it, so a request that reaches the server up
# to that much late (a thread or event loop waking late, network jitter) still
# finds its token. 10 ms covers scheduler wake-up on a loaded machine; it costs
# 10 ms per slot only at burst 1 (0.5 % at the default 0.5/s), where every slot
# waits for a refill, and at most 10 ms once per burst otherwise. Above 100/s it
# shrinks to one interval: the margin is applied to every slot a whole token
# away, and at such rates a 10 ms margin would space out calls the burst admits.
# SAFETY_FACTOR: slots are computed for a rate 0.5 % below the plan, so that a
# server clock up to 0.5 % slower than ours (quartz drifts by 0.005 %) cannot
# make a long paced run outrun the server's refill.
SAFETY_DELAY = 0.01
SAFETY_FACTOR = 0.995
#: Seconds a bucket of :class:`InMemoryBucketStore` stays full before it is swept out.
IDLE_BUCKET = 300.0

# Float rounding only: a slot a nanosecond ahead is due now (rate changes rescale
# the balance, which leaves a few ulps behind).
_ROUNDING = 1e-9


class BucketKey(NamedTuple):
    """Which bucket: the seller/application identity, the region and the operationId."""

    identity: str
    region: str
    operation: str


@dataclass(frozen=True, slots=True)
class BucketState:
    """A token bucket at one instant, as seconds until it is full again.

    Durations count in intervals of the scheduling rate, ``1 / (rate *
    safety_factor)`` (the store's safety factor), so one token is one interval.

    Attributes:
        rate: Tokens added per second (the plan).
        burst: Most tokens the bucket holds.
        due: Seconds from ``at`` until the bucket, net of every slot handed
            out, is full again: ``burst - 1`` intervals with one token left,
            more with slots reserved ahead, negative when it has been full
            that long, ``-inf`` for a bucket never used.
        at: Time (of the store's clock) ``due`` is measured from; in the future
            while the bucket is paused after a 429 (nothing refills before).
        anchored: Whether a response has come back since the bucket was
            created. Before that nothing refills: ``due`` stays as time passes.
        last: The latest slot handed out (a time of the store's clock). A
            request sent then leaves the bucket short of full for at least one
            interval, however the balance is rescaled or refunded.
    """

    rate: float
    burst: int
    due: float
    at: float
    anchored: bool = False
    last: float = -math.inf

    def due_at(self, now: float) -> float:
        """Seconds from ``now`` until the bucket is full again (``now`` may precede ``at``)."""
        if not self.anchored:
            return self.due
        return self.due - (now - self.at)

    def tokens_at(self, now: float, safety_factor: float = SAFETY_FACTOR) -> float:
        """Tokens left at ``now`` net of the slots handed out (negative: reserved ahead)."""
        due = max(0.0, self.due_at(now))
        return self.burst - due * self.rate * safety_factor


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
    return BucketState(rate=rate, burst=burst, due=-math.inf, at=now)


def refill(state: BucketState, now: float) -> BucketState:
    """The same bucket measured from ``now`` (not before ``at``), having refilled meanwhile.

    An unanchored bucket does not refill (see the module docstring).
    """
    if now <= state.at or not state.anchored:
        return state
    return BucketState(state.rate, state.burst, state.due_at(now), now, state.anchored, state.last)


def take(
    state: BucketState,
    now: float,
    *,
    safety_delay: float = SAFETY_DELAY,
    safety_factor: float = SAFETY_FACTOR,
    max_wait: float | None = None,
) -> tuple[BucketState, float]:
    """Hand out the next slot to a caller asking at ``now``.

    Args:
        state: The bucket.
        now: The caller's clock.
        safety_delay: Seconds added to a slot that waits for a refill (at
            most one interval).
        safety_factor: Fraction of the rate the slots are computed for.
        max_wait: If the slot is more than this many seconds away, hand out
            nothing (the state comes back unchanged).

    Returns:
        The new state and the seconds to wait before sending (0 if a token is
        free). The slot is taken even though the caller must wait: the wait
        is the caller's slot.
    """
    interval = 1.0 / (state.rate * safety_factor)
    due = state.due_at(now)
    # A whole token is there once the bucket is at most burst - 1 tokens short.
    ready = due - (state.burst - 1) * interval
    wait = ready + min(safety_delay, interval)
    if wait <= _ROUNDING:
        wait = 0.0
    if max_wait is not None and wait > max_wait:
        return state, wait
    # Sending at now + wait: a bucket already full by then loses the refill to the cap.
    due = max(due, wait) + interval
    at = max(state.at, now)
    if state.anchored:
        due -= at - now
    # the constructor, not dataclasses.replace: this runs on every call, replace costs 5 us
    last = max(state.last, now + wait)
    return BucketState(state.rate, state.burst, due, at, state.anchored, last), wait


def _after_last(state: BucketState, due: float, at: float, interval: float) -> float:
    """``due`` (from ``at``), full no sooner than one interval after the latest slot.

    That request is sent then, whatever the balance says, and the server's
    bucket is one token short after it.
    """
    return max(due, state.last + interval - at)


def anchor(state: BucketState, now: float) -> BucketState:
    """Start refilling at ``now``, when the bucket's first attempt ended.

    A response or a transport error ends an attempt (see the module docstring).

    Later responses change nothing: the refill origin is set once.
    """
    if state.anchored:
        return state
    return replace(state, anchored=True, at=max(state.at, now))


def pause(
    state: BucketState,
    now: float,
    until: float,
    *,
    sent: float | None = None,
    safety_factor: float = SAFETY_FACTOR,
) -> BucketState:
    """Hand out no slot before ``until``, after a request of this bucket got a 429 at ``now``.

    A 429 means the server's bucket is empty whatever ours says: at ``until``
    the bucket holds at most the one token the resend needs, and nothing
    refills before. The throttled request's token is given back (the server
    did not spend one) only if it was sent at ``sent`` and no slot was handed
    out after that: a later slot may still be on its way to the server (or
    not yet sent), so handing the token out again could put two requests
    where the server has one. Slots already handed out stay taken (and push
    later slots back). A pause inside an earlier one does not stack on it. A
    429 is a response, so the bucket is anchored too.
    """
    state = anchor(state, now)
    interval = 1.0 / (state.rate * safety_factor)
    base = max(now, state.at)  # the end of an earlier pause, if one is running
    due = state.due_at(base)
    at = max(base, until)
    if sent is not None and state.last <= sent:
        due -= interval
    else:
        due = _after_last(state, due, at, interval)
    return replace(state, due=max(due, (state.burst - 1) * interval), at=at)


def adopt_rate(
    state: BucketState, now: float, rate: float, *, safety_factor: float = SAFETY_FACTOR
) -> BucketState:
    """Switch to ``rate`` (from ``x-amzn-RateLimit-Limit``), keeping burst and balance.

    Raises:
        ValueError: ``rate`` is not a positive number.
    """
    _check(rate, state.burst)
    if rate == state.rate:
        return state
    state = refill(state, now)
    # The tokens short of full stay the same; they take longer (or less) to refill.
    due = state.due * (state.rate / rate) if state.due > 0 else state.due
    # Slots handed out at the old rate are sent at their times, not packed at the new one.
    # (An unanchored due counts from the present.)
    at = state.at if state.anchored else max(now, state.at)
    due = _after_last(state, due, at, 1.0 / (rate * safety_factor))
    return replace(state, rate=rate, due=due)


@runtime_checkable
class BucketStore(Protocol):
    """Where buckets live. Each method is atomic per key.

    ``rate`` and ``burst`` seed a bucket the store does not hold yet (from the
    operation table); an existing bucket keeps what it has learnt. ``now`` is the
    caller's clock; a shared store may use its own clock instead, since only
    the returned wait (a duration) matters to the caller.
    """

    def reserve(
        self, key: BucketKey, rate: float, burst: int, now: float, max_wait: float | None = None
    ) -> float:
        """Take a slot; return the seconds to wait before sending.

        With ``max_wait``, a slot further away than that is not taken: the
        returned wait (above ``max_wait``) says how far it was.
        """
        ...

    def observe(
        self, key: BucketKey, rate: float, burst: int, now: float, advertised: float | None
    ) -> None:
        """An attempt ended at ``now`` (a response, or a transport error).

        Anchors the bucket; adopts ``advertised`` (the response's
        ``x-amzn-RateLimit-Limit``) if given.
        """
        ...

    def pause(
        self,
        key: BucketKey,
        rate: float,
        burst: int,
        now: float,
        until: float,
        sent: float | None = None,
    ) -> None:
        """Hand out no slot before ``until``: the request sent at ``sent`` got a 429 at ``now``.

        ``sent`` (``None`` if unknown) lets the throttled request's token be
        given back when no slot was handed out after it.
        """
        ...


@runtime_checkable
class AsyncBucketStore(Protocol):
    """:class:`BucketStore` for stores that need I/O (e.g. Redis) from asyncio code."""

    async def areserve(
        self, key: BucketKey, rate: float, burst: int, now: float, max_wait: float | None = None
    ) -> float:
        """Take a slot; return the seconds to wait (see :meth:`BucketStore.reserve`)."""
        ...

    async def aobserve(
        self, key: BucketKey, rate: float, burst: int, now: float, advertised: float | None
    ) -> None:
        """An attempt ended at ``now`` (a response, or a transport error).

        Anchors the bucket; adopts ``advertised`` (the response's
        ``x-amzn-RateLimit-Limit``) if given.
        """
        ...

    async def apause(
        self,
        key: BucketKey,
        rate: float,
        burst: int,
        now: float,
        until: float,
        sent: float | None = None,
    ) -> None:
        """Hand out no slot before ``until`` (see :meth:`BucketStore.pause`)."""
        ...


class InMemoryBucketStore:
    """Buckets in a dict behind a lock: shared by the threads of one process.

    The lock is held only for the O(1) bucket maths, so asyncio code can call
    it directly without blocking the loop for noticeable time.

    Bounded by use: a bucket that has been full for ``idle`` seconds is the same
    as a new one (only a rate adopted from ``x-amzn-RateLimit-Limit`` is lost:
    the next answer says it again), so it is swept out, at most once per
    ``idle`` seconds, when a slot is taken. Paused buckets and buckets with a
    request in flight are never full, so they stay. A process serving thousands
    of sellers keeps the buckets of those that called lately only.
    """

    def __init__(
        self,
        *,
        safety_delay: float = SAFETY_DELAY,
        safety_factor: float = SAFETY_FACTOR,
        idle: float = IDLE_BUCKET,
    ) -> None:
        """Create an empty store.

        Args:
            safety_delay: Seconds added to every slot that waits for a refill.
            safety_factor: Fraction of the bucket rate used when scheduling.
            idle: Seconds a bucket stays full before it is swept out (``math.inf``: never).
        """
        if not idle > 0:  # math.inf: never swept
            raise ValueError(f"idle must be a positive number of seconds, got {idle!r}")
        self._idle = idle
        self._swept = -math.inf
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

    def reserve(
        self, key: BucketKey, rate: float, burst: int, now: float, max_wait: float | None = None
    ) -> float:
        """Take a slot; return the seconds to wait (see :meth:`BucketStore.reserve`)."""
        with self._lock:
            # math.inf never sweeps (a full bucket's due time can be -inf itself).
            if self._idle != math.inf and now - self._swept >= self._idle:
                self._sweep(now)
            state, wait = take(
                self._get(key, rate, burst, now),
                now,
                safety_delay=self._safety_delay,
                safety_factor=self._safety_factor,
                max_wait=max_wait,
            )
            self._buckets[key] = state
        return wait

    def observe(
        self, key: BucketKey, rate: float, burst: int, now: float, advertised: float | None
    ) -> None:
        """An attempt ended at ``now`` (a response, or a transport error).

        Anchors the bucket; adopts ``advertised`` (the response's
        ``x-amzn-RateLimit-Limit``) if given.
        """
        with self._lock:
            state = anchor(self._get(key, rate, burst, now), now)
            if advertised is not None:
                state = adopt_rate(state, now, advertised, safety_factor=self._safety_factor)
            self._buckets[key] = state

    def pause(
        self,
        key: BucketKey,
        rate: float,
        burst: int,
        now: float,
        until: float,
        sent: float | None = None,
    ) -> None:
        """Hand out no slot before ``until`` (see :meth:`BucketStore.pause`)."""
        with self._lock:
            self._buckets[key] = pause(
                self._get(key, rate, burst, now),
                now,
                until,
                sent=sent,
                safety_factor=self._safety_factor,
            )

    def _sweep(self, now: float) -> None:
        # Called with the lock held.
        self._swept = now
        idle = [k for k, s in self._buckets.items() if s.anchored and s.due_at(now) <= -self._idle]
        for k in idle:
            del self._buckets[k]

    def __len__(self) -> int:
        """How many buckets the store holds now."""
        return len(self._buckets)

    def state(self, key: BucketKey) -> BucketState | None:
        """The stored state of ``key`` (for inspection and tests), or ``None``."""
        with self._lock:
            return self._buckets.get(key)

    def __repr__(self) -> str:
        return f"InMemoryBucketStore(buckets={len(self._buckets)})"

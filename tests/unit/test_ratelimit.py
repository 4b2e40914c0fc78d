"""Token bucket maths (pure) and the bucket stores: in memory, and in a real Redis.

The store tests and the property tests at the end run against both stores
(``make_store``): the Redis one runs the same maths as a server-side Lua
script, on the callers' clock here (``server_clock=False``) so that the
simulated time drives it. The property tests replay random workloads
(sequential and concurrent callers, latencies, jitter, 429 pauses, rate
changes) against the fake server's strict token bucket, the reference a real
server is assumed to be.
"""

from __future__ import annotations

import heapq
import math
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fake_spapi import TokenBucket
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from selling_partner._ratelimit import (
    DEFAULT_BURST,
    DEFAULT_RATE,
    SAFETY_DELAY,
    SAFETY_FACTOR,
    AsyncBucketStore,
    BucketKey,
    BucketState,
    BucketStore,
    InMemoryBucketStore,
    adopt_rate,
    anchor,
    new_bucket,
    pause,
    refill,
    take,
)
from selling_partner._redis_buckets import RedisBucketStore

EXACT = {"safety_delay": 0.0, "safety_factor": 1.0}
KEY = BucketKey("id-1", "na", "getPackageTrackingDetails")

MakeStore = Callable[..., Any]


@pytest.fixture(scope="module", params=["memory", "redis"])
def make_store(request: pytest.FixtureRequest) -> Iterator[MakeStore]:
    """Builds an empty store of each kind (Redis: a fresh key prefix per store)."""
    if request.param == "memory":
        yield InMemoryBucketStore
        return
    import redis

    client = redis.Redis.from_url(request.getfixturevalue("redis_server").url)

    def make(**kwargs: float) -> RedisBucketStore:
        prefix = f"test-{uuid.uuid4().hex[:12]}"
        return RedisBucketStore(client, prefix=prefix, server_clock=False, **kwargs)

    yield make
    client.close()


def drain(state: BucketState, now: float, n: int) -> tuple[BucketState, list[float]]:
    waits = []
    for _ in range(n):
        state, wait = take(state, now, **EXACT)
        waits.append(wait)
    return state, waits


def test_new_bucket_starts_full_like_the_server() -> None:
    state = new_bucket(10.0, 2.0, 30)
    assert state == BucketState(rate=2.0, burst=30, due=-math.inf, at=10.0)
    assert state.tokens_at(99.0) == 30.0


@pytest.mark.parametrize(("rate", "burst"), [(0.0, 1), (-1.0, 1), (float("nan"), 1), (1.0, 0)])
def test_new_bucket_refuses_bad_limits(rate: float, burst: int) -> None:
    with pytest.raises(ValueError, match=r"rate must be a positive|burst must be at least 1"):
        new_bucket(0.0, rate, burst)


def test_refill_counts_down_to_full_and_past_it() -> None:
    state = BucketState(rate=2.0, burst=30, due=15.0, at=0.0, anchored=True)  # 0 tokens
    assert refill(state, 1.5).due == 13.5
    assert refill(state, 1.5).tokens_at(1.5, safety_factor=1.0) == 3.0
    assert refill(state, 100.0).tokens_at(100.0) == 30.0  # capped at burst
    # A clock that does not move forward mints nothing.
    assert refill(state, -5.0) == state


def test_burst_is_free_then_callers_get_consecutive_slots() -> None:
    state, waits = drain(new_bucket(0.0, 2.0, 30), 0.0, 33)
    assert waits[:30] == [0.0] * 30
    assert waits[30:] == [0.5, 1.0, 1.5]
    assert state.tokens_at(0.0, safety_factor=1.0) == -3.0


def test_slots_follow_the_clock() -> None:
    state, _ = drain(new_bucket(0.0, 2.0, 2), 0.0, 2)
    state = anchor(state, 0.0)
    state, wait = take(state, 0.2, **EXACT)
    assert wait == pytest.approx(0.3)  # the token that refills at 0.5
    state, wait = take(state, 10.0, **EXACT)
    assert wait == 0.0


def test_a_bucket_full_before_the_slot_loses_the_refill_to_the_cap() -> None:
    """The H6 bug: 0.5/s, burst 1, and a slot a little later than the token refills."""
    state, _ = take(new_bucket(0.0, 0.5, 1), 0.0, **EXACT)
    state = anchor(state, 0.0)
    state, wait = take(state, 0.0, safety_delay=0.01, safety_factor=1.0)
    assert wait == pytest.approx(2.01)  # sent at 2.01: full since 2.0, nothing more
    state, wait = take(state, 2.01, safety_delay=0.01, safety_factor=1.0)
    assert wait == pytest.approx(2.01)  # 2.0 after the previous send, plus the margin


def test_safety_margins_only_delay_slots_that_wait() -> None:
    state = new_bucket(0.0, 2.0, 1)
    state, free = take(state, 0.0, safety_delay=0.05, safety_factor=0.5)
    assert free == 0.0
    state, wait = take(state, 0.0, safety_delay=0.05, safety_factor=0.5)
    assert wait == pytest.approx(1 / (2.0 * 0.5) + 0.05)


def test_defaults_include_a_small_safety_margin() -> None:
    state, _ = take(new_bucket(0.0, 2.0, 1), 0.0)
    _, wait = take(state, 0.0)
    assert wait == pytest.approx(1 / (2.0 * SAFETY_FACTOR) + SAFETY_DELAY)
    assert 0.5 < wait < 0.52


def test_the_last_token_of_an_instant_burst_waits_the_safety_delay() -> None:
    state, waits = drain(new_bucket(0.0, 2.0, 3), 0.0, 2)
    _, wait = take(state, 0.0, safety_delay=0.01, safety_factor=1.0)
    assert waits == [0.0, 0.0]
    assert wait == pytest.approx(0.01)


def test_a_fast_bucket_does_not_space_calls_by_the_safety_delay() -> None:
    # 1000/s, burst 30, a call every millisecond: the server admits every one.
    state = anchor(new_bucket(0.0, 1000.0, 30), 0.0)
    for k in range(100):
        state, wait = take(state, k / 1000, safety_delay=0.01, safety_factor=1.0)
        assert wait == 0.0


def test_max_wait_hands_out_nothing_beyond_it() -> None:
    state, _ = drain(new_bucket(0.0, 2.0, 1), 0.0, 3)  # next slot 1.5 s away
    same, wait = take(state, 0.0, max_wait=1.0, **EXACT)
    assert (same, wait) == (state, 1.5)
    _, wait = take(state, 0.0, max_wait=1.5, **EXACT)
    assert wait == 1.5


def test_pause_holds_every_token_until_the_end_of_the_pause() -> None:
    state, _ = take(new_bucket(0.0, 2.0, 30), 0.0)  # the request that got the 429
    state = pause(state, now=0.0, until=3.0, safety_factor=1.0)
    assert state.at == 3.0
    assert state.tokens_at(3.0, safety_factor=1.0) == 1.0
    state, first = take(state, 0.0, **EXACT)
    assert first == 3.0  # the first resend goes when the pause ends
    state, second = take(state, 0.0, **EXACT)
    assert second == 3.5  # later callers are paced from there
    # Nothing refills during the pause.
    assert refill(state, 2.9) == state


def test_pause_keeps_reserved_slots_and_never_shortens() -> None:
    # The throttled request and two more slots taken, at 0.5 and 1.0: tokens -2.
    state, _ = drain(new_bucket(0.0, 2.0, 1), 0.0, 3)
    paused = pause(state, now=0.0, until=1.0, safety_factor=1.0)
    # The slots ahead keep their tokens, and the throttled one's token sits before
    # theirs: giving it back would hand out a slot the server does not have.
    assert paused.tokens_at(1.0, safety_factor=1.0) == -2.0
    _, wait = take(paused, 0.0, **EXACT)
    assert wait == 1.0 + 3 / 2.0
    assert pause(paused, now=0.0, until=0.5, safety_factor=1.0).at == 1.0


def test_the_latest_slot_gets_its_token_back() -> None:
    state, _ = take(new_bucket(0.0, 2.0, 1), 0.0, **EXACT)
    paused = pause(state, now=0.1, until=2.0, sent=0.0, safety_factor=1.0)
    assert paused.tokens_at(2.0, safety_factor=1.0) == 1.0  # the server spent nothing
    # Not knowing when the throttled request went, a later slot may be on its way.
    unknown = pause(state, now=0.1, until=2.0, safety_factor=1.0)
    assert unknown.tokens_at(2.0, safety_factor=1.0) == 0.0


def test_a_pause_inside_a_running_pause_does_not_stack() -> None:
    state, _ = drain(new_bucket(0.0, 2.0, 1), 0.0, 2)  # slots at 0 and 0.5, both throttled
    once = pause(state, now=0.0, until=2.0, sent=0.0, safety_factor=1.0)
    twice = pause(once, now=0.5, until=2.0, sent=0.5, safety_factor=1.0)
    # The pause still ends at 2.0 (not 3.5); the latest slot's token came back.
    assert twice.at == 2.0
    assert twice.tokens_at(2.0, safety_factor=1.0) == 0.0


def test_repeated_429s_resend_at_each_retry_after() -> None:
    state, _ = take(new_bucket(0.0, 2.0, 30), 0.0)
    for until in (2.0, 4.0, 6.0):
        state = pause(state, now=until - 2.0, until=until, sent=until - 2.0, safety_factor=1.0)
        state, wait = take(state, until - 2.0, **EXACT)
        assert wait == 2.0


def test_adopt_rate_goes_both_ways_and_keeps_burst() -> None:
    state, _ = drain(new_bucket(0.0, 2.0, 30), 0.0, 30)
    faster = adopt_rate(state, 0.0, 10.0)
    assert (faster.rate, faster.burst) == (10.0, 30)
    assert take(faster, 0.0, **EXACT)[1] == pytest.approx(0.1)
    slower = adopt_rate(state, 0.0, 0.5)
    assert take(slower, 0.0, **EXACT)[1] == pytest.approx(2.0)
    assert adopt_rate(state, 0.0, 2.0) is state


def test_adopt_rate_keeps_tokens_earned_at_the_old_rate() -> None:
    state, _ = drain(new_bucket(0.0, 2.0, 30), 0.0, 30)
    state = anchor(state, 0.0)
    later = adopt_rate(state, 1.0, 10.0)  # 2 tokens earned at 2/s during [0, 1]
    assert later.tokens_at(1.0, safety_factor=1.0) == pytest.approx(2.0)
    assert later.at == 1.0


def test_adopt_rate_refuses_garbage() -> None:
    with pytest.raises(ValueError, match="positive"):
        adopt_rate(new_bucket(0.0, 2.0, 30), 0.0, 0.0)


def test_default_plan_is_conservative() -> None:
    assert 0 < DEFAULT_RATE <= 0.5
    assert DEFAULT_BURST == 1


def test_safety_margins_are_small() -> None:
    # Against the plan: at most 0.5 % of the rate, and 10 ms a slot.
    assert 0.995 <= SAFETY_FACTOR < 1
    assert 0 < SAFETY_DELAY <= 0.01


def test_store_seeds_once_then_keeps_what_it_learnt(make_store: MakeStore) -> None:
    store = make_store(**EXACT)
    assert isinstance(store, BucketStore)
    assert not isinstance(store, AsyncBucketStore)
    assert store.state(KEY) is None
    assert store.reserve(KEY, 2.0, 1, 0.0) == 0.0
    store.observe(KEY, 2.0, 1, 0.0, 4.0)
    # A later caller's seed (e.g. another table version) does not reset the bucket.
    assert store.reserve(KEY, 1.0, 50, 0.0) == pytest.approx(0.25)
    assert store.state(KEY) == BucketState(
        rate=4.0, burst=1, due=0.5, at=0.0, anchored=True, last=0.25
    )
    store.observe(KEY, 2.0, 1, 0.0, None)  # no header: the rate stays
    assert store.state(KEY).rate == 4.0  # type: ignore[union-attr]
    store.pause(KEY, 2.0, 1, 0.0, 10.0)  # the first of two slots throttled: one ahead
    assert store.reserve(KEY, 2.0, 1, 0.0) == pytest.approx(10.5)


def test_store_reserve_with_max_wait_keeps_the_slot_for_others(make_store: MakeStore) -> None:
    store = make_store(**EXACT)
    assert store.reserve(KEY, 1.0, 1, 0.0) == 0.0
    before = store.state(KEY)
    assert store.reserve(KEY, 1.0, 1, 0.0, max_wait=0.5) == 1.0
    assert store.state(KEY) == before
    assert store.reserve(KEY, 1.0, 1, 0.0) == 1.0  # the next caller gets that slot


def test_store_buckets_are_per_identity_region_and_operation(make_store: MakeStore) -> None:
    store = make_store(**EXACT)
    keys = [
        KEY,
        KEY._replace(identity="id-2"),
        KEY._replace(region="eu"),
        KEY._replace(operation="getFulfillmentOrder"),
    ]
    for key in keys:
        assert store.reserve(key, 1.0, 1, 0.0) == 0.0
    assert store.reserve(KEY, 1.0, 1, 0.0) == 1.0


def test_store_pause_and_observe_seed_unknown_buckets(make_store: MakeStore) -> None:
    store = make_store(**EXACT)
    store.pause(KEY, 2.0, 30, 0.0, 5.0)
    assert store.state(KEY) == BucketState(rate=2.0, burst=30, due=14.5, at=5.0, anchored=True)
    other = KEY._replace(operation="x")
    store.observe(other, 2.0, 30, 3.0, 7.0)
    assert store.state(other) == BucketState(
        rate=7.0, burst=30, due=-math.inf, at=3.0, anchored=True
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"safety_delay": -1.0}, "safety_delay must be >= 0"),
        ({"safety_factor": 0.0}, r"safety_factor must be in \(0, 1\]"),
        ({"safety_factor": 1.5}, r"safety_factor must be in \(0, 1\]"),
    ],
)
def test_store_refuses_bad_margins(
    make_store: MakeStore, kwargs: dict[str, float], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        make_store(**kwargs)


def test_concurrent_reservations_get_distinct_slots(make_store: MakeStore) -> None:
    store = make_store(**EXACT)
    waits: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(8)

    def worker() -> None:
        start.wait()
        mine = [store.reserve(KEY, 4.0, 10, 0.0) for _ in range(25)]
        with lock:
            waits.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # 200 reservations at a frozen clock: 10 free, then one slot every 0.25 s, none shared.
    assert sorted(waits) == [0.0] * 10 + [k / 4.0 for k in range(1, 191)]


def test_a_new_bucket_refills_only_from_its_first_response() -> None:
    state, waits = drain(new_bucket(0.0, 2.0, 2), 0.0, 2)
    assert waits == [0.0, 0.0]
    # The first answers take 0.3 s: the server's bucket may have started at 0.3.
    assert refill(state, 0.3) == state
    state = anchor(state, 0.3)
    assert state.anchored and state.at == 0.3
    _, wait = take(state, 0.3, **EXACT)
    assert wait == pytest.approx(0.5)  # 0.8 s after the start, not 0.5 s
    # Anchoring happens once; later responses do not move the origin.
    assert anchor(state, 9.0) is state


def test_unanchored_slots_are_paced_from_the_time_they_are_reserved() -> None:
    state, _ = drain(new_bucket(0.0, 2.0, 1), 0.0, 1)
    state, wait = take(state, 0.2, **EXACT)
    assert wait == pytest.approx(0.5)  # no refill credited for [0, 0.2]


# --- Properties: the client's schedule against a strict server bucket ----------------------

RATES = (0.0083, 0.0167, 0.5, 2.0, 10.0)
BURSTS = (1, 2, 30)


@dataclass
class Workload:
    """Callers of one bucket, and what the server does behind the client's back."""

    rate: float
    burst: int
    calls: list[int]  # per caller: how many calls, made one after the other
    starts: list[float]  # per caller: first call, in intervals 1/rate
    thinks: list[float]  # between a caller's calls, in intervals
    jitters: list[float]  # per send: fraction of SAFETY_DELAY it reaches the server late
    latency: float  # seconds to the server (fixed part)
    back: float  # seconds of the way back
    new_rate: float | None = None  # the server's plan changes to this...
    change_at: float = 0.0  # ...at this time, in intervals
    steals: list[float] = field(default_factory=list)  # tokens taken by another app, intervals
    retry_after: bool = True  # 429s carry the exact Retry-After (False: whole seconds)
    skew: float = 0.0  # the server's clock runs this fraction slower than the client's


@dataclass
class Sent:
    at: float  # reached the server
    admitted: bool
    informed: bool  # reserved after a 429 pause that followed the last surprise


def run(w: Workload, make_store: MakeStore = InMemoryBucketStore) -> list[Sent]:
    """Replay ``w``: the client's store paces, a strict bucket decides, 429s pause."""
    period = 1 / w.rate
    store = make_store()
    server: TokenBucket | None = None
    events: list[tuple[float, int, str, int, bool]] = []
    order = iter(range(10**9))

    def push(at: float, kind: str, caller: int = -1, informed: bool = False) -> None:
        heapq.heappush(events, (at, next(order), kind, caller, informed))

    def server_time(now: float) -> float:
        return now * (1 - w.skew)

    def bucket(now: float) -> TokenBucket:
        nonlocal server
        if server is None:  # full at first use, with the plan in force then
            changed = w.new_rate is not None and now >= w.change_at * period
            plan = w.new_rate if changed and w.new_rate is not None else w.rate
            server = TokenBucket.full(plan, w.burst, server_time(now))
        return server

    for caller, start in enumerate(w.starts):
        push(start * period, "reserve", caller)
    surprises = [t * period for t in w.steals]
    for at in surprises:
        push(at, "steal")
    if w.new_rate is not None:
        push(w.change_at * period, "change")
        if w.new_rate < w.rate:
            surprises.append(w.change_at * period)
    last_surprise = max(surprises, default=-math.inf)
    left = list(w.calls)
    slots: dict[int, float] = {}
    sends = 0
    informed_since = math.inf  # when the first pause after the last surprise was made
    out: list[Sent] = []
    while events:
        now, _, kind, caller, informed = heapq.heappop(events)
        if kind == "change":
            if server is not None:
                server.reconfigure(float(w.new_rate or w.rate), w.burst, server_time(now))
        elif kind == "steal":
            bucket(now).try_take(server_time(now))
        elif kind == "reserve":
            wait = store.reserve(KEY, w.rate, w.burst, now)
            slots[caller] = now + wait
            jitter = w.jitters[sends % len(w.jitters)] * SAFETY_DELAY
            sends += 1
            push(now + wait + w.latency + jitter, "arrive", caller, now >= informed_since)
        else:
            server_now = bucket(now)
            admitted = server_now.try_take(server_time(now))
            out.append(Sent(now, admitted, informed))
            done = now + w.back
            store.observe(KEY, w.rate, w.burst, done, server_now.rate)
            if admitted:
                left[caller] -= 1
                if left[caller]:
                    push(done + w.thinks[caller % len(w.thinks)] * period, "reserve", caller)
                continue
            wait = server_now.seconds_until_token(server_time(now)) / (1 - w.skew)
            if not w.retry_after:
                wait = float(max(1, math.ceil(wait)))
            store.pause(KEY, w.rate, w.burst, done, done + wait, slots[caller])
            if now > last_surprise:
                informed_since = min(informed_since, done)
            push(done, "reserve", caller)
    return out


def workloads(surprises: bool) -> st.SearchStrategy[Workload]:
    @st.composite
    def build(draw: st.DrawFn) -> Workload:
        callers = draw(st.integers(1, 8))
        rate = draw(st.sampled_from(RATES))
        new_rate = None
        if draw(st.booleans()):
            factor = draw(st.sampled_from((0.25, 0.5, 2.0, 5.0) if surprises else (2.0, 5.0)))
            new_rate = rate * factor
        return Workload(
            rate=rate,
            burst=draw(st.sampled_from(BURSTS)),
            calls=draw(st.lists(st.integers(1, 12), min_size=callers, max_size=callers)),
            starts=draw(st.lists(st.floats(0, 3), min_size=callers, max_size=callers)),
            thinks=draw(st.lists(st.floats(0, 3), min_size=1, max_size=4)),
            jitters=draw(st.lists(st.floats(0, 0.99), min_size=1, max_size=8)),
            latency=draw(st.floats(0, 0.3)),
            back=draw(st.floats(0, 0.3)),
            new_rate=new_rate,
            change_at=draw(st.floats(0, 20)),
            steals=draw(st.lists(st.floats(0, 20), max_size=3)) if surprises else [],
            retry_after=draw(st.booleans()),
            skew=draw(st.floats(0, 0.004)),
        )

    return build()


PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(workloads(surprises=False))
def test_the_schedule_never_outpaces_a_strict_server_bucket(
    make_store: MakeStore, w: Workload
) -> None:
    """Any callers, latencies, jitter, a slower server clock, a raised plan: never a 429."""
    sent = run(w, make_store)
    assert [s for s in sent if not s.admitted] == []
    assert len(sent) == sum(w.calls)


@PROPERTY
@given(workloads(surprises=True))
def test_after_a_429_pause_the_schedule_fits_the_server_again(
    make_store: MakeStore, w: Workload
) -> None:
    """Another app spends tokens, the plan drops: after the 429 that tells, no more 429s."""
    sent = run(w, make_store)
    assert [s for s in sent if s.informed and not s.admitted] == []
    assert sum(s.admitted for s in sent) == sum(w.calls)


@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize("burst", BURSTS)
def test_the_schedule_is_paced_not_slowed_down(
    make_store: MakeStore, rate: float, burst: int
) -> None:
    # One caller sending back to back: the burst, then one call per interval.
    w = Workload(rate, burst, [burst + 20], [0.0], [0.0], [0.0], 0.0, 0.0)
    sent = run(w, make_store)
    assert all(s.admitted for s in sent)
    span = sent[-1].at - sent[0].at
    ideal = 20 / rate
    margin = 20 * (1 / (rate * SAFETY_FACTOR) - 1 / rate) + 20 * SAFETY_DELAY
    assert ideal <= span <= ideal + margin + 1e-6

"""Token bucket maths (pure) and the in-memory bucket store."""

from __future__ import annotations

import threading

import pytest
from selling_partner._ratelimit import (
    DEFAULT_BURST,
    DEFAULT_RATE,
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

EXACT = {"safety_delay": 0.0, "safety_factor": 1.0}
KEY = BucketKey("id-1", "na", "getPackageTrackingDetails")


def drain(state: BucketState, now: float, n: int) -> tuple[BucketState, list[float]]:
    waits = []
    for _ in range(n):
        state, wait = take(state, now, **EXACT)
        waits.append(wait)
    return state, waits


def test_new_bucket_starts_full_like_the_server() -> None:
    assert new_bucket(10.0, 2.0, 30) == BucketState(tokens=30.0, updated=10.0, rate=2.0, burst=30)


@pytest.mark.parametrize(("rate", "burst"), [(0.0, 1), (-1.0, 1), (float("nan"), 1), (1.0, 0)])
def test_new_bucket_refuses_bad_limits(rate: float, burst: int) -> None:
    with pytest.raises(ValueError, match=r"rate must be a positive|burst must be at least 1"):
        new_bucket(0.0, rate, burst)


def test_refill_adds_rate_times_elapsed_capped_at_burst() -> None:
    state = BucketState(tokens=0.0, updated=0.0, rate=2.0, burst=30, anchored=True)
    assert refill(state, 1.5).tokens == 3.0
    assert refill(state, 100.0).tokens == 30.0
    # A clock that does not move forward mints nothing.
    assert refill(state, -5.0) == state


def test_burst_is_free_then_callers_get_consecutive_slots() -> None:
    state, waits = drain(new_bucket(0.0, 2.0, 30), 0.0, 33)
    assert waits[:30] == [0.0] * 30
    assert waits[30:] == [0.5, 1.0, 1.5]
    assert state.tokens == -3.0


def test_slots_follow_the_clock() -> None:
    state, _ = drain(new_bucket(0.0, 2.0, 2), 0.0, 2)
    state = anchor(state, 0.0)
    state, wait = take(state, 0.2, **EXACT)
    assert wait == pytest.approx(0.3)  # the token that refills at 0.5
    state, wait = take(state, 10.0, **EXACT)
    assert wait == 0.0


def test_safety_margins_only_delay_slots_that_wait() -> None:
    state = new_bucket(0.0, 2.0, 1)
    state, free = take(state, 0.0, safety_delay=0.05, safety_factor=0.5)
    assert free == 0.0
    state, wait = take(state, 0.0, safety_delay=0.05, safety_factor=0.5)
    assert wait == pytest.approx(1 / (2.0 * 0.5) + 0.05)


def test_defaults_include_a_safety_margin() -> None:
    state, _ = take(new_bucket(0.0, 2.0, 1), 0.0)
    _, wait = take(state, 0.0)
    assert 0.5 < wait < 0.6


def test_pause_holds_every_token_until_the_end_of_the_pause() -> None:
    state, _ = take(new_bucket(0.0, 2.0, 30), 0.0)  # the request that got the 429
    state = pause(state, now=0.0, until=3.0)
    assert state.updated == 3.0
    state, first = take(state, 0.0, **EXACT)
    assert first == 3.0  # the first resend goes when the pause ends
    state, second = take(state, 0.0, **EXACT)
    assert second == 3.5  # later callers are paced from there
    # Nothing refills during the pause.
    assert refill(state, 2.9) == state


def test_pause_keeps_reserved_slots_and_never_shortens() -> None:
    # The throttled request and two more slots taken: tokens -2.
    state, _ = drain(new_bucket(0.0, 2.0, 1), 0.0, 3)
    paused = pause(state, now=0.0, until=1.0)
    assert paused.tokens == -1.0  # the throttled request's token came back
    _, wait = take(paused, 0.0, **EXACT)
    assert wait == 1.0 + 2 / 2.0
    assert pause(paused, now=0.0, until=0.5).updated == 1.0


def test_repeated_429s_resend_at_each_retry_after() -> None:
    state, _ = take(new_bucket(0.0, 2.0, 30), 0.0)
    for until in (2.0, 4.0, 6.0):
        state = pause(state, now=until - 2.0, until=until)
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
    assert later.tokens == 2.0
    assert later.updated == 1.0


def test_adopt_rate_refuses_garbage() -> None:
    with pytest.raises(ValueError, match="positive"):
        adopt_rate(new_bucket(0.0, 2.0, 30), 0.0, 0.0)


def test_default_plan_is_conservative() -> None:
    assert 0 < DEFAULT_RATE <= 0.5
    assert DEFAULT_BURST == 1


def test_store_seeds_once_then_keeps_what_it_learnt() -> None:
    store = InMemoryBucketStore(**EXACT)
    assert isinstance(store, BucketStore)
    assert not isinstance(store, AsyncBucketStore)
    assert store.state(KEY) is None
    assert store.reserve(KEY, 2.0, 1, 0.0) == 0.0
    store.observe(KEY, 2.0, 1, 0.0, 4.0)
    # A later caller's seed (e.g. another table version) does not reset the bucket.
    assert store.reserve(KEY, 1.0, 50, 0.0) == pytest.approx(0.25)
    assert store.state(KEY) == BucketState(
        tokens=-1.0, updated=0.0, rate=4.0, burst=1, anchored=True
    )
    store.observe(KEY, 2.0, 1, 0.0, None)  # no header: the rate stays
    assert store.state(KEY).rate == 4.0  # type: ignore[union-attr]
    store.pause(KEY, 2.0, 1, 0.0, 10.0)  # tokens -1 + 1 refund: 0 at 10.0
    assert store.reserve(KEY, 2.0, 1, 0.0) == pytest.approx(10.25)
    assert "buckets=1" in repr(store)


def test_store_buckets_are_per_identity_region_and_operation() -> None:
    store = InMemoryBucketStore(**EXACT)
    keys = [
        KEY,
        KEY._replace(identity="id-2"),
        KEY._replace(region="eu"),
        KEY._replace(operation="getFulfillmentOrder"),
    ]
    for key in keys:
        assert store.reserve(key, 1.0, 1, 0.0) == 0.0
    assert store.reserve(KEY, 1.0, 1, 0.0) == 1.0


def test_store_pause_and_observe_seed_unknown_buckets() -> None:
    store = InMemoryBucketStore(**EXACT)
    store.pause(KEY, 2.0, 30, 0.0, 5.0)
    assert store.state(KEY) == BucketState(
        tokens=1.0, updated=5.0, rate=2.0, burst=30, anchored=True
    )
    other = KEY._replace(operation="x")
    store.observe(other, 2.0, 30, 3.0, 7.0)
    assert store.state(other) == BucketState(
        tokens=30.0, updated=3.0, rate=7.0, burst=30, anchored=True
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"safety_delay": -1.0}, "safety_delay must be >= 0"),
        ({"safety_factor": 0.0}, r"safety_factor must be in \(0, 1\]"),
        ({"safety_factor": 1.5}, r"safety_factor must be in \(0, 1\]"),
    ],
)
def test_store_refuses_bad_margins(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        InMemoryBucketStore(**kwargs)


def test_concurrent_reservations_get_distinct_slots() -> None:
    store = InMemoryBucketStore(**EXACT)
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
    assert state.anchored and state.updated == 0.3
    _, wait = take(state, 0.3, **EXACT)
    assert wait == pytest.approx(0.5)  # 0.8 s after the start, not 0.5 s
    # Anchoring happens once; later responses do not move the origin.
    assert anchor(state, 9.0) is state


def test_unanchored_slots_are_paced_from_the_time_they_are_reserved() -> None:
    state, _ = drain(new_bucket(0.0, 2.0, 1), 0.0, 1)
    state, wait = take(state, 0.2, **EXACT)
    assert wait == pytest.approx(0.5)  # no refill credited for [0, 0.2]

"""The Redis bucket store against a real redis-server: same maths, server clock, keys, outages.

(``tests/unit/test_ratelimit.py`` runs the store and property tests against it too.)
"""

from __future__ import annotations

import logging
import math
import time
import uuid
from collections.abc import Iterator

import pytest
import redis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from redis_server import RedisServer
from selling_partner._ratelimit import (
    AsyncBucketStore,
    BucketKey,
    BucketStore,
    InMemoryBucketStore,
)
from selling_partner._redis_buckets import AsyncRedisBucketStore, RedisBucketStore

KEY = BucketKey("0123456789abcdef", "na", "getPackageTrackingDetails")


@pytest.fixture
def client(redis_url: str) -> Iterator[redis.Redis]:
    c = redis.Redis.from_url(redis_url)
    yield c
    c.close()


# -- one definition of the maths ---------------------------------------------------------

_OPS = st.lists(
    st.tuples(
        st.sampled_from(["reserve", "observe", "pause"]),
        st.sampled_from([0.0, 0.0, 0.001, 0.2, 0.5, 1.0, 7.0]),  # clock advance
        st.sampled_from([None, None, 0.3, 2.0]),  # max_wait / advertised rate
        st.sampled_from([0.1, 1.0, 3.0]),  # pause length
        st.sampled_from([None, 0.0, 0.4]),  # sent: unknown, now, 0.4 s ago
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ops=_OPS,
    rate=st.sampled_from([0.0167, 0.5, 2.0, 40.0]),
    burst=st.sampled_from([1, 2, 30]),
    margins=st.sampled_from([{}, {"safety_delay": 0.0, "safety_factor": 1.0}]),
)
def test_the_lua_script_and_the_python_maths_agree_exactly(
    redis_server: RedisServer,
    ops: list[tuple[str, float, float | None, float, float | None]],
    rate: float,
    burst: int,
    margins: dict[str, float],
) -> None:
    """Random calls on both stores: the same waits and the same state after every call."""
    client = redis.Redis.from_url(redis_server.url)
    remote = RedisBucketStore(client, prefix=uuid.uuid4().hex, server_clock=False, **margins)
    # Never swept: a swept idle bucket forgets its adopted rate, which Redis keeps.
    local = InMemoryBucketStore(**margins, idle=math.inf)
    now = 100.0
    for op, advance, extra, length, ago in ops:
        now += advance
        if op == "reserve":
            got = remote.reserve(KEY, rate, burst, now, extra)
            assert got == local.reserve(KEY, rate, burst, now, extra)
        elif op == "observe":
            remote.observe(KEY, rate, burst, now, extra)
            local.observe(KEY, rate, burst, now, extra)
        else:
            sent = None if ago is None else now - ago
            remote.pause(KEY, rate, burst, now, now + length, sent)
            local.pause(KEY, rate, burst, now, now + length, sent)
        assert remote.state(KEY) == local.state(KEY)
    client.close()


# -- the server's clock -------------------------------------------------------------------


def test_hosts_with_skewed_clocks_share_one_schedule(client: redis.Redis) -> None:
    # Two hosts whose monotonic clocks differ by days: the server's TIME paces both.
    a = RedisBucketStore(client, safety_delay=0.0, safety_factor=1.0)
    b = RedisBucketStore(client, safety_delay=0.0, safety_factor=1.0)
    waits = [
        store.reserve(KEY, 2.0, 2, now)
        for store, now in [(a, 5.0), (b, 900_000.0), (a, 5.0), (b, 900_000.0)]
    ]
    assert waits[:2] == [0.0, 0.0]  # the burst
    # Then consecutive slots 0.5 s apart (less the few microseconds between calls).
    assert 0.49 < waits[2] <= 0.5
    assert 0.99 < waits[3] <= 1.0


def test_a_pause_is_converted_to_the_servers_clock(client: redis.Redis) -> None:
    store = RedisBucketStore(client, safety_delay=0.0, safety_factor=1.0)
    store.reserve(KEY, 2.0, 30, 1_000.0)
    # Caller clock 1000: a 429 says wait 3 s. The bucket hands out nothing for 3 s.
    store.pause(KEY, 2.0, 30, 1_000.0, 1_003.0, 1_000.0)
    wait = store.reserve(KEY, 2.0, 30, -50.0)  # another host, another clock
    assert 2.9 < wait <= 3.0


# -- keys -----------------------------------------------------------------------------------


def test_keys_have_the_prefix_one_hash_tag_per_seller_and_a_ttl(client: redis.Redis) -> None:
    store = RedisBucketStore(client)
    store.reserve(KEY, 2.0, 30, 0.0)
    store.reserve(KEY._replace(operation="getFeatures"), 2.0, 30, 0.0)
    names = sorted(k.decode() for k in client.keys("*"))
    assert names == [
        "selling-partner:{0123456789abcdef}:bucket:na:getFeatures",
        "selling-partner:{0123456789abcdef}:bucket:na:getFeatures:workers",
        "selling-partner:{0123456789abcdef}:bucket:na:getPackageTrackingDetails",
        "selling-partner:{0123456789abcdef}:bucket:na:getPackageTrackingDetails:workers",
    ]
    for name in names:
        assert 0 < client.pttl(name) <= 120_000  # nothing piles up


def test_a_bucket_expires_once_it_would_be_full_again(client: redis.Redis) -> None:
    store = RedisBucketStore(client, safety_delay=0.0, safety_factor=1.0)
    for _ in range(30):
        store.reserve(KEY, 0.5, 10, 0.0)  # 20 slots ahead: full again in 60 s
    ttl = client.pttl("selling-partner:{0123456789abcdef}:bucket:na:getPackageTrackingDetails")
    assert 119_000 < ttl <= 120_000  # full in 60 s, plus the 60 s margin


def test_the_stores_implement_the_protocols(client: redis.Redis) -> None:
    assert isinstance(RedisBucketStore(client), BucketStore)
    assert isinstance(AsyncRedisBucketStore(redis.asyncio.Redis()), AsyncBucketStore)


def test_from_url_refuses_other_schemes_without_echoing_the_url() -> None:
    from selling_partner import ConfigurationError

    with pytest.raises(ConfigurationError, match="redis://") as caught:
        RedisBucketStore.from_url("http://user:hunter2@host/0")
    assert "hunter2" not in str(caught.value)


# -- outages --------------------------------------------------------------------------------


def test_redis_down_falls_back_to_a_local_share_and_logs_once(
    own_redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    t = [0.0]
    store = RedisBucketStore.from_url(
        own_redis.url, safety_delay=0.0, safety_factor=1.0, recheck=5.0, clock=lambda: t[0]
    )
    # Four workers use the bucket (2/s, burst 8): each one's share is 0.5/s, burst 2.
    others = [
        RedisBucketStore.from_url(own_redis.url, safety_delay=0.0, safety_factor=1.0)
        for _ in range(3)
    ]
    for other in others:
        other.reserve(KEY, 2.0, 8, 0.0)
        other.close()
    store.reserve(KEY, 2.0, 8, 0.0)
    own_redis.stop()
    caplog.set_level(logging.WARNING, "selling_partner")
    waits = [store.reserve(KEY, 2.0, 8, 0.0) for _ in range(3)]  # no error
    # The local share starts empty: 2 s per call at 0.5/s.
    assert waits == [pytest.approx(2.0), pytest.approx(4.0), pytest.approx(6.0)]
    store.observe(KEY, 2.0, 8, 0.0, None)
    store.pause(KEY, 2.0, 8, 0.0, 1.0, None)
    assert len(caplog.records) == 1
    assert "Redis unreachable" in caplog.records[0].getMessage()
    assert "falls back" in caplog.records[0].getMessage()
    # Back: after `recheck`, the next call finds it, logs once, and shares again.
    own_redis.start()
    t[0] = 6.0
    caplog.clear()
    store.reserve(KEY, 2.0, 8, 6.0)
    assert [r.getMessage()[:29] for r in caplog.records] == ["Redis reachable again after 6"]
    assert store.state(KEY) is not None
    store.close()


def test_a_bucket_redis_lost_comes_back_empty_not_full(own_redis: RedisServer) -> None:
    store = RedisBucketStore.from_url(own_redis.url, safety_delay=0.0, safety_factor=1.0)
    for _ in range(3):
        store.reserve(KEY, 2.0, 30, 0.0)  # the server's bucket is 3 tokens short
    own_redis.restart()  # no persistence: every key is gone
    # redis-py reconnects on its own; the store knows the bucket cannot be full yet.
    wait = store.reserve(KEY, 2.0, 30, 0.0)
    assert 0.4 < wait <= 0.5  # an empty bucket's first token, not a burst of 30
    store.close()


def test_a_lost_bucket_keeps_the_slots_handed_out_ahead(own_redis: RedisServer) -> None:
    store = RedisBucketStore.from_url(own_redis.url, safety_delay=0.0, safety_factor=1.0)
    for _ in range(34):
        store.reserve(KEY, 2.0, 30, 0.0)  # the burst, then 4 slots up to 2 s ahead
    own_redis.restart()
    # Those 4 requests are still to be sent: the next slot comes after them.
    wait = store.reserve(KEY, 2.0, 30, 0.0)
    assert 2.3 < wait <= 2.5
    store.close()


def test_after_an_outage_the_first_call_caps_the_shared_bucket_at_empty(
    redis_url: str, client: redis.Redis
) -> None:
    store = RedisBucketStore.from_url(
        redis_url, safety_delay=0.0, safety_factor=1.0, recheck=0.0, socket_timeout=0.2
    )
    assert store.reserve(KEY, 2.0, 30, 0.0) == 0.0
    # The server stops answering for a while (its keys survive): calls time out.
    client.client_pause(600)
    # Local, never an error; empty at first: the fleet may just have spent the bucket.
    assert store.reserve(KEY, 2.0, 30, 0.0) == 0.5
    assert "redis=down" in repr(store)
    time.sleep(0.7)
    # Back, with 28 tokens left in Redis; but the fleet paced on its own meanwhile:
    # the bucket counts as empty after this process's pending local slot (0.5 s away).
    wait = store.reserve(KEY, 2.0, 30, 0.0)
    assert 0.99 < wait <= 1.0  # no burst
    assert "redis=up" in repr(store)
    store.close()


# -- async twin ------------------------------------------------------------------------------


async def test_the_async_store_shares_buckets_with_the_sync_one(redis_url: str) -> None:
    sync = RedisBucketStore.from_url(redis_url, safety_delay=0.0, safety_factor=1.0)
    store = AsyncRedisBucketStore.from_url(redis_url, safety_delay=0.0, safety_factor=1.0)
    assert await store.areserve(KEY, 1.0, 1, 0.0) == 0.0
    await store.aobserve(KEY, 1.0, 1, 0.0, 4.0)
    wait = sync.reserve(KEY, 1.0, 1, 0.0)
    assert 0.2 < wait <= 0.25  # the adopted 4/s, seen by the sync store
    await store.apause(KEY, 1.0, 1, 0.0, 2.0, None)
    assert 2.0 < await store.areserve(KEY, 1.0, 1, 0.0) <= 2.5  # after the pause
    state = await store.astate(KEY)
    assert state is not None and state.rate == 4.0
    shown = "AsyncRedisBucketStore(prefix='selling-partner', clock='server', redis=up)"
    assert repr(store) == shown
    await store.aclose()
    sync.close()


async def test_the_async_store_falls_back_when_redis_is_down(own_redis: RedisServer) -> None:
    store = AsyncRedisBucketStore.from_url(own_redis.url, safety_delay=0.0, safety_factor=1.0)
    own_redis.stop()
    assert await store.areserve(KEY, 2.0, 1, 0.0) == 0.0  # never used: full, like in memory
    assert await store.areserve(KEY, 2.0, 1, 0.0) == 0.5
    assert "redis=down" in repr(store)
    await store.aclose()


def test_a_missing_redis_server_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    from redis_server import redis_binary

    monkeypatch.setenv("PATH", "/nonexistent")
    server = RedisServer()
    with pytest.raises(RuntimeError, match="apt-get install -y redis-server"):
        server.start()
    server.close()
    with pytest.raises(RuntimeError, match="never skipped"):
        redis_binary("redis-cli")

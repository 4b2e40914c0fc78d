"""Seller views (``sp.for_seller``): many sellers on one client's pool, isolated, bounded.

Against the local fake SP-API (real HTTP): two sellers on one pool, one throttled
(its 429 pause blocks inside an injected sleep while the other calls) and one
revoked (``invalid_grant``); the shared wiring; closing; and the bounded caches
(token cache, bucket store, single-flight locks: nothing kept for a seller not
used lately).
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import threading
import time
import weakref
from collections.abc import Iterator
from typing import Any

import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import (
    AsyncSellingPartner,
    AuthError,
    ConfigurationError,
    Region,
    RetryPolicy,
    SellingPartner,
)
from selling_partner._locks import _lock_tables
from selling_partner._ratelimit import IDLE_BUCKET, BucketKey, InMemoryBucketStore
from selling_partner._sellers import AsyncSellingPartnerView, SellingPartnerView
from selling_partner._token_cache import (
    DEFAULT_LIFETIME,
    LIFETIME_RANGE,
    SWEEP_INTERVAL,
    CachedToken,
    InMemoryTokenCache,
)

OP = "getPackageTrackingDetails"  # the bucket key's operation
FAKE_OP = f"fulfillment_outbound_v2020_07_01.{OP}"  # the fake's name for it
SELLER_A = "Atzr" + "|seller-a-refresh-token-do-not-leak"
SELLER_B = "Atzr" + "|seller-b-refresh-token-do-not-leak"
QUOTA = {"errors": [{"code": "QuotaExceeded", "message": "You exceeded your quota."}]}


@pytest.fixture
def server() -> Iterator[FakeSpApi]:
    with FakeSpApi() as fake:
        fake.add_refresh_token(SELLER_A)
        fake.add_refresh_token(SELLER_B)
        yield fake


def _settings(server: FakeSpApi, **extra: Any) -> dict[str, Any]:
    return {
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": FAKE_REFRESH_TOKEN,
        "endpoint": server.endpoint,
        "token_url": server.token_url,
        "env": {},
        **extra,
    }


def _track(sp: Any) -> Any:
    return sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)


def _open_sockets(server: FakeSpApi) -> int:
    httpd = server._httpd
    assert httpd is not None
    with httpd.connections_lock:
        return len(httpd.open_connections)


# -- wiring ------------------------------------------------------------------------------


def test_a_view_shares_the_parents_wiring_and_has_its_own_grant(server: FakeSpApi) -> None:
    retry = RetryPolicy(max_attempts=3)
    with SellingPartner(**_settings(server, retry=retry, timeout=7.0)) as sp:
        view = sp.for_seller(SELLER_A)
        assert isinstance(view, SellingPartner) and isinstance(view, SellingPartnerView)
        assert _track(view).payload.current_status is not None
        transport = view.httpx_client()._transport
        assert transport._inner is sp.httpx_client()._transport._inner  # one pool, one TLS
        assert transport._store is sp._bucket_store
        assert view._token_cache is sp._token_cache
        assert view._settings.retry is retry and view._settings.timeout == sp._settings.timeout
        assert view.operations is sp.operations
        assert view._identity != sp._identity
        assert view._lwa is not None and view._lwa.cache_key == f"lwa:{view._identity}"
        assert view.httpx_client() is not sp.httpx_client()
        # The seller's token was fetched with its own grant, into the shared cache.
        assert sp._token_cache.get(f"lwa:{view._identity}") is not None
        assert view.region is Region.NA and view.endpoint == sp.endpoint
        # A view of a view is a view of the parent.
        assert view.for_seller(SELLER_B)._parent is sp


def test_every_call_of_a_view_carries_its_sellers_grant(server: FakeSpApi) -> None:
    def seller(token: str) -> str:
        return "seller-" + hashlib.sha256(token.encode()).hexdigest()[:12]

    with SellingPartner(**_settings(server)) as sp:
        _track(sp)  # the parent's accessors and generated clients exist first
        a = sp.for_seller(SELLER_A)
        _track(a), _track(sp), _track(a.for_seller(SELLER_B)), _track(a)
        calls = [r.identity for r in server.stats.records if r.operation == FAKE_OP]
        parent = seller(FAKE_REFRESH_TOKEN)
        assert calls == [parent, seller(SELLER_A), parent, seller(SELLER_B), seller(SELLER_A)]
        assert not any(value is sp for name, value in vars(a).items() if name != "_parent")


def test_many_views_use_the_parents_pool_not_a_socket_each(server: FakeSpApi) -> None:
    with SellingPartner(**_settings(server)) as sp:
        for n in range(30):
            token = "Atzr" + f"|seller-{n}"
            server.add_refresh_token(token)
            with sp.for_seller(token) as seller:
                _track(seller)
        assert server.stats.requests[FAKE_OP] == 30
        assert _open_sockets(server) == 1  # LWA and SP-API share the fake's host: one socket


def test_a_view_takes_its_region_or_marketplace(server: FakeSpApi) -> None:
    with SellingPartner(**_settings(server, region="na")) as sp:
        eu = sp.for_seller(SELLER_A, marketplace="A1PA6795UKMFR9")
        assert eu.region is Region.EU and eu.endpoint == "https://sellingpartnerapi-eu.amazon.com"
        assert eu.marketplace is not None
        fe = sp.for_seller(SELLER_A, region="fe", endpoint=server.endpoint)
        assert fe.region is Region.FE and fe.endpoint == server.endpoint
        _track(fe)  # buckets keyed by FE, sent to the fake
        key = BucketKey(fe._identity, "fe", OP)
        assert isinstance(sp._bucket_store, InMemoryBucketStore)
        assert sp._bucket_store.state(key) is not None


def test_bad_arguments_and_secrets(server: FakeSpApi) -> None:
    with SellingPartner(**_settings(server)) as sp:
        for bad in ("", "   ", None, 5):
            with pytest.raises(ConfigurationError, match="refresh token"):
                sp.for_seller(bad)  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError):
            sp.for_seller(SELLER_A, region="mars")
        view = sp.for_seller(SELLER_A)
        assert SELLER_A not in repr(view) and "do-not-leak" not in repr(view)
        assert FAKE_CLIENT_SECRET not in repr(view)


def test_closing_a_view_keeps_the_pool_closing_the_parent_closes_every_view(
    server: FakeSpApi,
) -> None:
    sp = SellingPartner(**_settings(server))
    other = sp.for_seller(SELLER_B)
    _track(other)
    with sp.for_seller(SELLER_A) as view:
        _track(view)
    with pytest.raises(ConfigurationError, match="seller view is closed"):
        _track(view)
    _track(other)  # the shared pool is still open
    _track(sp)
    sp.close()
    with pytest.raises(ConfigurationError, match="client this seller view belongs to is closed"):
        _track(other)
    with pytest.raises(ConfigurationError, match="closed"):
        sp.for_seller(SELLER_A)


async def test_async_views_share_the_pool_and_close_with_the_parent(server: FakeSpApi) -> None:
    async with AsyncSellingPartner(**_settings(server)) as sp:
        for token in (SELLER_A, SELLER_B):
            async with sp.for_seller(token) as view:
                assert isinstance(view, AsyncSellingPartnerView)
                assert (await _track(view)).payload is not None
                inner = view.httpx_client()._transport._inner
                assert inner is sp.httpx_client()._transport._inner
        assert _open_sockets(server) == 1
        kept = sp.for_seller(SELLER_A)
        await _track(kept)
    with pytest.raises(ConfigurationError, match="belongs to is closed"):
        await _track(kept)


# -- isolation ---------------------------------------------------------------------------


class _BlockingSleep:
    """An injected sleep: the throttled seller's thread (or task) waits here until released."""

    def __init__(self, blocked: str) -> None:
        self.blocked = blocked
        self.slept: list[tuple[str, float]] = []
        self.entered = threading.Event()
        self.release = threading.Event()

    def __call__(self, seconds: float) -> None:
        name = threading.current_thread().name
        self.slept.append((name, seconds))
        if name == self.blocked:
            self.entered.set()
            assert self.release.wait(10)


def test_one_sellers_429_pause_never_slows_another(server: FakeSpApi) -> None:
    sleep = _BlockingSleep(blocked="seller-a")
    with SellingPartner(**_settings(server, sleep=sleep)) as sp:
        a, b = sp.for_seller(SELLER_A), sp.for_seller(SELLER_B)
        _track(a), _track(b)  # both have tokens and buckets
        server.respond_next(FAKE_OP, 429, QUOTA, headers={"Retry-After": "2"})
        outcome: list[Any] = []
        thread = threading.Thread(target=lambda: outcome.append(_track(a)), name="seller-a")
        thread.start()
        assert sleep.entered.wait(10)  # seller A is paused, inside its retry's wait
        store = sp._bucket_store
        assert isinstance(store, InMemoryBucketStore)
        now = time.monotonic()
        paused = store.state(BucketKey(a._identity, "na", OP))
        assert paused is not None and paused.at > now  # A's bucket: nothing before Retry-After
        started = time.perf_counter()
        for _ in range(3):
            assert _track(b).payload is not None
        assert time.perf_counter() - started < 5
        assert thread.is_alive() and not outcome  # A still waits while B is served
        assert [name for name, _ in sleep.slept] == ["seller-a"]  # B never slept
        own = store.state(BucketKey(b._identity, "na", OP))
        assert own is not None and own.at <= time.monotonic()
        sleep.release.set()
        thread.join(10)
        assert outcome and outcome[0].payload is not None  # A's retry went through
    assert server.stats.throttled == 1


def test_a_revoked_seller_fails_alone(server: FakeSpApi) -> None:
    with SellingPartner(**_settings(server)) as sp:
        a, b = sp.for_seller(SELLER_A), sp.for_seller(SELLER_B)
        _track(b)
        b_token = sp._token_cache.get(f"lwa:{b._identity}")
        server.revoke_refresh_token(SELLER_A)
        with pytest.raises(AuthError, match="invalid_grant"):
            _track(a)
        assert _track(b).payload is not None
        assert sp._token_cache.get(f"lwa:{b._identity}") == b_token  # B's token untouched
        assert _track(sp).payload is not None  # and the parent's seller too
        with pytest.raises(AuthError, match="invalid_grant"):
            _track(a)  # A keeps failing on its own


async def test_async_isolation_throttled_and_revoked_on_one_pool(server: FakeSpApi) -> None:
    release = asyncio.Event()
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        await release.wait()  # only seller A's retry ever sleeps

    async with AsyncSellingPartner(**_settings(server, sleep=sleep)) as sp:
        a = sp.for_seller(SELLER_A)
        b = sp.for_seller(SELLER_B)
        revoked = sp.for_seller(FAKE_REFRESH_TOKEN + "-revoked")
        await _track(a)
        await _track(b)
        server.respond_next(FAKE_OP, 429, QUOTA, headers={"Retry-After": "2"})
        throttled = asyncio.create_task(_track(a))
        while not slept:
            await asyncio.sleep(0.01)
        with pytest.raises(AuthError, match="invalid_grant"):
            await asyncio.wait_for(_track(revoked), 5)
        results = await asyncio.wait_for(asyncio.gather(*(_track(b) for _ in range(3))), 5)
        assert all(r.payload is not None for r in results)
        assert not throttled.done() and len(slept) == 1
        release.set()
        assert (await asyncio.wait_for(throttled, 10)).payload is not None


# -- bounded caches ----------------------------------------------------------------------


class _Clocks:
    """Monotonic and wall clocks that move together; sleeping advances them."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return 1_800_000_000.0 + self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_nothing_is_kept_for_sellers_not_used_lately(server: FakeSpApi) -> None:
    clocks = _Clocks()
    settings = _settings(server, clock=clocks.monotonic, wall_clock=clocks.wall)
    with SellingPartner(**settings, sleep=clocks.sleep) as sp:
        cache, store = sp._token_cache, sp._bucket_store
        assert isinstance(cache, InMemoryTokenCache) and isinstance(store, InMemoryBucketStore)
        views: list[weakref.ref[Any]] = []
        for n in range(40):
            token = "Atzr" + f"|old-seller-{n}"
            server.add_refresh_token(token)
            with sp.for_seller(token) as seller:
                _track(seller)
                views.append(weakref.ref(seller))
        assert len(cache) == 40 and len(store) == 40
        del seller
        gc.collect()
        assert all(ref() is None for ref in views)  # nothing holds a view
        locks = _lock_tables.get(cache)
        assert len(locks) <= 1  # single-flight locks of dropped providers are gone

        clocks.now += 3 * DEFAULT_LIFETIME  # three hours later, one new seller calls
        server.add_refresh_token("Atzr" + "|new-seller")
        with sp.for_seller("Atzr" + "|new-seller") as seller:
            _track(seller)
            identity = seller._identity
        assert list(cache._tokens) == [f"lwa:{identity}"]
        assert [key.identity for key in store._buckets] == [identity]


def test_token_cache_sweeps_expired_tokens_only() -> None:
    cache = InMemoryTokenCache()
    for n in range(1000):
        cache.set(f"lwa:{n}", CachedToken(f"t{n}", expires_at=5000.0))
    longest = LIFETIME_RANGE[1]  # a token stored now may live this long
    cache.set("recent", CachedToken("r", expires_at=5000.0 + longest - 1))
    assert len(cache) == 1001  # every token may still be live: none dropped
    cache.set("later", CachedToken("l", expires_at=5000.0 + longest + SWEEP_INTERVAL))
    assert sorted(cache._tokens) == ["later", "recent"]


def test_bucket_store_sweeps_idle_full_buckets_only() -> None:
    store = InMemoryBucketStore()
    idle, paused, busy = (BucketKey(f"s{n}", "na", OP) for n in range(3))
    for key in (idle, paused, busy):
        store.reserve(key, 1.0, 2, now=0.0)
        store.observe(key, 1.0, 2, now=0.1, advertised=None)
    store.pause(paused, 1.0, 2, now=0.2, until=IDLE_BUCKET + 100)
    store.reserve(busy, 1.0, 2, now=IDLE_BUCKET - 1)  # in flight: not anchored since
    store.reserve(BucketKey("other", "na", OP), 1.0, 2, now=IDLE_BUCKET + 10)
    kept = {key.identity for key in store._buckets}
    assert kept == {"s1", "s2", "other"}


def test_an_app_only_client_makes_views_for_its_sellers(server: FakeSpApi) -> None:
    settings = _settings(server)
    del settings["refresh_token"]
    with SellingPartner(**settings) as app:
        with pytest.raises(ConfigurationError, match="refresh token"):
            _track(app)  # the app alone acts for no seller
        with app.for_seller(SELLER_A) as seller:
            assert _track(seller).payload is not None

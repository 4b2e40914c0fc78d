"""Issue 8, item 3: every call, and every token request, is bounded in time.

``RetryPolicy.deadline`` bounds one request (queue waits, retries, every read:
a trickling server is cut off); ``LwaRetry.deadline`` one token fetch. Callers
waiting for a failing Login with Amazon share the holder's failure.
``expires_in`` is clamped; an implausible ``x-amzn-RateLimit-Limit`` is ignored;
a 429 given up on at once still pauses its bucket. Sync and async shells.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from error_tree_fakes import THING, TOKEN_PATH, RawServer, TrickleStream, trickle
from runtime_fakes import (
    ACCESS_TOKENS,
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    TOKEN_URL,
    FakeAmazon,
    FakeClock,
    index,
    json_response,
    thing_body,
)
from selling_partner import (
    AsyncSellingPartner,
    InMemoryTokenCache,
    Region,
    RetryPolicy,
    SellingPartner,
    ServerError,
    ThrottledError,
    TransportError,
)
from selling_partner._credentials import Credentials
from selling_partner._login import LwaRetry, LwaTokenProvider
from selling_partner._token_cache import CachedToken

GET = ("things_v1", "get_thing", {"thing_id": "T-1", "marketplace_ids": ["A"]})
CREATE = ("things_v1", "create_thing", {"body": {"name": "x"}})  # 1/s, burst 1, unsafe


class Client:
    """One sync or async client over ``fake``; ``call`` runs one operation through it."""

    def __init__(self, kind: str, fake: Any, clock: FakeClock, **kwargs: Any) -> None:
        self.kind = kind
        settings: dict[str, Any] = {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "refresh_token": REFRESH_TOKEN,
            "region": Region.NA,
            "operations": index(),
            "transport": httpx.MockTransport(fake),
            "env": {},
            "clock": clock,
            "wall_clock": clock,
            "rng": lambda: 0.5,
            "sleep": clock.sleep if kind == "sync" else clock.asleep,
        }
        settings.update(kwargs)
        self.sync = SellingPartner(**settings) if kind == "sync" else None
        self.settings = settings
        self.loop = asyncio.new_event_loop() if kind == "async" else None
        self.asp = AsyncSellingPartner(**settings) if kind == "async" else None

    def call(self, op: tuple[str, str, dict[str, Any]]) -> Any:
        package, name, args = op
        if self.sync is not None:
            return getattr(getattr(self.sync, package), name).detailed(**args)
        assert self.loop is not None and self.asp is not None
        return self.loop.run_until_complete(
            getattr(getattr(self.asp, package), name).detailed(**args)
        )

    def close(self) -> None:
        if self.sync is not None:
            self.sync.close()
        else:
            assert self.loop is not None and self.asp is not None
            self.loop.run_until_complete(self.asp.aclose())
            self.loop.close()


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fake() -> FakeAmazon:
    return FakeAmazon()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make(kind: str, fake: FakeAmazon, clock: FakeClock) -> Iterator[Any]:
    made: list[Client] = []

    def build(**kwargs: Any) -> Client:
        client = Client(kind, fake, clock, **kwargs)
        made.append(client)
        return client

    yield build
    for client in made:
        client.close()


# -- the call's deadline -----------------------------------------------------------------------


def test_a_trickling_answer_is_cut_off_at_the_deadline(
    make: Any, fake: FakeAmazon, clock: FakeClock
) -> None:
    stream = TrickleStream(THING + b" " * 300, clock, every=0.4)  # ~150 s in all
    fake.api.append(httpx.Response(200, stream=stream))
    sp = make(retry=RetryPolicy(deadline=10.0))
    started = clock.now
    with pytest.raises(TransportError, match="deadline") as info:
        sp.call(GET)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert clock.now - started <= 10.0 + 0.4
    assert stream.sent < 30
    assert len(fake.api_requests()) == 1  # no retry past the deadline


def test_the_deadline_has_a_documented_default() -> None:
    assert RetryPolicy().deadline == 600.0
    assert LwaRetry().deadline == 60.0
    for bad in (0, -1, float("inf"), float("nan"), None):
        with pytest.raises(ValueError, match="deadline"):
            RetryPolicy(deadline=bad)  # type: ignore[arg-type]


def test_each_attempt_waits_no_longer_than_the_time_left(make: Any, fake: FakeAmazon) -> None:
    sp = make(retry=RetryPolicy(deadline=20.0))
    sp.call(GET)
    [request] = fake.api_requests()
    assert request.extensions["timeout"] == {
        "connect": 10.0,
        "read": 20.0,
        "write": 20.0,
        "pool": 20.0,
    }


EXPIRED = {
    "errors": [
        {
            "code": "Unauthorized",
            "message": "Access to requested resource is denied.",
            "details": "The access token you provided has expired.",
        }
    ]
}


def test_the_resend_after_a_token_refresh_shares_the_deadline(
    make: Any, fake: FakeAmazon, clock: FakeClock
) -> None:
    def slow_rejection(request: httpx.Request) -> httpx.Response:
        clock.now += 8.0
        return json_response(403, EXPIRED)

    fake.api.extend([slow_rejection, json_response(200, thing_body())])
    sp = make(retry=RetryPolicy(deadline=10.0))
    assert sp.call(GET).parsed.payload.thing_id == "T-1"
    resent = fake.api_requests()[-1]
    assert resent.extensions["timeout"]["read"] == pytest.approx(2.0)


def test_retry_waits_count_against_the_deadline(make: Any, fake: FakeAmazon) -> None:
    fake.api.extend([httpx.Response(503, headers={"Retry-After": "4"}) for _ in range(5)])
    sp = make(retry=RetryPolicy(deadline=5.0))
    with pytest.raises(ServerError):
        sp.call(GET)
    assert len(fake.api_requests()) == 2  # the third attempt would start after the deadline


def test_queue_waits_count_against_the_deadline(make: Any, fake: FakeAmazon) -> None:
    sp = make(retry=RetryPolicy(deadline=0.5))
    sp.call(CREATE)  # burst 1 spent; the next slot is a second away
    with pytest.raises(ThrottledError, match="deadline") as info:
        sp.call(CREATE)
    assert info.value.status is None
    assert len(fake.api_requests()) == 1


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer() as running:
        yield running


def test_a_real_trickling_server_is_cut_off(kind: str, server: RawServer) -> None:
    server.scripts.append(trickle(every=0.02, padding=300))  # ~8 s in all
    settings: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "endpoint": server.url,
        "token_url": server.url + TOKEN_PATH,
        "operations": index(),
        "env": {},
        "retry": RetryPolicy(deadline=0.5),
    }
    package, name, args = GET

    async def go() -> None:
        async with AsyncSellingPartner(**settings) as asp:
            await getattr(getattr(asp, package), name)(**args)

    with pytest.raises(TransportError, match="deadline"):
        if kind == "sync":
            with SellingPartner(**settings) as sp:
                getattr(getattr(sp, package), name)(**args)
        else:
            asyncio.run(go())
    assert server.api_requests == 1


# -- Login with Amazon -------------------------------------------------------------------------

CREDS = Credentials(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN)


def provider(fake: FakeAmazon, clock: FakeClock, **kwargs: Any) -> LwaTokenProvider:
    transport = httpx.MockTransport(fake)
    return LwaTokenProvider(
        CREDS,
        token_url=TOKEN_URL,
        transport=transport,
        async_transport=transport,
        cache=InMemoryTokenCache(),
        clock=clock,
        sleep=clock.sleep,
        async_sleep=clock.asleep,
        **kwargs,
    )


def _token(kind: str, p: LwaTokenProvider) -> str:
    return p.token() if kind == "sync" else asyncio.run(p.atoken())


def test_a_trickling_token_answer_is_cut_off(kind: str, fake: FakeAmazon, clock: FakeClock) -> None:
    body = b'{"access_token": "Atza|x", "expires_in": 3600}' + b" " * 400
    fake.lwa.extend(httpx.Response(200, stream=TrickleStream(body, clock, 0.4)) for _ in range(4))
    p = provider(fake, clock, retry=LwaRetry(deadline=20.0))
    started = clock.now
    with pytest.raises(TransportError, match="deadline") as info:
        _token(kind, p)
    assert info.value.operation == "LoginWithAmazon"
    assert clock.now - started <= 20.0 + 0.4 + 0.5


def test_token_retries_stop_at_the_deadline(kind: str, fake: FakeAmazon, clock: FakeClock) -> None:
    fake.lwa.extend(httpx.Response(503) for _ in range(9))
    p = provider(fake, clock, retry=LwaRetry(max_attempts=9, backoff_base=2.0, deadline=5.0))
    with pytest.raises(ServerError, match="deadline"):
        _token(kind, p)
    assert len(fake.token_requests) == 2  # waits 2 s, then 4 s would pass the deadline


def test_threads_waiting_for_a_failing_login_share_its_failure() -> None:
    callers = 20
    fake, clock = FakeAmazon(), FakeClock()
    fake.lwa.extend(httpx.Response(503) for _ in range(callers * LwaRetry().max_attempts))

    class CountingCache(InMemoryTokenCache):
        misses = 0
        all_missed = threading.Event()

        def get(self, key: str) -> CachedToken | None:
            found = super().get(key)
            with guard:
                CountingCache.misses += 1
                if CountingCache.misses >= callers:
                    CountingCache.all_missed.set()
            return found

    guard = threading.Lock()
    first = threading.Event()

    def hold_first() -> None:
        # The first token answer waits until every caller is queued behind it.
        if not first.is_set():
            first.set()
            CountingCache.all_missed.wait(timeout=10)
            time.sleep(0.05)  # let the last callers reach the lock

    fake.on_token = hold_first
    transport = httpx.MockTransport(fake)
    p = LwaTokenProvider(
        CREDS,
        token_url=TOKEN_URL,
        transport=transport,
        cache=CountingCache(),
        clock=clock,
        sleep=lambda s: None,
    )
    errors: list[BaseException] = []

    def caller() -> None:
        try:
            p.token()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=caller) for _ in range(callers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert len(errors) == callers
    assert all(isinstance(e, ServerError) for e in errors)
    assert len(fake.token_requests) == LwaRetry().max_attempts
    # A caller that comes after the failure tries afresh.
    fake.lwa.clear()
    assert p.token() == ACCESS_TOKENS[0]


async def test_tasks_waiting_for_a_failing_login_share_its_failure() -> None:
    callers = 20
    fake, clock = FakeAmazon(), FakeClock()
    fake.lwa.extend(httpx.Response(503) for _ in range(callers * LwaRetry().max_attempts))

    async def answer(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)  # the other tasks queue up while the answer is on its way
        return fake(request)

    p = LwaTokenProvider(
        CREDS,
        token_url=TOKEN_URL,
        async_transport=httpx.MockTransport(answer),
        cache=InMemoryTokenCache(),
        clock=clock,
        async_sleep=clock.asleep,
    )
    results = await asyncio.gather(*(p.atoken() for _ in range(callers)), return_exceptions=True)
    assert all(isinstance(r, ServerError) for r in results)
    assert len(fake.token_requests) == LwaRetry().max_attempts


@pytest.mark.parametrize(
    ("expires_in", "later", "requests"),
    [
        (30, 50.0, 1),  # below the 60 s margin: not fetched again on every call
        (1e300, 7200.0, 2),  # not cached for ever
        ("1e309", 7200.0, 2),  # overflows to inf: the default hour
    ],
)
def test_expires_in_is_clamped(
    kind: str, fake: FakeAmazon, clock: FakeClock, expires_in: Any, later: float, requests: int
) -> None:
    fake.lwa.append(
        json_response(200, {"access_token": ACCESS_TOKENS[0], "expires_in": expires_in})
    )
    p = provider(fake, clock)
    assert _token(kind, p) == ACCESS_TOKENS[0]
    clock.now += later
    _token(kind, p)
    assert len(fake.token_requests) == requests


def test_a_token_lifetime_in_range_is_kept() -> None:
    assert CachedToken.expiring("t", 0.0, 3600).expires_at == 3600.0
    assert CachedToken.expiring("t", 0.0, 600).expires_at == 600.0


# -- rate-limit headers ------------------------------------------------------------------------


@pytest.mark.parametrize("header", ["1e-9", "0", "1e9", "0.001"])
def test_an_implausible_rate_header_cannot_starve_a_bucket(
    make: Any, fake: FakeAmazon, clock: FakeClock, header: str
) -> None:
    fake.api.append(json_response(200, thing_body(), {"x-amzn-RateLimit-Limit": header}))
    sp = make()
    sp.call(CREATE)
    clock.sleeps.clear()
    sp.call(CREATE)  # the plan's 1/s still applies
    assert sum(clock.sleeps) <= 1.1
    assert len(fake.api_requests()) == 2


def test_the_slowest_real_plan_is_still_adopted(
    make: Any, fake: FakeAmazon, clock: FakeClock
) -> None:
    fake.api.append(json_response(200, thing_body(), {"x-amzn-RateLimit-Limit": "0.0056"}))
    sp = make(retry=RetryPolicy(max_queue_wait=None))
    sp.call(CREATE)
    clock.sleeps.clear()
    sp.call(CREATE)
    assert 170 < sum(clock.sleeps) < 185


def test_a_huge_retry_after_raises_at_once_and_still_pauses_the_bucket(
    make: Any, fake: FakeAmazon, clock: FakeClock
) -> None:
    fake.api.append(httpx.Response(429, headers={"Retry-After": "100000"}))
    sp = make()
    with pytest.raises(ThrottledError) as first:
        sp.call(CREATE)
    assert first.value.status == 429
    with pytest.raises(ThrottledError, match="max_queue_wait") as second:
        sp.call(CREATE)  # the bucket is paused (for at most MAX_PAUSE): nothing is sent
    assert second.value.status is None
    assert len(fake.api_requests()) == 1


def test_the_pause_of_a_huge_retry_after_is_bounded(
    make: Any, fake: FakeAmazon, clock: FakeClock
) -> None:
    fake.api.append(httpx.Response(429, headers={"Retry-After": "100000"}))
    sp = make(retry=RetryPolicy(max_queue_wait=None, deadline=3600.0))
    with pytest.raises(ThrottledError):
        sp.call(CREATE)
    clock.sleeps.clear()
    sp.call(CREATE)
    assert 599 <= sum(clock.sleeps) <= 601  # MAX_PAUSE, not 100000 s
    assert len(fake.api_requests()) == 2

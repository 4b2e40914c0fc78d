"""The transports against the local fake SP-API: real HTTP, strict server buckets, fake time.

Server and client share one fake clock whose ``sleep`` only advances it, so the
server's token bucket sees exactly the client's pacing and nothing sleeps.
Calls are sequential (a fake clock cannot pace concurrent threads); the
concurrent figures come from ``benchmarks/bench_ratelimit.py``.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import AsyncSellingPartner, SellingPartner
from selling_partner._errors import OutcomeUnknownError
from selling_partner._operations import OperationIndex
from selling_partner._ratelimit import BucketKey, InMemoryBucketStore
from selling_partner._transport import AsyncSpApiTransport, SpApiTransport
from selling_partner._vocabulary import ATTEMPTS_EXTENSION
from selling_partner_generated.fulfillment_outbound_v2020_07_01.models import (
    SubmitFulfillmentOrderStatusUpdateRequest as StatusUpdate,
)

TRACKING = "/fba/outbound/2020-07-01/tracking"
ORDERS = "/fba/outbound/2020-07-01/fulfillmentOrders"
OP = "getPackageTrackingDetails"


@dataclass
class FakeClock:
    now: float = 5000.0
    slept: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@dataclass
class Rig:
    server: FakeSpApi
    clock: FakeClock
    token: str
    store: InMemoryBucketStore = field(default_factory=InMemoryBucketStore)

    def calls(
        self, kind: str, n: int, method: str = "GET", path: str = TRACKING, **options: Any
    ) -> list[httpx.Response]:
        """Send ``n`` sequential requests through a sync or async transport."""
        rate_limiting = options.pop("rate_limiting", True)
        common: dict[str, Any] = {
            "operations": OperationIndex.default(),
            "identity": "rig",
            "region": "na",
            "rate_limiting": rate_limiting,
            "store": self.store,
            "clock": self.clock,
            "rng": lambda: 0.5,
        }
        kwargs: dict[str, Any] = {"headers": {"x-amz-access-token": self.token}, **options}
        if method == "GET":
            kwargs.setdefault("params", {"packageNumber": "1"})
        if kind == "sync":
            transport = SpApiTransport(httpx.HTTPTransport(), sleep=self.clock.sleep, **common)
            with httpx.Client(base_url=self.server.endpoint, transport=transport) as client:
                return [client.request(method, path, **kwargs) for _ in range(n)]

        async def go() -> list[httpx.Response]:
            transport = AsyncSpApiTransport(
                httpx.AsyncHTTPTransport(), sleep=self.clock.async_sleep, **common
            )
            async with httpx.AsyncClient(
                base_url=self.server.endpoint, transport=transport
            ) as client:
                return [await client.request(method, path, **kwargs) for _ in range(n)]

        return asyncio.run(go())


def _rig(**server_kw: Any) -> Iterator[Rig]:
    clock = FakeClock()
    with FakeSpApi(clock=clock, **server_kw) as server:
        reply = httpx.post(
            server.token_url,
            data={
                "grant_type": "refresh_token",
                "refresh_token": FAKE_REFRESH_TOKEN,
                "client_id": FAKE_CLIENT_ID,
                "client_secret": FAKE_CLIENT_SECRET,
            },
        )
        reply.raise_for_status()
        yield Rig(server, clock, reply.json()["access_token"])


@pytest.fixture
def rig() -> Iterator[Rig]:
    yield from _rig()


@pytest.fixture
def raised_rig() -> Iterator[Rig]:
    yield from _rig(advertised_rate=10.0)


@pytest.fixture
def retry_after_rig() -> Iterator[Rig]:
    yield from _rig(retry_after=True)


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_paced_at_the_plan_with_no_429(rig: Rig, kind: str) -> None:
    started = rig.clock.now
    responses = rig.calls(kind, 40)
    assert [r.status_code for r in responses] == [200] * 40
    assert rig.server.stats.throttled == 0
    # (40 - 30) / 2 = 5 s ideal; the safety margins may add a little.
    assert 5.0 <= rig.clock.now - started <= 5.0 * 1.03


def test_raised_plan_is_adopted_from_the_header(raised_rig: Rig, kind: str) -> None:
    started = raised_rig.clock.now
    responses = raised_rig.calls(kind, 60)
    assert {r.status_code for r in responses} == {200}
    assert raised_rig.server.stats.throttled == 0
    assert 3.0 <= raised_rig.clock.now - started <= 3.0 * 1.03  # (60 - 30) / 10
    state = raised_rig.store.state(BucketKey("rig", "na", OP))
    assert state is not None and state.rate == 10.0


def test_without_the_limiter_429s_are_waited_out_and_resent(retry_after_rig: Rig) -> None:
    responses = retry_after_rig.calls("sync", 34, rate_limiting=False)
    assert {r.status_code for r in responses} == {200}
    # Each Retry-After of 1 s earns 2 tokens at 2/s: every other call is refused once.
    assert retry_after_rig.server.stats.throttled == 2
    assert [r.extensions[ATTEMPTS_EXTENSION] for r in responses[30:]] == [2, 1, 2, 1]
    assert retry_after_rig.clock.slept == [1.0, 1.0]  # the server's Retry-After


def test_dropped_connection_on_a_create_raises_outcome_unknown(rig: Rig, kind: str) -> None:
    rig.server.drop_next(1)
    with pytest.raises(OutcomeUnknownError) as info:
        rig.calls(kind, 1, "POST", ORDERS, json={})
    assert info.value.operation == "createFulfillmentOrder"
    assert rig.server.stats.requests["fulfillment_outbound_v2020_07_01.createFulfillmentOrder"] == 1


def test_dropped_connection_on_a_get_is_resent(rig: Rig, kind: str) -> None:
    rig.server.drop_next(1)
    (response,) = rig.calls(kind, 1)
    assert response.status_code == 200
    assert response.extensions[ATTEMPTS_EXTENSION] == 2


def test_server_errors_are_retried_only_when_safe(rig: Rig) -> None:
    rig.server.fail_next(2, status=503)
    (response,) = rig.calls("sync", 1)
    assert (response.status_code, response.extensions[ATTEMPTS_EXTENSION]) == (200, 3)
    rig.server.fail_next(1, status=500)
    (response,) = rig.calls("sync", 1, "POST", ORDERS, json={})
    assert (response.status_code, response.extensions[ATTEMPTS_EXTENSION]) == (500, 1)


# --- Through SellingPartner: the default plan against a strict bucket ------------------------


def test_default_plan_never_outpaces_a_strict_server_bucket(kind: str) -> None:
    """Regression (H6): at 0.5/s burst 1 every other paced call used to get a 429.

    The client sent 1.9999 s after the previous call where the server needs 2.0 s:
    its balance, with slots reserved ahead, never reached the cap, so it kept the
    safety-margin surplus the server's capped bucket loses.
    """
    clock = FakeClock()
    op = "fulfillment_outbound_v2020_07_01.submitFulfillmentOrderStatusUpdate"
    call = {
        "seller_fulfillment_order_id": "ORDER-2026-0001",
        "body": StatusUpdate.from_dict({"fulfillmentOrderStatus": "Processing"}),
    }
    with FakeSpApi(clock=clock) as server:
        # The table gives this operation no plan: the client assumes 0.5/s, burst 1.
        server.set_rate_limit(op, 0.5, 1)
        options: dict[str, Any] = {
            "client_id": FAKE_CLIENT_ID,
            "client_secret": FAKE_CLIENT_SECRET,
            "refresh_token": FAKE_REFRESH_TOKEN,
            "endpoint": server.endpoint,
            "token_url": server.token_url,
            "env": {},
            "clock": clock,
            "wall_clock": clock,
            "rng": lambda: 0.5,
        }
        if kind == "sync":
            with SellingPartner(**options, sleep=clock.sleep) as sp:
                update = sp.fulfillment_outbound_v2020_07_01.submit_fulfillment_order_status_update
                attempts = [update.detailed(**call).attempts for _ in range(5)]
        else:

            async def go() -> list[int]:
                async with AsyncSellingPartner(**options, sleep=clock.async_sleep) as asp:
                    fo = asp.fulfillment_outbound_v2020_07_01
                    update = fo.submit_fulfillment_order_status_update
                    return [(await update.detailed(**call)).attempts for _ in range(5)]

            attempts = asyncio.run(go())
        stamps = [r.at for r in server.stats.records if r.operation == op]
    assert server.stats.throttled == 0, [round(b - a, 6) for a, b in itertools.pairwise(stamps)]
    assert attempts == [1] * 5
    # Paced, not slowed down: the margins (0.5 % rate, 10 ms a slot) add about 1 %.
    ideal = (5 - 1) / 0.5
    assert ideal <= stamps[-1] - stamps[0] <= ideal * 1.015


def test_after_another_app_drains_the_bucket_one_429_then_paced(retry_after_rig: Rig) -> None:
    rig = retry_after_rig
    with httpx.Client(base_url=rig.server.endpoint) as other:  # same seller, no limiter
        for _ in range(30):
            reply = other.get(
                TRACKING, params={"packageNumber": "1"}, headers={"x-amz-access-token": rig.token}
            )
            assert reply.status_code == 200
    rig.server.reset_stats()
    responses = rig.calls("sync", 12)
    assert {r.status_code for r in responses} == {200}
    # Our bucket was full, the server's empty: the first call learns it, no other does.
    assert rig.server.stats.throttled == 1
    assert [r.extensions[ATTEMPTS_EXTENSION] for r in responses] == [2] + [1] * 11

"""SpApiTransport and AsyncSpApiTransport: every rule runs through both shells.

The ``shell`` fixture builds either transport around an ``httpx.MockTransport``
with a fake clock whose ``sleep`` only advances time, so nothing here sleeps.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from runtime_fakes import table_row
from selling_partner._errors import (
    ConfigurationError,
    OutcomeUnknownError,
    SellingPartnerError,
    ThrottledError,
    TransportError,
)
from selling_partner._operations import Operation, OperationIndex
from selling_partner._ratelimit import DEFAULT_RATE, BucketKey, InMemoryBucketStore
from selling_partner._retry import RetryPolicy
from selling_partner._transport import AsyncSpApiTransport, SpApiTransport, join_csv_query
from selling_partner._vocabulary import ATTEMPTS_EXTENSION, OPERATION_EXTENSION

BASE = "https://sellingpartnerapi-na.amazon.com"
FBA = "/fba/outbound/2020-07-01"
TRACKING = FBA + "/tracking"
ORDERS = FBA + "/fulfillmentOrders"
PREVIEW = ORDERS + "/preview"
CODES = FBA + "/returnReasonCodes"
INVOICES = "/tax/invoices/2024-06-19/invoices"
ID = "3f1c0a9b"


def _op(operation_id: str, method: str, path: str, **extra: Any) -> dict[str, Any]:
    return table_row(operation_id, method, path, module="m." + operation_id, **extra)


INDEX = OperationIndex.from_table(
    {"fo": {}, "invoices": {}},
    {
        "fo": {
            "get_package_tracking_details": _op("getPackageTrackingDetails", "GET", TRACKING),
            "create_fulfillment_order": _op("createFulfillmentOrder", "POST", ORDERS),
            "get_fulfillment_preview": _op(
                "getFulfillmentPreview", "POST", PREVIEW, retry_safe=True
            ),
            "list_return_reason_codes": _op(
                "listReturnReasonCodes", "GET", CODES, csv=("MarketplaceIds",), multi=("mskus",)
            ),
        },
        "invoices": {"get_invoices": _op("getInvoices", "GET", INVOICES, rate=None, burst=None)},
    },
)
EXACT_STORE = {"safety_delay": 0.0, "safety_factor": 1.0}

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class FakeClock:
    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


@dataclass
class Shell:
    """One transport (sync or async) under test, with its clock, store and log of requests."""

    kind: str
    clock: FakeClock = field(default_factory=FakeClock)
    store: InMemoryBucketStore = field(default_factory=lambda: InMemoryBucketStore(**EXACT_STORE))
    seen: list[httpx.Request] = field(default_factory=list)
    wall: float = 2_000_000_000.0

    def request(
        self,
        handler: Handler,
        method: str = "GET",
        url: str = TRACKING,
        *,
        retry: RetryPolicy | None = None,
        rate_limiting: bool = True,
        rng: Callable[[], float] = lambda: 0.5,
        identity: str = ID,
        **kwargs: Any,
    ) -> httpx.Response:
        """Send one request through a fresh transport sharing this shell's clock and store."""

        def recording(request: httpx.Request) -> httpx.Response:
            self.seen.append(request)
            return handler(request)

        common: dict[str, Any] = {
            "operations": INDEX,
            "identity": identity,
            "region": "na",
            "rate_limiting": rate_limiting,
            "store": self.store,
            "retry": retry,
            "clock": self.clock,
            "wall_clock": lambda: self.wall,
            "rng": rng,
        }
        if self.kind == "sync":
            sync = SpApiTransport(httpx.MockTransport(recording), sleep=self.clock.sleep, **common)
            with httpx.Client(base_url=BASE, transport=sync) as client:
                response = client.request(method, url, **kwargs)
                response.read()
                return response

        async def go() -> httpx.Response:
            transport = AsyncSpApiTransport(
                httpx.MockTransport(recording), sleep=self.clock.async_sleep, **common
            )
            async with httpx.AsyncClient(base_url=BASE, transport=transport) as client:
                response = await client.request(method, url, **kwargs)
                await response.aread()
                return response

        return asyncio.run(go())

    def state(self, operation: str = "getPackageTrackingDetails", identity: str = ID) -> Any:
        return self.store.state(BucketKey(identity, "na", operation))


@pytest.fixture(params=["sync", "async"])
def shell(request: pytest.FixtureRequest) -> Shell:
    return Shell(kind=request.param)


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"payload": {}}, headers={"x-amzn-RequestId": "req-1"})


def replies(*responses: httpx.Response | Exception) -> Handler:
    """A handler giving ``responses`` in turn (raising the exceptions), then 200s."""
    queue = list(responses)

    def handler(request: httpx.Request) -> httpx.Response:
        if not queue:
            return ok(request)
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return handler


def throttled(**headers: str) -> httpx.Response:
    return httpx.Response(
        429, json={"errors": [{"code": "QuotaExceeded", "message": "slow down"}]}, headers=headers
    )


# --- Operation tagging and pass-through -----------------------------------------------------


def test_operation_is_recorded_before_sending(shell: Shell) -> None:
    response = shell.request(ok, params={"packageNumber": 1})
    op = shell.seen[0].extensions[OPERATION_EXTENSION]
    assert isinstance(op, Operation)
    assert op.operation_id == "getPackageTrackingDetails"
    assert response.request.extensions[OPERATION_EXTENSION] is op
    assert response.extensions[ATTEMPTS_EXTENSION] == 1


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("POST", "https://api.amazon.com/auth/o2/token"),
        ("GET", "https://bucket.s3.amazonaws.com/doc?X-Amz-Signature=abc"),
        ("DELETE", TRACKING),
    ],
)
def test_other_requests_pass_straight_through(shell: Shell, method: str, url: str) -> None:
    response = shell.request(replies(throttled()), method, url)
    assert response.status_code == 429  # not retried
    assert len(shell.seen) == 1
    assert OPERATION_EXTENSION not in shell.seen[0].extensions
    assert ATTEMPTS_EXTENSION not in response.extensions
    assert shell.clock.sleeps == []


# --- Query arrays ---------------------------------------------------------------------------


def test_csv_parameters_are_comma_joined_and_multi_stay_repeated(shell: Shell) -> None:
    params = [
        ("MarketplaceIds", "A1"),
        ("mskus", "S1,x"),
        ("MarketplaceIds", "A2"),
        ("mskus", "S2"),
        ("language", "en US"),
    ]
    shell.request(ok, url=CODES, params=params)
    assert shell.seen[0].url.query == b"MarketplaceIds=A1,A2&mskus=S1%2Cx&mskus=S2&language=en+US"
    assert shell.seen[0].url.params.get_list("MarketplaceIds") == ["A1,A2"]


@pytest.mark.parametrize("value", ["A2,x", "x,", ","])
def test_a_csv_value_holding_a_comma_is_refused_before_sending(shell: Shell, value: str) -> None:
    # It was sent as A1,A2%2Cx: Amazon would read three marketplaces, or refuse.
    params = [("MarketplaceIds", "A1"), ("MarketplaceIds", value)]
    with pytest.raises(ConfigurationError, match=r"item 2 of MarketplaceIds .* contains a comma"):
        shell.request(ok, url=CODES, params=params)
    with pytest.raises(ConfigurationError, match="item 1 of MarketplaceIds"):
        shell.request(ok, url=CODES, params={"MarketplaceIds": value})
    assert shell.seen == []


def test_single_csv_value_and_other_operations_are_untouched(shell: Shell) -> None:
    shell.request(ok, url=CODES, params={"MarketplaceIds": "A1"})
    shell.request(ok, url=TRACKING, params=[("MarketplaceIds", "A"), ("MarketplaceIds", "B")])
    assert shell.seen[0].url.query == b"MarketplaceIds=A1"
    assert shell.seen[1].url.query == b"MarketplaceIds=A&MarketplaceIds=B"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (b"", b""),
        (b"a=1&b=2", b"a=1&b=2"),
        (b"a=1&a=2&a=3", b"a=1,2,3"),
        (b"b=0&a=1&b=9&a=2", b"b=0&a=1,2&b=9"),
        (b"a=1&&a", b"a=1,"),
        (b"a%20b=1&a+b=2", b"a%20b=1,2"),
    ],
)
def test_join_csv_query(query: bytes, expected: bytes) -> None:
    assert join_csv_query(query, frozenset({"a", "a b"})) == expected


# --- Rate limiting --------------------------------------------------------------------------


def test_burst_then_paced_at_the_plan_rate(shell: Shell) -> None:
    for _ in range(32):
        shell.request(ok)
    assert shell.clock.sleeps == [0.5, 0.5]
    assert len(shell.seen) == 32


def test_refill_starts_when_the_first_response_comes_back(shell: Shell) -> None:
    def slow_first(request: httpx.Request) -> httpx.Response:
        if len(shell.seen) == 1:
            shell.clock.now += 0.3  # the first answer takes 0.3 s
        return ok(request)

    for _ in range(31):
        shell.request(slow_first)
    # No refill credited for the 0.3 s the server's bucket may not have started.
    assert shell.clock.sleeps == [0.5]
    assert shell.state().anchored


def test_rate_limiting_off_never_waits(shell: Shell) -> None:
    for _ in range(40):
        shell.request(ok, rate_limiting=False)
    assert shell.clock.sleeps == []
    assert shell.state() is None


def test_operation_without_a_plan_gets_the_conservative_default(shell: Shell) -> None:
    shell.request(ok, url=INVOICES)
    shell.request(ok, url=INVOICES)
    assert shell.clock.sleeps == [pytest.approx(1 / DEFAULT_RATE)]


def test_buckets_are_per_identity(shell: Shell) -> None:
    for identity in ("a", "b"):
        for _ in range(30):
            shell.request(ok, identity=identity)
    assert shell.clock.sleeps == []


@pytest.mark.parametrize(("header", "expected_wait"), [("10.0", 0.1), ("0.5", 2.0)])
def test_advertised_rate_is_adopted_both_ways(
    shell: Shell, header: str, expected_wait: float
) -> None:
    def advertising(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"x-amzn-RateLimit-Limit": header})

    for _ in range(31):
        shell.request(advertising)
    assert shell.state().rate == float(header)
    assert shell.state().burst == 30
    assert shell.clock.sleeps == [pytest.approx(expected_wait)]


@pytest.mark.parametrize("header", ["abc", "0", "-2", "nan", "inf", ""])
def test_garbage_rate_header_is_ignored_and_logged(
    shell: Shell, header: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="selling_partner.transport")
    shell.request(lambda r: httpx.Response(200, headers={"x-amzn-RateLimit-Limit": header}))
    assert shell.state().rate == 2.0
    assert "ignoring x-amzn-RateLimit-Limit for getPackageTrackingDetails" in caplog.text


def test_rate_header_ignored_when_rate_limiting_is_off(shell: Shell) -> None:
    shell.request(
        lambda r: httpx.Response(200, headers={"x-amzn-RateLimit-Limit": "9"}), rate_limiting=False
    )
    assert shell.state() is None


# --- 429 ------------------------------------------------------------------------------------


def test_429_pauses_for_retry_after_then_resends(shell: Shell) -> None:
    response = shell.request(replies(throttled(**{"Retry-After": "3"})))
    assert response.status_code == 200
    assert response.extensions[ATTEMPTS_EXTENSION] == 2
    assert shell.clock.sleeps == [3.0]
    assert len(shell.seen) == 2
    # The pause is the bucket's: the next caller is paced after it, not let through.
    shell.request(ok)
    assert shell.clock.sleeps == [3.0, 0.5]


def test_429_without_retry_after_backs_off_with_jitter(shell: Shell) -> None:
    response = shell.request(replies(throttled(), throttled()), rng=lambda: 0.5)
    assert response.status_code == 200
    # Full jitter: 0.5 * 0.5 s, then 0.5 * 1.0 s.
    assert shell.clock.sleeps == [0.25, 0.5]


def test_429_http_date_retry_after_is_measured_from_the_server_date(shell: Shell) -> None:
    headers = {
        "Retry-After": "Wed, 21 Oct 2015 07:28:04 GMT",
        "Date": "Wed, 21 Oct 2015 07:28:00 GMT",
    }
    shell.request(replies(throttled(**headers)))
    assert shell.clock.sleeps == [4.0]


def test_429_http_date_retry_after_without_a_date_uses_the_injected_wall_clock(
    shell: Shell,
) -> None:
    shell.wall = 1445412480.0  # Wed, 21 Oct 2015 07:28:00 GMT
    shell.request(replies(throttled(**{"Retry-After": "Wed, 21 Oct 2015 07:28:03 GMT"})))
    assert shell.clock.sleeps == [3.0]


def test_429_is_retried_for_unsafe_operations_too(shell: Shell) -> None:
    response = shell.request(replies(throttled(**{"Retry-After": "1"})), "POST", ORDERS, json={})
    assert response.status_code == 200
    assert len(shell.seen) == 2
    assert shell.seen[1].content == b"{}"


def test_429_gives_up_after_max_attempts_and_returns_the_last_429(shell: Shell) -> None:
    policy = RetryPolicy(max_attempts=3)
    response = shell.request(lambda r: throttled(**{"Retry-After": "2"}), retry=policy)
    assert response.status_code == 429
    assert response.extensions[ATTEMPTS_EXTENSION] == 3
    assert len(shell.seen) == 3
    assert shell.clock.sleeps == [2.0, 2.0]


def test_429_gives_up_when_the_wait_budget_would_be_exceeded(shell: Shell) -> None:
    policy = RetryPolicy(max_total_wait=5.0)
    response = shell.request(lambda r: throttled(**{"Retry-After": "2"}), retry=policy)
    assert response.status_code == 429
    assert shell.clock.sleeps == [2.0, 2.0]  # a third 2 s wait would pass 5 s
    assert sum(shell.clock.sleeps) <= policy.max_total_wait


def test_429_retry_after_beyond_the_budget_returns_at_once(shell: Shell) -> None:
    response = shell.request(lambda r: throttled(**{"Retry-After": "600"}))
    assert response.status_code == 429
    assert response.extensions[ATTEMPTS_EXTENSION] == 1
    assert shell.clock.sleeps == []


def test_429_without_rate_limiting_still_waits_and_resends(shell: Shell) -> None:
    response = shell.request(replies(throttled(**{"Retry-After": "1.5"})), rate_limiting=False)
    assert response.status_code == 200
    assert shell.clock.sleeps == [1.5]
    assert shell.state() is None


# --- 5xx and transport errors ---------------------------------------------------------------


def test_5xx_is_retried_for_safe_operations(shell: Shell) -> None:
    response = shell.request(replies(httpx.Response(500), httpx.Response(503)), rng=lambda: 1.0)
    assert response.status_code == 200
    assert response.extensions[ATTEMPTS_EXTENSION] == 3
    assert shell.clock.sleeps == [0.5, 1.0]


def test_5xx_retries_are_bounded(shell: Shell) -> None:
    response = shell.request(lambda r: httpx.Response(503), rng=lambda: 1.0)
    assert response.status_code == 503
    assert response.extensions[ATTEMPTS_EXTENSION] == 5
    assert shell.clock.sleeps == [0.5, 1.0, 2.0, 4.0]


def test_5xx_honours_retry_after(shell: Shell) -> None:
    shell.request(replies(httpx.Response(503, headers={"Retry-After": "7"})))
    assert shell.clock.sleeps == [7.0]


def test_5xx_is_not_retried_for_unsafe_operations(shell: Shell) -> None:
    response = shell.request(replies(httpx.Response(500)), "POST", ORDERS, json={})
    assert response.status_code == 500
    assert len(shell.seen) == 1
    assert shell.clock.sleeps == []


def test_post_marked_safe_in_the_table_is_retried(shell: Shell) -> None:
    request = httpx.Request("POST", BASE + PREVIEW)
    handler = replies(httpx.Response(502), httpx.ReadError("reset", request=request))
    response = shell.request(handler, "POST", PREVIEW, json={"a": 1})
    assert response.status_code == 200
    assert len(shell.seen) == 3


def test_4xx_is_returned_without_retry(shell: Shell) -> None:
    response = shell.request(replies(httpx.Response(400), httpx.Response(200)))
    assert response.status_code == 400
    assert len(shell.seen) == 1


TRANSIENT = [
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.CloseError,
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
]


@pytest.mark.parametrize("error", TRANSIENT)
def test_transport_errors_are_retried_for_safe_operations(
    shell: Shell, error: type[httpx.TransportError]
) -> None:
    response = shell.request(replies(error("boom")), rng=lambda: 1.0)
    assert response.status_code == 200
    assert response.extensions[ATTEMPTS_EXTENSION] == 2
    assert shell.clock.sleeps == [0.5]


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout,
        httpx.WriteTimeout,
        httpx.ReadError,
        httpx.WriteError,
        httpx.RemoteProtocolError,
    ],
)
def test_unsafe_operation_with_broken_connection_raises_outcome_unknown(
    shell: Shell, error: type[httpx.TransportError]
) -> None:
    with pytest.raises(OutcomeUnknownError) as info:
        shell.request(replies(error("boom")), "POST", ORDERS, json={})
    assert info.value.operation == "createFulfillmentOrder"
    assert "createFulfillmentOrder" in str(info.value)
    assert "may or may not have taken effect" in str(info.value)
    assert "check" in str(info.value)
    assert isinstance(info.value.__cause__, error)
    assert len(shell.seen) == 1


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_unsafe_operation_is_resent_when_the_request_never_left(
    shell: Shell, error: type[httpx.TransportError]
) -> None:
    response = shell.request(replies(error("refused")), "POST", ORDERS, json={})
    assert response.status_code == 200
    assert len(shell.seen) == 2


def test_transport_error_retries_are_bounded_then_raised_in_the_error_tree(shell: Shell) -> None:
    def always(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    with pytest.raises(TransportError) as info:
        shell.request(always, retry=RetryPolicy(max_attempts=3))
    assert len(shell.seen) == 3
    assert len(shell.clock.sleeps) == 2
    error = info.value
    assert isinstance(error, SellingPartnerError)
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert (error.operation, error.host, error.attempts) == (
        "getPackageTrackingDetails",
        "sellingpartnerapi-na.amazon.com",
        3,
    )
    assert "ConnectError" in str(error) and "3 attempt" in str(error)


@pytest.mark.parametrize("error", [httpx.LocalProtocolError, httpx.UnsupportedProtocol])
def test_local_errors_are_raised_without_retry(
    shell: Shell, error: type[httpx.TransportError]
) -> None:
    with pytest.raises(TransportError) as info:
        shell.request(replies(error("bad")))
    assert isinstance(info.value.__cause__, error)
    assert len(shell.seen) == 1


def test_every_resend_takes_a_token(shell: Shell) -> None:
    shell.request(replies(httpx.Response(500), httpx.Response(500)), rng=lambda: 0.0)
    assert shell.state().tokens_at(shell.clock.now, safety_factor=1.0) == 27.0


def test_mixed_causes_share_one_attempt_budget(shell: Shell) -> None:
    handler = replies(
        throttled(**{"Retry-After": "1"}), httpx.Response(500), httpx.ReadTimeout("t"), throttled()
    )
    response = shell.request(handler, retry=RetryPolicy(max_attempts=4))
    assert response.status_code == 429
    assert response.extensions[ATTEMPTS_EXTENSION] == 4


# --- Bounded queueing -----------------------------------------------------------------------


def test_a_slot_beyond_max_queue_wait_raises_without_sending_or_keeping_it(shell: Shell) -> None:
    policy = RetryPolicy(max_queue_wait=1.5)
    shell.request(ok, url=INVOICES, retry=policy)  # default plan: 0.5/s, burst 1
    before = shell.state("getInvoices")
    with pytest.raises(ThrottledError) as info:
        shell.request(ok, url=INVOICES, retry=policy)
    error = info.value
    assert error.operation == "getInvoices" and error.status is None
    message = str(error)
    assert "getInvoices would have waited 2.0 s for a rate-limit slot" in message
    assert "max_queue_wait (1.5 s); nothing was sent" in message
    assert "raise max_queue_wait (None waits as long as it takes" in message
    assert len(shell.seen) == 1 and shell.clock.sleeps == []
    assert shell.state("getInvoices") == before  # the slot was not kept
    # The next caller that may wait gets that slot, not the one after it.
    shell.request(ok, url=INVOICES, retry=RetryPolicy(max_queue_wait=None))
    assert shell.clock.sleeps == [2.0]


def test_max_queue_wait_none_waits_as_long_as_it_takes(shell: Shell) -> None:
    policy = RetryPolicy(max_queue_wait=None)
    for _ in range(4):
        shell.request(ok, url=INVOICES, retry=policy)
    assert shell.clock.sleeps == [2.0, 2.0, 2.0]


def test_the_bound_applies_to_resends_after_a_429_too(shell: Shell) -> None:
    handler = replies(throttled(**{"Retry-After": "60"}))
    with pytest.raises(ThrottledError, match=r"waited 60.0 s .* not resent after attempt 1"):
        shell.request(handler, retry=RetryPolicy(max_queue_wait=30.0))
    assert len(shell.seen) == 1


def test_the_bound_is_not_applied_without_rate_limiting(shell: Shell) -> None:
    for _ in range(3):
        shell.request(ok, url=INVOICES, rate_limiting=False, retry=RetryPolicy(max_queue_wait=0))
    assert len(shell.seen) == 3


def test_waits_over_a_second_are_logged_at_debug_without_headers(
    shell: Shell, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="selling_partner")
    secret = {"x-amz-access-token": "SECRET-TOKEN"}
    for _ in range(31):  # burst 30, then one slot 0.5 s away: not logged
        shell.request(ok, headers=secret)
    shell.request(ok, url=INVOICES, headers=secret)
    shell.request(ok, url=INVOICES, headers=secret)  # 2 s away
    waits = [r.getMessage() for r in caplog.records if "rate-limit slot" in r.getMessage()]
    assert waits == ["getInvoices waits 2.0s for a rate-limit slot (attempt 1)"]
    assert "SECRET" not in caplog.text


# --- Logging and secrets --------------------------------------------------------------------


def test_debug_log_names_the_operation_and_no_secret(
    shell: Shell, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="selling_partner")
    handler = replies(
        throttled(**{"Retry-After": "1", "x-amzn-RequestId": "req-429", "Set-Cookie": "SECRET-C"}),
        httpx.ReadTimeout("timeout"),
    )
    shell.request(
        handler,
        params={"packageNumber": "SECRET-Q"},
        headers={"x-amz-access-token": "SECRET-TOKEN", "x-amz-rdt": "SECRET-RDT"},
    )
    text = caplog.text
    assert "getPackageTrackingDetails GET /fba/outbound/2020-07-01/tracking -> 429" in text
    assert "request_id=req-429 attempt=1" in text
    assert "-> ReadTimeout" in text
    assert "attempt=3" in text
    assert "SECRET" not in text
    assert all(r.name == "selling_partner.transport" for r in caplog.records)


def test_outcome_unknown_message_holds_no_secret(shell: Shell) -> None:
    with pytest.raises(OutcomeUnknownError) as info:
        shell.request(
            replies(httpx.ReadError("SECRET-IN-ERROR")),
            "POST",
            ORDERS,
            headers={"x-amz-access-token": "SECRET-TOKEN"},
            content=b'{"SECRET": 1}',
        )
    assert "SECRET" not in str(info.value)
    assert "SECRET" not in repr(info.value)


# --- Construction ---------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [SpApiTransport, AsyncSpApiTransport])
@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"identity": ""}, "identity must be a non-empty string"),
        ({"region": None}, "region must be a non-empty string"),
        ({"operations": {}}, "operations must be an OperationIndex"),
        ({"store": object()}, "store must implement BucketStore"),
    ],
)
def test_bad_arguments_say_what_to_fix(cls: Any, kwargs: dict[str, Any], message: str) -> None:
    args: dict[str, Any] = {"operations": INDEX, "identity": ID, "region": "na"}
    args.update(kwargs)
    with pytest.raises(ConfigurationError, match=message):
        cls(httpx.MockTransport(ok), **args)


def test_close_closes_the_inner_transport() -> None:
    closed: list[str] = []

    class Inner(httpx.MockTransport):
        def close(self) -> None:
            closed.append("sync")

        async def aclose(self) -> None:
            closed.append("async")

    SpApiTransport(Inner(ok), operations=INDEX, identity=ID, region="na").close()
    asyncio.run(AsyncSpApiTransport(Inner(ok), operations=INDEX, identity=ID, region="na").aclose())
    assert closed == ["sync", "async"]


# --- Async stores ---------------------------------------------------------------------------


@dataclass
class AsyncStore:
    """An AsyncBucketStore (as a Redis store would be) recording its calls."""

    inner: InMemoryBucketStore = field(default_factory=lambda: InMemoryBucketStore(**EXACT_STORE))
    calls: list[str] = field(default_factory=list)

    async def areserve(
        self, key: BucketKey, rate: float, burst: int, now: float, max_wait: float | None = None
    ) -> float:
        self.calls.append("reserve")
        return self.inner.reserve(key, rate, burst, now, max_wait)

    async def apause(
        self,
        key: BucketKey,
        rate: float,
        burst: int,
        now: float,
        until: float,
        sent: float | None = None,
    ) -> None:
        self.calls.append("pause")
        self.inner.pause(key, rate, burst, now, until, sent)

    async def aobserve(
        self, key: BucketKey, rate: float, burst: int, now: float, advertised: float | None
    ) -> None:
        self.calls.append(f"observe {advertised}")
        self.inner.observe(key, rate, burst, now, advertised)


async def test_async_transport_awaits_an_async_store() -> None:
    clock = FakeClock()
    store = AsyncStore()
    handler = replies(throttled(**{"Retry-After": "2", "x-amzn-RateLimit-Limit": "4"}))
    transport = AsyncSpApiTransport(
        httpx.MockTransport(handler),
        operations=INDEX,
        identity=ID,
        region="na",
        store=store,
        clock=clock,
        sleep=clock.async_sleep,
    )
    async with httpx.AsyncClient(base_url=BASE, transport=transport) as client:
        response = await client.get(TRACKING)
    assert response.status_code == 200
    assert store.calls == ["reserve", "observe 4.0", "pause", "reserve", "observe None"]
    assert clock.sleeps == [2.0]
    assert store.inner.state(BucketKey(ID, "na", "getPackageTrackingDetails")).rate == 4.0


# --- Concurrent callers ---------------------------------------------------------------------


def _expected_slots(calls: int, rate: float, burst: int) -> list[float]:
    return [0.0] * burst + [k / rate for k in range(1, calls - burst + 1)]


def test_threads_sharing_a_transport_get_distinct_slots() -> None:
    waits: list[float] = []
    lock = threading.Lock()

    def record(seconds: float) -> None:  # the clock stays frozen: every slot is from t=0
        with lock:
            waits.append(seconds)

    transport = SpApiTransport(
        httpx.MockTransport(ok),
        operations=INDEX,
        identity=ID,
        region="na",
        store=InMemoryBucketStore(**EXACT_STORE),
        clock=lambda: 0.0,
        sleep=record,
    )
    with httpx.Client(base_url=BASE, transport=transport) as client:

        def worker() -> None:
            for _ in range(10):
                assert client.get(TRACKING).status_code == 200

        threads = [threading.Thread(target=worker) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted([0.0] * (80 - len(waits)) + waits) == _expected_slots(80, 2.0, 30)


async def test_tasks_sharing_a_transport_get_distinct_slots() -> None:
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)
        await asyncio.sleep(0)  # let the other tasks run, as a real sleep would

    transport = AsyncSpApiTransport(
        httpx.MockTransport(ok),
        operations=INDEX,
        identity=ID,
        region="na",
        store=InMemoryBucketStore(**EXACT_STORE),
        clock=lambda: 0.0,
        sleep=record,
    )
    async with httpx.AsyncClient(base_url=BASE, transport=transport) as client:

        async def worker() -> None:
            for _ in range(10):
                assert (await client.get(TRACKING)).status_code == 200

        await asyncio.gather(*(worker() for _ in range(8)))
    assert sorted([0.0] * (80 - len(waits)) + waits) == _expected_slots(80, 2.0, 30)


def test_an_outage_does_not_starve_the_bucket_after_it_ends(shell: Shell) -> None:
    # During an outage no response comes back. The bucket must still refill as time
    # passes (a request that never reached the server spent none of its tokens), or
    # every attempt made during the outage pushes later slots back for good and, past
    # max_queue_wait, the operation raises ThrottledError without ever sending again.
    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    policy = RetryPolicy(max_attempts=1)
    for _ in range(40):
        with pytest.raises(TransportError):
            shell.request(down, url=INVOICES, retry=policy)  # 0.5/s, burst 1
        shell.clock.now += 10.0  # the caller tries again every 10 s
    shell.clock.sleeps.clear()
    response = shell.request(ok, url=INVOICES, retry=policy)
    assert response.status_code == 200
    assert shell.clock.sleeps == []

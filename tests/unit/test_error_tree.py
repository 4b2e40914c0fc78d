"""Issue 8, item 2: every failure of a call is a SellingPartnerError naming the operation.

Bodies cut before their Content-Length or mid-chunk are read inside the attempt
(retried for safe operations; an unsafe 2xx raises OutcomeUnknownError saying it
took effect); connection failures after the retries, timeouts, bad header values,
JSON nested 100,000 deep (2xx, 4xx, Login with Amazon, RDT, pagination), 3xx
answers and a JSON array where the model wants an object all raise inside the
tree, with the original exception as ``__cause__`` where there is one. Each runs
through both shells.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from error_tree_fakes import (
    TOKEN_PATH,
    RawServer,
    cut_before_length,
    cut_chunked,
    cut_response,
    deep_json,
)
from runtime_fakes import (
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    FakeAmazon,
    FakeClock,
    index,
    json_response,
    thing_body,
)
from selling_partner import (
    ApiError,
    AsyncSellingPartner,
    AuthError,
    ClientError,
    ConfigurationError,
    OutcomeUnknownError,
    Region,
    ResponseParseError,
    RetryPolicy,
    SellingPartner,
    SellingPartnerError,
    ServerError,
    TransportError,
)
from selling_partner._login import LwaRetry
from selling_partner._operations import OperationIndex
from selling_partner._pagination import plan_for
from selling_partner._rdt import interpret_rdt_response

GET = ("things_v1", "get_thing", {"thing_id": "T-1", "marketplace_ids": ["A"]})
CREATE = ("things_v1", "create_thing", {"body": {"name": "x"}})


def _settings(transport: Any, clock: FakeClock, **kwargs: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "region": Region.NA,
        "operations": index(),
        "transport": transport,
        "env": {},
        "clock": clock,
        "wall_clock": clock,
        "rng": lambda: 0.5,
    }
    settings.update(kwargs)
    return settings


def call(kind: str, fake: Any, op: tuple[str, str, dict[str, Any]], **kwargs: Any) -> Any:
    """Call ``op`` once through a fresh sync or async client over ``fake``."""
    package, name, args = op
    clock = FakeClock()
    if kind == "sync":
        with SellingPartner(
            **_settings(httpx.MockTransport(fake), clock, sleep=clock.sleep, **kwargs)
        ) as sp:
            return getattr(getattr(sp, package), name).detailed(**args)

    async def go() -> Any:
        async with AsyncSellingPartner(
            **_settings(httpx.MockTransport(fake), clock, sleep=clock.asleep, **kwargs)
        ) as sp:
            return await getattr(getattr(sp, package), name).detailed(**args)

    return asyncio.run(go())


@pytest.fixture(params=["sync", "async"])
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fake() -> FakeAmazon:
    return FakeAmazon()


# -- bodies cut before their end -----------------------------------------------------------------


def test_a_safe_operation_whose_body_is_cut_is_retried(kind: str, fake: FakeAmazon) -> None:
    fake.api.extend([cut_response(200), json_response(200, thing_body())])
    response = call(kind, fake, GET)
    assert response.parsed.payload.thing_id == "T-1"
    assert response.attempts == 2
    assert len(fake.api_requests()) == 2


def test_a_safe_operation_whose_body_is_always_cut_raises_transport_error(
    kind: str, fake: FakeAmazon
) -> None:
    fake.api.extend([cut_response(200) for _ in range(3)])
    with pytest.raises(TransportError) as info:
        call(kind, fake, GET, retry=RetryPolicy(max_attempts=3))
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert info.value.operation == "getThing"
    assert info.value.attempts == 3
    assert info.value.host == "sellingpartnerapi-na.amazon.com"


@pytest.mark.parametrize("status", [200, 201, 202])
def test_an_unsafe_2xx_whose_body_is_cut_says_it_took_effect(
    kind: str, fake: FakeAmazon, status: int
) -> None:
    fake.api.append(cut_response(status))
    with pytest.raises(OutcomeUnknownError) as info:
        call(kind, fake, CREATE)
    assert "did take effect" in str(info.value)
    assert info.value.status == status
    assert info.value.operation == "createThing"
    assert info.value.request_id == "req-cut"
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert len(fake.api_requests()) == 1  # never sent twice


def test_a_cut_429_is_retried_as_a_429_even_for_an_unsafe_operation(
    kind: str, fake: FakeAmazon
) -> None:
    fake.api.extend([cut_response(429, b'{"errors": [{"co'), json_response(200, thing_body())])
    response = call(kind, fake, CREATE)
    assert response.attempts == 2


def test_a_safe_5xx_whose_body_is_cut_is_retried(kind: str, fake: FakeAmazon) -> None:
    fake.api.extend([cut_response(503, b'{"errors": [{"co'), json_response(200, thing_body())])
    assert call(kind, fake, GET).attempts == 2


def test_an_unsafe_error_status_whose_body_is_cut_raises_that_status(
    kind: str, fake: FakeAmazon
) -> None:
    fake.api.append(cut_response(503, b'{"errors": [{"co'))
    with pytest.raises(ServerError) as info:
        call(kind, fake, CREATE)
    assert info.value.status == 503
    assert info.value.request_id == "req-cut"
    assert len(fake.api_requests()) == 1


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer() as running:
        yield running


def _real(kind: str, server: RawServer, op: tuple[str, str, dict[str, Any]], **kw: Any) -> Any:
    """Call ``op`` through a client talking to the real local server (real sockets)."""
    package, name, args = op
    settings: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "endpoint": server.url,
        "token_url": server.url + TOKEN_PATH,
        "operations": index(),
        "env": {},
        "retry": RetryPolicy(backoff_base=0.0),
        **kw,
    }
    if kind == "sync":
        with SellingPartner(**settings) as sp:
            return getattr(getattr(sp, package), name).detailed(**args)

    async def go() -> Any:
        async with AsyncSellingPartner(**settings) as sp:
            return await getattr(getattr(sp, package), name).detailed(**args)

    return asyncio.run(go())


@pytest.mark.parametrize("cut", [cut_before_length, cut_chunked])
def test_real_cut_bodies_are_retried_for_a_safe_operation(
    kind: str, server: RawServer, cut: Any
) -> None:
    server.scripts.append(cut())
    response = _real(kind, server, GET)
    assert response.parsed.payload.thing_id == "T-1"
    assert server.api_requests == 2


@pytest.mark.parametrize("cut", [cut_before_length, cut_chunked])
def test_real_cut_bodies_of_an_unsafe_2xx_raise_outcome_unknown(
    kind: str, server: RawServer, cut: Any
) -> None:
    server.scripts.append(cut(201))
    with pytest.raises(OutcomeUnknownError, match="did take effect") as info:
        _real(kind, server, CREATE)
    assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
    assert server.api_requests == 1


def test_a_refused_connection_after_the_retries_is_a_transport_error(kind: str) -> None:
    with RawServer() as gone:
        url = gone.url  # closed on exit: nothing listens there any more
    with pytest.raises(TransportError) as info:
        _real(kind, gone, GET, endpoint=url, lwa_retry=LwaRetry(backoff_base=0.0))
    # The token request fails first (same closed port): Login with Amazon's own.
    assert info.value.operation == "LoginWithAmazon"
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_connect_errors_after_the_retries_are_transport_errors(kind: str, fake: FakeAmazon) -> None:
    fake.api.extend([httpx.ConnectError("refused")] * 5)
    with pytest.raises(TransportError) as info:
        call(kind, fake, GET)
    assert info.value.attempts == 5
    assert isinstance(info.value.__cause__, httpx.ConnectError)


def test_timeouts_after_the_retries_are_transport_errors(kind: str, fake: FakeAmazon) -> None:
    fake.api.extend([httpx.ReadTimeout("slow")] * 5)
    with pytest.raises(TransportError) as info:
        call(kind, fake, GET)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


# -- bad header values -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["a\r\nX-Evil: 1", "tök€n", "nul\x00"])
def test_a_header_value_that_cannot_be_sent_is_refused_before_sending(
    kind: str, value: str
) -> None:
    from selling_partner_generated.fba_inventory_v1.models.add_inventory_request import (
        AddInventoryRequest,
    )

    fake = FakeAmazon()
    op = (
        "fba_inventory_v1",
        "add_inventory",
        {"body": AddInventoryRequest(inventory_items=[]), "x_amzn_idempotency_token": value},
    )
    with pytest.raises(ConfigurationError) as info:
        call(kind, fake, op, operations=OperationIndex.default())
    assert "x-amzn-idempotency-token" in str(info.value)
    assert fake.requests == []


@pytest.mark.parametrize("token", ["Atza|bad\r\ntoken", "Atza|tökén"])
def test_an_access_token_that_cannot_be_sent_is_an_auth_error(
    kind: str, fake: FakeAmazon, token: str
) -> None:
    fake.lwa.append(json_response(200, {"access_token": token, "expires_in": 3600}))
    with pytest.raises(AuthError):
        call(kind, fake, GET)
    assert fake.api_requests() == []


@pytest.mark.parametrize(
    "kwargs",
    [
        {"order_id": "902-\ud800"},  # path
        {"order_id": "902-1", "restricted": False},  # control: sent
    ],
)
def test_text_that_cannot_be_encoded_is_a_configuration_error(
    kind: str, kwargs: dict[str, Any]
) -> None:
    fake = FakeAmazon()
    op = ("orders_v0", "get_order", kwargs)
    if "\ud800" in kwargs["order_id"]:
        with pytest.raises(ConfigurationError, match="cannot be sent"):
            call(kind, fake, op, operations=OperationIndex.default())
        assert fake.requests == []
    else:
        with pytest.raises(ResponseParseError):  # a Thing is not an order; it was sent
            call(kind, fake, op, operations=OperationIndex.default(), strict=True)
        assert len(fake.api_requests()) == 1


def test_a_lone_surrogate_in_a_query_argument_is_a_configuration_error(kind: str) -> None:
    fake = FakeAmazon()
    op = (
        "orders_v0",
        "get_orders",
        {"marketplace_ids": ["ATVPDKIKX0DER"], "buyer_email": "\udfff"},
    )
    with pytest.raises(ConfigurationError, match="cannot be sent"):
        call(kind, fake, op, operations=OperationIndex.default())
    assert fake.api_requests() == []


# -- JSON nested 100,000 levels deep -----------------------------------------------------------


def test_deep_json_in_a_2xx_is_a_response_parse_error(kind: str, fake: FakeAmazon) -> None:
    fake.api.append(httpx.Response(200, content=deep_json(), headers={"x-amzn-RequestId": "r"}))
    with pytest.raises(ResponseParseError) as info:
        call(kind, fake, GET)
    assert info.value.status == 200
    assert info.value.operation == "getThing"


def test_deep_json_in_a_4xx_is_the_client_error(kind: str, fake: FakeAmazon) -> None:
    fake.api.append(httpx.Response(400, content=deep_json(), headers={"x-amzn-RequestId": "r4"}))
    with pytest.raises(ClientError) as info:
        call(kind, fake, GET)
    assert (info.value.status, info.value.request_id, info.value.errors) == (400, "r4", ())


@pytest.mark.parametrize("status", [200, 400])
def test_deep_json_from_login_with_amazon_is_an_auth_error(
    kind: str, fake: FakeAmazon, status: int
) -> None:
    fake.lwa.append(httpx.Response(status, content=deep_json()))
    with pytest.raises(AuthError):
        call(kind, fake, GET)


def test_deep_json_in_the_rdt_answer_is_a_response_parse_error() -> None:
    with pytest.raises(ResponseParseError):
        interpret_rdt_response(200, httpx.Headers(), deep_json(), 0.0)


def test_deep_json_in_a_page_ends_the_paging_without_escaping() -> None:
    op = OperationIndex.default().get("orders_v0", "get_orders")
    accepted = {"next_token": False, "marketplace_ids": True}
    plan = plan_for(op, accepted)
    assert plan.token_of(deep_json()) is None


# -- 3xx and arrays ------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_raises_and_is_not_followed(kind: str, fake: FakeAmazon, status: int) -> None:
    fake.api.append(httpx.Response(status, headers={"Location": "https://elsewhere.example/steal"}))
    with pytest.raises(ApiError) as info:
        call(kind, fake, GET)
    assert info.value.status == status
    assert info.value.operation == "getThing"
    assert [str(r.url.host) for r in fake.api_requests()] == ["sellingpartnerapi-na.amazon.com"]


def test_a_json_array_where_the_model_wants_an_object_is_a_parse_error(kind: str) -> None:
    fake = FakeAmazon()
    fake.api.append(httpx.Response(200, content=b" [ ]", headers={"x-amzn-RequestId": "ra"}))
    op = ("sellers_v1", "get_marketplace_participations", {})
    with pytest.raises(ResponseParseError) as info:
        call(kind, fake, op, operations=OperationIndex.default())
    assert "array" in str(info.value)
    assert info.value.request_id == "ra"


def test_an_object_still_parses(kind: str) -> None:
    fake = FakeAmazon()
    fake.api.append(json_response(200, {"payload": []}))
    op = ("sellers_v1", "get_marketplace_participations", {})
    response = call(kind, fake, op, operations=OperationIndex.default())
    assert response.parsed.payload == []


def test_everything_raised_above_is_inside_the_tree() -> None:
    for cls in (TransportError, OutcomeUnknownError, ResponseParseError, ApiError, AuthError):
        assert issubclass(cls, SellingPartnerError)
    error = TransportError("x", operation="op", host="h", attempts=2)
    assert "TransportError(operation='op', host='h', attempts=2" in repr(error)
    assert json.dumps(str(error))  # printable


def test_a_response_read_inside_the_attempt_still_knows_its_elapsed_time(
    server: RawServer,
) -> None:
    with SellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        endpoint=server.url,
        token_url=server.url + TOKEN_PATH,
        operations=index(),
        env={},
    ) as sp:
        response = sp.httpx_client().get("/things/v1/things/T-1", params={"marketplaceIds": "A"})
    assert response.json()["payload"]["thingId"] == "T-1"
    assert response.elapsed.total_seconds() >= 0

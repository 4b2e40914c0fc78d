"""Issue 8, item 1: a path parameter can never change the request's path.

``""``, ``"."`` and ``".."`` are refused before anything is sent, with a
ConfigurationError naming the parameter (httpx removes dot segments, and an
empty segment reaches the list operation one level up); every other value
reaches the server as one percent-encoded segment of the same operation. The
operation a call was made for travels with its request (``_routing``), is looked
up at most once, and the transport refuses a request whose final path has lost
its operation's template's shape.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from runtime_fakes import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, TOKEN_URL, FakeAmazon, FakeClock
from selling_partner import (
    AsyncSellingPartner,
    ConfigurationError,
    Region,
    SellingPartner,
    SellingPartnerError,
)
from selling_partner._operations import Operation, OperationIndex
from selling_partner._routing import CALLING
from selling_partner._transport import SpApiTransport
from selling_partner._vocabulary import OPERATION_EXTENSION

INDEX = OperationIndex.default()
ENDPOINT = "https://sellingpartnerapi-na.amazon.com"
REFUSED = ["", ".", ".."]
ENCODED = ["a/b", "%2F", "?x", "#x", "a\r\nb", "\n", "Bücher-€", "../x", "%2E%2E", "a b"]


class Anything:
    """Stands for any other required argument: the path is what is under test."""

    value = "x"

    def to_dict(self) -> dict[str, Any]:
        return {}

    def __str__(self) -> str:
        return "x"

    def isoformat(self) -> str:
        return "2024-01-01T00:00:00Z"

    def __iter__(self) -> Iterator[Any]:
        return iter(())


def _path_params() -> list[tuple[Operation, str, str]]:
    """Every (operation, wire name, python name) of a path parameter in the table."""
    return [
        (op, wire, name)
        for op in INDEX
        for wire, name in sorted(op.params.path.items())
        if "{" in op.path
    ]


PATH_PARAMS = _path_params()


def _kwargs(op: Operation, name: str, value: str) -> dict[str, Any]:
    """The generated request arguments of ``op`` with ``name`` set to ``value``."""
    module = importlib.import_module(op.module)
    args: dict[str, Any] = {}
    for arg, p in inspect.signature(module._get_kwargs).parameters.items():
        if arg == name:
            args[arg] = value
        elif arg in op.params.path.values():
            args[arg] = f"ok-{arg}"
        elif p.default is inspect.Parameter.empty:
            args[arg] = Anything()
    kwargs: dict[str, Any] = module._get_kwargs(**args)
    return kwargs


def _client(fake: Callable[[httpx.Request], httpx.Response]) -> SellingPartner:
    return SellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        region=Region.NA,
        transport=httpx.MockTransport(fake),
        rate_limiting=False,
        env={},
    )


def _check_arrival(op: Operation, wire: str, value: str, sent: list[httpx.Request]) -> None:
    """The request reached the server as one encoded segment of ``op``, holding ``value``."""
    assert len(sent) == 1, f"{op.operation_id} {wire}={value!r}: {len(sent)} requests"
    path = sent[0].url.raw_path.split(b"?", 1)[0].decode("ascii")
    template = op.path.split("/")
    segments = path.split("/")
    assert len(segments) == len(template), f"{op.operation_id} {wire}={value!r} sent {path}"
    for want, seg in zip(template, segments, strict=True):
        if want == "{" + wire + "}":
            assert unquote(seg) == value, f"{op.operation_id} {wire}={value!r} sent {path}"
        elif not want.startswith("{"):
            assert seg == want, f"{op.operation_id} {wire}={value!r} sent {path}"
    found = INDEX.lookup(op.method, path)
    assert found is not None and (found.package, found.name) == (op.package, op.name), (
        f"{op.operation_id}: {path} is another operation"
    )


def _send_all(within_call: bool) -> list[str]:
    """Send every bad value of every path parameter; return what went wrong."""
    problems: list[str] = []
    fake = FakeAmazon()
    api: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        if str(request.url) != TOKEN_URL:
            api.append(request)
        return fake(request)

    with _client(server) as sp:
        http = sp.httpx_client()
        for op, wire, name in PATH_PARAMS:
            for value in REFUSED + ENCODED:
                before = len(api)
                mark = CALLING.set(op) if within_call else None
                try:
                    http.request(**_kwargs(op, name, value))
                except ConfigurationError as exc:
                    if len(api) != before:
                        problems.append(f"{op.operation_id} {wire}={value!r}: sent, then refused")
                    elif within_call and value in REFUSED and name not in str(exc):
                        problems.append(f"{op.operation_id} {wire}={value!r}: {exc} (no name)")
                    elif value not in REFUSED:
                        problems.append(f"{op.operation_id} {wire}={value!r} refused: {exc}")
                    continue
                finally:
                    if mark is not None:
                        CALLING.reset(mark)
                sent = api[before:]
                if value in REFUSED:
                    problems.append(f"{op.operation_id} {wire}={value!r} was sent: {sent}")
                    continue
                try:
                    _check_arrival(op, wire, value, sent)
                except AssertionError as exc:
                    problems.append(str(exc).split("\n")[0])
    return problems


def test_the_table_has_path_parameters_to_check() -> None:
    assert len(PATH_PARAMS) > 200


def test_every_path_parameter_of_every_operation_in_a_call() -> None:
    problems = _send_all(within_call=True)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


def test_every_path_parameter_of_every_operation_called_directly() -> None:
    # A generated function called on client_for(...): no call marks the request.
    problems = _send_all(within_call=False)
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])


# -- the reproductions of the issue, through the public accessors (sync and async) -------------


def _body(path: str) -> Any:
    module, _, cls = path.rpartition(".")
    return getattr(importlib.import_module(module), cls)


CASES = [
    ("orders_v0", "get_order_items", {"order_id": ".."}, "order_id"),
    ("orders_v0", "get_order", {"order_id": ""}, "order_id"),
    (
        "fulfillment_outbound_v2020_07_01",
        "cancel_fulfillment_order",
        {"seller_fulfillment_order_id": "."},
        "seller_fulfillment_order_id",
    ),
    (
        "fulfillment_inbound_v2024_03_20",
        "update_shipment_name",
        # a plan id the model's limits accept (38 characters of [a-zA-Z0-9-])
        {"inbound_plan_id": "wf" + "a1b2c3d4-" * 4, "shipment_id": ".."},
        "shipment_id",
    ),
]


def _case_kwargs(package: str, name: str, kwargs: dict[str, Any]) -> dict[str, Any]:
    op = INDEX.get(package, name)
    if op.params.body_model:
        cls = _body(op.params.body_model)
        kwargs = {**kwargs, op.params.body or "body": cls(name="x")}
    return kwargs


@pytest.mark.parametrize(("package", "name", "kwargs", "param"), CASES)
def test_the_issue_cases_are_refused_before_anything_is_sent(
    package: str, name: str, kwargs: dict[str, Any], param: str
) -> None:
    fake = FakeAmazon()
    with _client(fake) as sp:
        call = getattr(getattr(sp, package), name)
        with pytest.raises(ConfigurationError) as info:
            call(**_case_kwargs(package, name, kwargs))
    assert param in str(info.value)
    assert fake.requests == []  # not even a token was fetched


@pytest.mark.parametrize(("package", "name", "kwargs", "param"), CASES)
def test_the_issue_cases_are_refused_before_anything_is_sent_async(
    package: str, name: str, kwargs: dict[str, Any], param: str
) -> None:
    fake = FakeAmazon()

    async def go() -> None:
        async with AsyncSellingPartner(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            refresh_token=REFRESH_TOKEN,
            region=Region.NA,
            transport=httpx.MockTransport(fake),
            rate_limiting=False,
            env={},
        ) as sp:
            call = getattr(getattr(sp, package), name)
            await call(**_case_kwargs(package, name, kwargs))

    with pytest.raises(ConfigurationError) as info:
        asyncio.run(go())
    assert param in str(info.value)
    assert fake.requests == []


def test_an_encoded_value_reaches_the_same_operation_through_the_accessor() -> None:
    fake = FakeAmazon()
    with _client(fake) as sp, pytest.raises(SellingPartnerError):
        # The fake answers a Thing, which is not an order's items: only the request matters.
        sp.orders_v0.get_order_items._call(order_id="../x?y#z", strict=True)
    [request] = fake.api_requests()
    assert request.url.raw_path == b"/orders/v0/orders/..%2Fx%3Fy%23z/orderItems"


# -- the operation travels with the request, looked up at most once ----------------------------


class CountingIndex(OperationIndex):
    lookups = 0

    def lookup(self, method: str, path: str) -> Operation | None:
        CountingIndex.lookups += 1
        return super().lookup(method, path)


def _counting() -> CountingIndex:
    ops = {package: dict(INDEX.operations(package)) for package in INDEX.packages()}
    return CountingIndex(ops)


def test_a_call_tags_its_request_and_the_path_is_looked_up_once() -> None:
    fake = FakeAmazon()
    index = _counting()
    with SellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        region=Region.NA,
        transport=httpx.MockTransport(fake),
        operations=index,
        env={},
    ) as sp:
        CountingIndex.lookups = 0
        with pytest.raises(SellingPartnerError):  # a Thing is not an order: parse error
            sp.orders_v0.get_order._call(order_id="902-1", strict=True)
        assert CountingIndex.lookups == 1
        [request] = fake.api_requests()
        assert request.extensions[OPERATION_EXTENSION] is index.get("orders_v0", "get_order")
        # A generated function called directly: found by its path, once.
        CountingIndex.lookups = 0
        sp.httpx_client().get("/orders/v0/orders/902-2")
        assert CountingIndex.lookups == 1


def test_the_transport_refuses_a_path_that_lost_its_operations_shape() -> None:
    # Defence in depth: whatever rewrote the URL after the request was built for
    # getOrderItems, the transport does not send it to another path.
    sent: list[httpx.Request] = []
    op = INDEX.get("orders_v0", "get_order_items")
    transport = SpApiTransport(
        httpx.MockTransport(lambda r: sent.append(r) or httpx.Response(200)),
        operations=INDEX,
        identity="id",
        region="na",
        clock=FakeClock(),
    )
    with httpx.Client(base_url=ENDPOINT, transport=transport) as client:
        for path in ("/orders/v0/orderItems", "/orders/v0/orders//orderItems"):
            request = client.build_request("GET", ENDPOINT + path)
            request.extensions[OPERATION_EXTENSION] = op
            with pytest.raises(ConfigurationError, match="refusing to send"):
                client.send(request)
    assert sent == []

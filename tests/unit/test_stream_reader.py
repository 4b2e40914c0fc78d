"""Large answers are read into their models as they are scanned (``_stream_reader``).

What is checked: the window hands out exactly what ``json.loads`` reads, whatever
the window size, white space or multi-byte characters at its edges; bad JSON is
refused, never looped on; through the client, a large answer is never decoded
whole, and gives the same models and the same deviations as the usual reading.
"""

from __future__ import annotations

import asyncio
import contextvars
import copy
import gc
import json
import logging
import re
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from runtime_fakes import FULFILLMENT_ORDER, mock_client_options
from selling_partner import AsyncSellingPartner, ResponseParseError, SellingPartner, _json_window
from selling_partner._json_window import JsonWindow
from selling_partner._large_answers import LARGE, CallResponses
from selling_partner._stream_reader import Pending, StreamReader, streamable
from selling_partner._tolerant import Reader
from selling_partner_generated.fulfillment_outbound_v2020_07_01 import types
from selling_partner_generated.fulfillment_outbound_v2020_07_01.models import (
    ListAllFulfillmentOrdersResponse,
)

# --- the window --------------------------------------------------------------------

_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),  # any code point: multi-byte UTF-8 cut at a window's edge
)
_json = st.recursive(
    _leaf,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner),
    max_leaves=12,
)
_layout = st.sampled_from([{}, {"indent": 2}, {"separators": (",", ":")}, {"indent": "\t"}])


def _items(body: bytes, window: int) -> list[Any]:
    cursor = JsonWindow(body, window)
    cursor.take("{")
    assert cursor.value() == "a"
    cursor.take(":")
    items = list(cursor.items())
    cursor.take("}")
    assert cursor.peek() == ""
    return items


@settings(max_examples=300, deadline=None)
@given(st.lists(_json, max_size=8), _layout, st.integers(1, 40), st.booleans())
def test_the_items_are_what_json_loads_reads(
    values: list[Any], layout: dict[str, Any], window: int, ascii_only: bool
) -> None:
    body = json.dumps({"a": values}, ensure_ascii=ascii_only, **layout).encode()
    assert _items(body, window) == json.loads(body)["a"]


_objects = st.lists(
    st.fixed_dictionaries(
        {"id": st.text(max_size=8)},
        optional={
            # the text between two items, nested or inside a string: the scan must
            # refuse such a cut, never read a wrong array
            "inner": st.lists(st.fixed_dictionaries({"id": _json}), max_size=3),
            "note": st.sampled_from(['}, {"id": 1', '"}, {"id"', "}", ""]),
            "more": _json,
        },
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(_objects, _layout, st.integers(8, 400))
def test_objects_scanned_a_window_at_a_time_are_what_json_loads_reads(
    values: list[Any], layout: dict[str, Any], window: int
) -> None:
    body = json.dumps({"a": values}, **layout).encode()
    assert _items(body, window) == json.loads(body)["a"]


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Where each call of the C scanner started."""
    started: list[int] = []
    scan = _json_window._scan

    def counting(text: str, pos: int) -> Any:
        started.append(pos)
        return scan(text, pos)

    monkeypatch.setattr(_json_window, "_scan", counting)
    return started


def test_a_page_of_objects_is_scanned_in_few_calls(scans: list[int]) -> None:
    items = [{"id": n, "name": f"item {n}", "tags": [{"id": 1}, {"id": 2}]} for n in range(2000)]
    body = json.dumps({"a": items}).encode()
    assert _items(body, 4096) == items
    assert len(scans) < 2000 / 20  # about one per window of 4 KB, not one per item


@pytest.mark.parametrize("window", [1, 2, 3, 5, 64])
def test_a_number_cut_by_the_window_is_read_whole(window: int) -> None:
    body = b'{"a": [12345678901234567890, 1.5e300, -0.25, 7]}'
    assert _items(body, window) == [12345678901234567890, 1.5e300, -0.25, 7]


def test_one_item_larger_than_many_windows_costs_few_rescans(scans: list[int]) -> None:
    item = {"x": "y" * 200_000}
    body = json.dumps({"a": [item, item]}).encode()
    assert _items(body, 1024) == [item, item]
    # the window grows by doubling while one value does not fit: about log2(200 KB /
    # 1 KB) = 8 scans per item, where growing a window at a time would take 200
    assert len(scans) < 30


@pytest.mark.parametrize(
    "body",
    [
        b'{"a": [1, 2',  # cut
        b'{"a": [1 2]}',  # no comma
        b'{"a": [1, }',
        b'{"a": [{"x": 1]}',
        b'{"a": [tru]}',
        b'{"a": ["\xff"]}',  # not UTF-8
    ],
)
@pytest.mark.parametrize("window", [1, 4, 64])
def test_bad_json_is_refused(body: bytes, window: int) -> None:
    with pytest.raises(ValueError):
        _items(body, window)


def test_streamable_only_takes_utf8_objects() -> None:
    assert streamable(b'  \n{"a": 1}')
    assert not streamable(b'[{"a": 1}]')
    assert not streamable('{"a": 1}'.encode("utf-16-le"))
    assert not streamable(b"\xef\xbb\xbf{}")  # a BOM: json.loads' own detection decides


def test_pending_reads_as_a_mapping_once_and_shows_no_body() -> None:
    pending = Pending(b'{"name": "Jane Buyer", "n": 1}')
    assert "Jane" not in repr(pending)
    assert dict(pending) == {"name": "Jane Buyer", "n": 1}
    assert len(pending) == 2 and pending["n"] == 1


# --- the reader against the usual reading -------------------------------------------


def _page(orders: int, deviating: bool, token: str | None = "t") -> bytes:
    out = []
    for n in range(orders):
        order = copy.deepcopy(FULFILLMENT_ORDER)
        order["sellerFulfillmentOrderId"] = f"order-{n}"
        if deviating and n % 3 == 0:
            del order["marketplaceId"]  # required
        if deviating and n % 3 == 1:
            order["featureConstraints"] = None
            order["fulfillmentOrderStatus"] = "NOT_IN_THE_ENUM"
        out.append(order)
    if deviating:
        out.insert(2, None)  # not an order at all: left out, recorded
    payload: dict[str, Any] = {"fulfillmentOrders": out, "extra": [1]}
    if token is not None:
        payload["nextToken"] = token
    return json.dumps({"payload": payload, "more": {}}, indent=1).encode()


def _read(reader: Reader, data: Any) -> Any:
    token = types.READER.set(reader)
    try:
        return ListAllFulfillmentOrdersResponse.from_dict(data)
    finally:
        types.READER.reset(token)


@pytest.mark.parametrize("deviating", [False, True])
def test_the_reader_gives_the_usual_models_and_deviations(deviating: bool) -> None:
    body = _page(40, deviating)
    streamed, usual = StreamReader("op", None), Reader("op", None)
    assert _read(streamed, Pending(body)) == _read(usual, json.loads(body))
    assert streamed.deviations == usual.deviations
    assert bool(usual.deviations) is deviating


def test_trailing_data_after_the_answer_is_refused() -> None:
    with pytest.raises(ValueError, match="extra data"):
        _read(StreamReader("op", None), Pending(_page(2, False) + b" {}"))


# --- through the client --------------------------------------------------------------


@pytest.fixture
def whole_decodes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The sizes of the bodies json.loads decoded whole, of LARGE bytes or more."""
    sizes: list[int] = []
    loads = json.loads

    def counting(text: Any, **kwargs: Any) -> Any:
        if len(text) >= LARGE:
            sizes.append(len(text))
        return loads(text, **kwargs)

    monkeypatch.setattr(json, "loads", counting)
    yield sizes


def _large(deviating: bool, token: str | None = "t") -> bytes:
    body = _page(LARGE // 500 + 20, deviating, token)
    assert len(body) >= LARGE
    return body


def _options(body: bytes) -> dict[str, Any]:
    return mock_client_options(
        lambda request: httpx.Response(
            200, content=body, headers={"content-type": "application/json"}
        )
    )


@pytest.mark.parametrize("deviating", [False, True])
def test_a_large_answer_is_never_decoded_whole(
    deviating: bool, whole_decodes: list[int], caplog: pytest.LogCaptureFixture
) -> None:
    body = _large(deviating)
    usual = Reader("listAllFulfillmentOrders", None)
    expected = _read(usual, json.loads(body))
    whole_decodes.clear()
    caplog.set_level(logging.WARNING, "selling_partner.models")
    with SellingPartner(**_options(body)) as sp:
        answer = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders.detailed()
    assert whole_decodes == []
    assert answer.parsed == expected
    assert answer.deviations == tuple(usual.deviations)
    assert answer.content == body
    # each (path, kind) is logged once, list indices as [*]
    logged = [r.getMessage() for r in caplog.records]
    places = {(re.sub(r"\[\d+\]", "[*]", d.path), d.kind) for d in usual.deviations}
    assert len(logged) == len(places) == (4 if deviating else 0)


def test_the_async_client_streams_too(whole_decodes: list[int]) -> None:
    body = _large(True)

    async def main() -> Any:
        async with AsyncSellingPartner(**_options(body)) as sp:
            return await sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders.detailed()

    whole_decodes.clear()
    answer = asyncio.run(main())
    assert whole_decodes == []
    assert len(answer.parsed.payload.fulfillment_orders) == body.count(b'"order-')
    assert answer.deviations


def test_a_strict_call_reads_the_whole_body_as_generated(whole_decodes: list[int]) -> None:
    body = _large(False)
    whole_decodes.clear()
    with SellingPartner(**_options(body)) as sp:
        call = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders
        page = call(strict=True)
    assert whole_decodes == [len(body)]
    assert len(page.payload.fulfillment_orders) == body.count(b'"order-')


@pytest.mark.parametrize(
    "mangle",
    [
        lambda body: body[:-200],  # cut
        lambda body: body.replace(b'"order-7"', b'"order-7" "x"', 1),
        lambda body: body + b"]",
    ],
)
def test_a_large_answer_that_is_not_json_is_a_parse_error(
    mangle: Callable[[bytes], bytes],
) -> None:
    body = mangle(_large(False))
    with SellingPartner(**_options(body)) as sp, pytest.raises(ResponseParseError) as caught:
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
    assert "order-" not in str(caught.value)
    assert caught.value.operation == "listAllFulfillmentOrders"


def test_a_large_answer_still_answers_json_with_options() -> None:
    body = _large(False)
    response = httpx.Response(200, content=body)

    def add() -> Any:
        seen = CallResponses("listAllFulfillmentOrders", types)
        seen.add(response)
        seen.end()  # the collector back on
        return types.READER.get()

    reader = contextvars.copy_context().run(add)
    assert isinstance(reader, StreamReader)
    assert isinstance(response.json(), Pending)
    parsed = response.json(parse_int=str)  # options: decoded as httpx would
    assert parsed["payload"]["fulfillmentOrders"][0]["sellerFulfillmentOrderId"] == "order-0"


def test_a_large_answer_of_a_strict_call_is_left_as_it_is() -> None:
    response = httpx.Response(200, content=_large(False))
    seen = CallResponses("listAllFulfillmentOrders", None)
    seen.add(response)
    seen.end()
    assert isinstance(response.json(), dict)
    assert gc.isenabled()


@pytest.mark.parametrize("deviating", [False, True])
def test_pages_of_large_answers_follow_their_tokens(
    deviating: bool, whole_decodes: list[int]
) -> None:
    first, last = _large(deviating, "next-1"), _large(deviating, None)

    def answer(request: httpx.Request) -> httpx.Response:
        body = last if request.url.params.get("nextToken") == "next-1" else first
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    whole_decodes.clear()
    with SellingPartner(**mock_client_options(answer)) as sp:
        pages = list(sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders.pages())
    assert [p.payload.to_dict().get("nextToken") for p in pages] == ["next-1", None]
    # a page read without deviations gives its token from the model; one with
    # deviations is asked again, from its body (the body decides what strayed)
    assert whole_decodes == ([len(first), len(last)] if deviating else [])


def test_a_token_the_model_cannot_hold_as_text_comes_from_the_body() -> None:
    with SellingPartner(**_options(b"{}")) as sp:
        call = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders._call
        plan = call._cursor((), {})[0].plan
    body = b'{"payload": {"nextToken": 12}}'
    page = ListAllFulfillmentOrdersResponse.from_dict(json.loads(body))  # strict: int kept
    assert plan.token_of(body, page) == "12"
    assert plan.token_of(b"{}", ListAllFulfillmentOrdersResponse.from_dict({})) is None
    named = ListAllFulfillmentOrdersResponse.from_dict({"payload": {"nextToken": "abc"}})
    assert plan.token_of(b"not read", named) == "abc"

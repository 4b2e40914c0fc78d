"""Cross-cutting behaviour, replayed through the full stack.

Login with Amazon (fetch once, refresh before expiry, refresh after a 403),
the rate limiter (pacing, a 429 then success), Amazon's error list turned
into exceptions, pagination, and an answer with an unknown enum value and an
extra field. ``sent`` lists the requests as they left the client below the
limiter and retries, with the time on the shared fake clock, so pauses and
resends are visible in the replay. Tests marked ``fake_only`` set the fake's
scenario controls while recording.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest
from _fo_calls import V2020, V2026, call_kwargs
from _recording import FakeClock, Sent
from fake_spapi import FakeSpApi
from selling_partner import AsyncSellingPartner, ClientError, SellingPartner
from selling_partner_generated.fulfillment_outbound_v2026_07_04.models import ListOrdersShipments

pytestmark = pytest.mark.vcr

LWA = "/auth/o2/token"


def _statuses(sent: list[Sent]) -> list[tuple[str, int]]:
    return [("lwa" if s.path == LWA else s.method, s.status) for s in sent]


def _api(sent: list[Sent]) -> list[Sent]:
    return [s for s in sent if s.path != LWA]


def _header(cassette: Any, index: int, name: str) -> str:
    headers = cassette.responses[index]["headers"]
    for key, values in headers.items():
        if key.lower() == name.lower():
            return str(values[0])
    raise KeyError(name)


# ---------------------------------------------------------------- Login with Amazon


def test_token_is_fetched_once_and_reused(sp: SellingPartner, sent: list[Sent]) -> None:
    fo = sp.fulfillment_outbound_v2020_07_01
    first = fo.get_features(**call_kwargs(V2020, "get_features"))
    second = fo.get_features(**call_kwargs(V2020, "get_features"))
    assert first.payload.features[0].feature_name == second.payload.features[0].feature_name
    assert _statuses(sent) == [("lwa", 200), ("GET", 200), ("GET", 200)]


def test_token_is_refreshed_before_it_expires(
    sp: SellingPartner, sent: list[Sent], clock: FakeClock
) -> None:
    fo = sp.fulfillment_outbound_v2020_07_01
    fo.get_features(**call_kwargs(V2020, "get_features"))
    # 30 s before the 3600 s token expires: inside the refresh margin.
    clock.advance(3600 - 30)
    fo.get_features(**call_kwargs(V2020, "get_features"))
    assert _statuses(sent) == [("lwa", 200), ("GET", 200), ("lwa", 200), ("GET", 200)]


@pytest.mark.fake_only
def test_expired_token_403_is_refreshed_and_the_call_resent(
    sp: SellingPartner, sent: list[Sent], fake: FakeSpApi | None
) -> None:
    fo = sp.fulfillment_outbound_v2020_07_01
    fo.get_features(**call_kwargs(V2020, "get_features"))
    if fake is not None:
        fake.expire_tokens()  # the server now answers 403 "The access token has expired"
    result = fo.get_fulfillment_order.detailed(**call_kwargs(V2020, "get_fulfillment_order"))
    assert result.parsed.payload.fulfillment_order.seller_fulfillment_order_id == "FAKE-ORDER-0001"
    assert _statuses(sent) == [
        ("lwa", 200),
        ("GET", 200),
        ("GET", 403),
        ("lwa", 200),
        ("GET", 200),
    ]


@pytest.mark.fake_only
async def test_expired_token_403_is_refreshed_async(
    asp: AsyncSellingPartner, sent: list[Sent], fake: FakeSpApi | None
) -> None:
    fo = asp.fulfillment_outbound_v2026_07_04
    await fo.get_order(**call_kwargs(V2026, "get_order"))
    if fake is not None:
        fake.expire_tokens()
    order = await fo.get_order(**call_kwargs(V2026, "get_order"))
    assert order.order.order_id == "ABC123XYZ"
    assert _statuses(sent) == [
        ("lwa", 200),
        ("GET", 200),
        ("GET", 403),
        ("lwa", 200),
        ("GET", 200),
    ]


# ---------------------------------------------------------------- rate limiting


@pytest.mark.fake_only
def test_429_pauses_then_the_resend_succeeds(
    sp: SellingPartner, sent: list[Sent], fake: FakeSpApi | None, vcr: Any
) -> None:
    if fake is not None:
        # The server's bucket holds one request; the client's table says burst 30.
        fake.set_rate_limit("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails", 2.0, 1)
        fake.retry_after = True
    fo = sp.fulfillment_outbound_v2020_07_01
    kwargs = call_kwargs(V2020, "get_package_tracking_details")
    assert fo.get_package_tracking_details.detailed(**kwargs).attempts == 1
    second = fo.get_package_tracking_details.detailed(**kwargs)
    assert second.parsed.payload.carrier_code == "UPS"
    assert second.attempts == 2
    assert _statuses(sent) == [("lwa", 200), ("GET", 200), ("GET", 429), ("GET", 200)]
    # The resend waited at least what the 429's Retry-After asked for.
    retry_after = float(_header(vcr, 2, "Retry-After"))
    assert retry_after > 0
    throttled, resent = _api(sent)[1:]
    assert resent.at - throttled.at >= retry_after


@pytest.mark.fake_only
async def test_429_pauses_then_the_resend_succeeds_async(
    asp: AsyncSellingPartner, sent: list[Sent], fake: FakeSpApi | None, vcr: Any
) -> None:
    if fake is not None:
        fake.set_rate_limit("fulfillment_outbound_v2026_07_04.getOffers", 5.0, 1)
        fake.retry_after = True
    fo = asp.fulfillment_outbound_v2026_07_04
    await fo.get_offers(**call_kwargs(V2026, "get_offers"))
    result = await fo.get_offers.detailed(**call_kwargs(V2026, "get_offers"))
    assert result.attempts == 2
    assert result.parsed.offer_results[0].item.product_identifier.amazon_sku
    assert _statuses(sent) == [("lwa", 200), ("POST", 200), ("POST", 429), ("POST", 200)]
    throttled, resent = _api(sent)[1:]
    assert resent.at - throttled.at >= float(_header(vcr, 2, "Retry-After"))


@pytest.mark.fake_only
def test_limiter_paces_calls_beyond_the_burst(
    sp: SellingPartner, sent: list[Sent], fake: FakeSpApi | None
) -> None:
    # No usage plan in the model: the client's default is 0.5 requests/s, burst 1.
    if fake is not None:
        fake.set_rate_limit(
            "fulfillment_outbound_v2020_07_01.submitFulfillmentOrderStatusUpdate", 0.5, 1
        )
    fo = sp.fulfillment_outbound_v2020_07_01
    for _ in range(2):
        fo.submit_fulfillment_order_status_update(
            **call_kwargs(V2020, "submit_fulfillment_order_status_update")
        )
    calls = _api(sent)
    assert [c.status for c in calls] == [200, 200]  # paced: never throttled
    gaps = [b.at - a.at for a, b in itertools.pairwise(calls)]
    # The second call waited for the bucket to refill: 1 token at 0.5/s.
    assert gaps and all(gap >= 2.0 for gap in gaps), gaps


@pytest.mark.fake_only
async def test_limiter_adopts_the_advertised_rate(
    asp: AsyncSellingPartner, sent: list[Sent], fake: FakeSpApi | None, vcr: Any
) -> None:
    # No usage plan in the model (client default 0.5/s, burst 1); the server
    # enforces and advertises a slower 0.25/s, which the client must adopt.
    if fake is not None:
        fake.set_rate_limit("fulfillment_outbound_v2026_07_04.updatePackage", 0.25, 1)
    fo = asp.fulfillment_outbound_v2026_07_04
    for _ in range(2):
        await fo.update_package(**call_kwargs(V2026, "update_package"))
    assert float(_header(vcr, 1, "x-amzn-RateLimit-Limit")) == 0.25
    calls = _api(sent)
    assert [c.status for c in calls] == [204, 204]
    assert calls[1].at - calls[0].at >= 4.0


@pytest.mark.fake_only
def test_limiter_adopts_the_advertised_rate_sync(
    sp: SellingPartner, sent: list[Sent], fake: FakeSpApi | None, vcr: Any
) -> None:
    if fake is not None:
        fake.set_rate_limit(
            "fulfillment_outbound_v2020_07_01.submitFulfillmentOrderStatusUpdate", 0.25, 1
        )
    fo = sp.fulfillment_outbound_v2020_07_01
    kwargs = call_kwargs(V2020, "submit_fulfillment_order_status_update")
    for _ in range(2):
        fo.submit_fulfillment_order_status_update(**kwargs)
    assert float(_header(vcr, 1, "x-amzn-RateLimit-Limit")) == 0.25
    calls = _api(sent)
    assert [c.status for c in calls] == [200, 200]
    assert calls[1].at - calls[0].at >= 4.0


# ---------------------------------------------------------------- errors


async def test_400_errors_list_becomes_client_error(
    asp: AsyncSellingPartner, sent: list[Sent], vcr: Any
) -> None:
    # The generated enums keep unknown values, so an invalid one reaches the server.
    kwargs = call_kwargs(V2026, "list_orders", shipments=ListOrdersShipments("SOMETIMES"))
    with pytest.raises(ClientError) as caught:
        await asp.fulfillment_outbound_v2026_07_04.list_orders(**kwargs)
    error = caught.value
    assert error.status == 400
    assert error.operation == "listOrders"
    assert [e.code for e in error.errors] == ["InvalidInput"]
    assert "shipments" in error.errors[0].message
    assert error.request_id == _header(vcr, 1, "x-amzn-RequestId")
    assert error.request_id in str(error)
    assert _statuses(sent) == [("lwa", 200), ("GET", 400)]  # a 400 is not retried


# ---------------------------------------------------------------- pagination


@pytest.mark.fake_only
def test_list_all_fulfillment_orders_follows_next_token(
    sp: SellingPartner, sent: list[Sent], vcr: Any
) -> None:
    fo = sp.fulfillment_outbound_v2020_07_01
    pages = []
    token = None
    while True:
        extra = {} if token is None else {"next_token": token}
        page = fo.list_all_fulfillment_orders(
            **call_kwargs(V2020, "list_all_fulfillment_orders", **extra)
        )
        pages.append([o.seller_fulfillment_order_id for o in page.payload.fulfillment_orders])
        token = page.payload.next_token if isinstance(page.payload.next_token, str) else None
        if not token:
            break
        assert len(pages) < 10, "pagination does not end"
    assert len(pages) == 3
    ids = [i for p in pages for i in p]
    assert len(ids) == len(set(ids)), "pages repeat records"
    queries = [r.query for r in vcr.requests if r.path != LWA]
    assert [any(k == "nextToken" for k, _ in q) for q in queries] == [False, True, True]
    assert all(any(k == "queryStartDate" for k, _ in q) for q in queries)


@pytest.mark.fake_only
async def test_list_orders_follows_page_token(asp: AsyncSellingPartner, vcr: Any) -> None:
    # 2026-07-04 spells it differently: pageToken in the query, pagination.nextToken back.
    fo = asp.fulfillment_outbound_v2026_07_04
    pages: list[list[str]] = []
    token: str | None = None
    while len(pages) < 10:
        extra = {} if token is None else {"page_token": token}
        page = await fo.list_orders(**call_kwargs(V2026, "list_orders", **extra))
        pages.append([o.order_id for o in page.orders])
        token = page.pagination.next_token if page.pagination else None
        if not isinstance(token, str) or not token:
            break
    assert [len(p) for p in pages] == [2, 2, 2]
    ids = [i for p in pages for i in p]
    assert len(ids) == len(set(ids)), "pages repeat records"
    queries = [dict(r.query) for r in vcr.requests if r.path != LWA]
    assert ["pageToken" in q for q in queries] == [False, True, True]
    assert all(q["updatedAfter"].startswith("2026-11-01T00:00:00") for q in queries)


@pytest.mark.fake_only
def test_pages_walks_every_page_of_list_all_fulfillment_orders(
    sp: SellingPartner, vcr: Any
) -> None:
    call = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders
    pages = list(call.pages(**call_kwargs(V2020, "list_all_fulfillment_orders")))
    assert len(pages) == 3
    assert pages[-1].payload.next_token is None or not pages[-1].payload.next_token
    ids = [o.seller_fulfillment_order_id for p in pages for o in p.payload.fulfillment_orders]
    assert len(ids) == len(set(ids)) == 3 * len(pages[0].payload.fulfillment_orders)
    tokens = [dict(r.query).get("nextToken") for r in vcr.requests if r.path != LWA]
    assert tokens[0] is None and all(tokens[1:])
    assert tokens[1:] == [p.payload.next_token for p in pages[:-1]]


@pytest.mark.fake_only
async def test_pages_walks_every_page_of_list_orders(asp: AsyncSellingPartner, vcr: Any) -> None:
    call = asp.fulfillment_outbound_v2026_07_04.list_orders
    pages = [page async for page in call.pages(**call_kwargs(V2026, "list_orders"))]
    assert len(pages) == 3
    ids = [o.order_id for p in pages for o in p.orders]
    assert len(ids) == len(set(ids)) == 3 * len(pages[0].orders)
    tokens = [dict(r.query).get("pageToken") for r in vcr.requests if r.path != LWA]
    assert tokens[1:] == [p.pagination.next_token for p in pages[:-1]]
    assert tokens[0] is None


# ---------------------------------------------------------------- tolerance


def _order_with_surprises() -> dict[str, Any]:
    order = {
        "sellerFulfillmentOrderId": "ORDER-SURPRISE",
        "marketplaceId": "ATVPDKIKX0DER",
        "displayableOrderId": "ORDER-SURPRISE",
        "displayableOrderDate": "2026-11-20T10:00:00Z",
        "displayableOrderComment": "Thanks",
        "shippingSpeedCategory": "Standard",
        "destinationAddress": {
            "name": "Sam Example",
            "addressLine1": "2 Example Road",
            "postalCode": "98109",
            "countryCode": "US",
        },
        "fulfillmentOrderStatus": "ShippedByDrone",  # not in the model's enum
        "receivedDate": "2026-11-20T10:01:00Z",
        "statusUpdatedDate": "2026-11-20T10:02:00Z",
        "droneId": "D-42",  # not in the model at all
    }
    return {
        "payload": {
            "fulfillmentOrder": order,
            "fulfillmentOrderItems": [],
            "fulfillmentShipments": [],
            "returnItems": [],
            "returnAuthorizations": [],
            "paymentInformation": [],
            "deliveryWindowCount": 1,
        }
    }


@pytest.mark.fake_only
def test_unknown_enum_value_and_extra_field_are_kept(
    sp: SellingPartner, fake: FakeSpApi | None
) -> None:
    if fake is not None:
        fake.respond_next(
            "fulfillment_outbound_v2020_07_01.getFulfillmentOrder", 200, _order_with_surprises()
        )
    result = sp.fulfillment_outbound_v2020_07_01.get_fulfillment_order(
        **call_kwargs(V2020, "get_fulfillment_order")
    )
    order = result.payload.fulfillment_order
    assert order.fulfillment_order_status == "ShippedByDrone"
    assert order.fulfillment_order_status.name == "UNKNOWN"
    assert order.additional_properties["droneId"] == "D-42"
    assert result.payload.additional_properties["deliveryWindowCount"] == 1
    assert order.received_date == dt.datetime(2026, 11, 20, 10, 1, tzinfo=dt.UTC)
    # Sent back unchanged: a client can echo what Amazon sent.
    assert order.to_dict()["fulfillmentOrderStatus"] == "ShippedByDrone"

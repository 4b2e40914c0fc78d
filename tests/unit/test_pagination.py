"""Pagination: `.pages()` / `.detailed_pages()` follow the table's next-page token."""

from __future__ import annotations

import enum
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from feature_fakes import RDT_TOKENS, REPORTS, SHOP, ShopAmazon, index, make, make_async, page
from runtime_fakes import json_response
from selling_partner import ApiError, ApiResponse, ConfigurationError
from selling_partner._operations import Operation, OperationIndex
from selling_partner._pagination import LaterPages, PageCursor, PagePlan, later_pages, plan_for


def query(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.url.query.decode()))


def orders_of(parsed: Any) -> list[str]:
    return [o["AmazonOrderId"] for o in parsed["payload"]["Orders"]]


LIST_ORDERS_ARGS = {"marketplace_ids": True, "created_after": False, "next_token": False}


def list_orders() -> Operation:
    return index().get(SHOP, "list_orders")


# -- pure core ---------------------------------------------------------------------------


def test_token_of_follows_the_response_path() -> None:
    plan = plan_for(list_orders(), LIST_ORDERS_ARGS)
    assert plan.token_argument == "next_token"
    assert plan.token_of(b'{"payload": {"NextToken": "abc"}}') == "abc"
    for body in (
        b'{"payload": {"NextToken": ""}}',
        b'{"payload": {"NextToken": null}}',
        b'{"payload": {}}',
        b'{"payload": ["not", "a", "mapping"]}',
        b"{}",
        b"",
        b"not json",
    ):
        assert plan.token_of(body) is None, body


def test_cursor_repeats_the_first_arguments_with_the_token() -> None:
    plan = plan_for(list_orders(), LIST_ORDERS_ARGS)
    cursor = PageCursor(plan, {"marketplace_ids": ["A"], "created_after": "2024-01-01"})
    assert cursor.first() == {"marketplace_ids": ["A"], "created_after": "2024-01-01"}
    assert cursor.next(b'{"payload": {"NextToken": "t1"}}') == {
        "marketplace_ids": ["A"],
        "created_after": "2024-01-01",
        "next_token": "t1",
    }
    assert cursor.next(b'{"payload": {"NextToken": "t2"}}')["next_token"] == "t2"  # type: ignore[index]
    assert cursor.next(b'{"payload": {}}') is None
    assert cursor.pages == 3


def test_cursor_stops_with_an_error_when_a_token_comes_back() -> None:
    plan = plan_for(list_orders(), LIST_ORDERS_ARGS)
    cursor = PageCursor(plan, {"marketplace_ids": ["A"]})
    cursor.next(b'{"payload": {"NextToken": "t1"}}')
    cursor.next(b'{"payload": {"NextToken": "t2"}}')
    with pytest.raises(ApiError, match="already returned") as info:
        cursor.next(b'{"payload": {"NextToken": "t1"}}', request_id="req-9")
    assert info.value.operation == "getOrders"
    assert info.value.request_id == "req-9"


def test_resuming_from_a_saved_token_that_comes_back_is_a_loop_too() -> None:
    plan = plan_for(list_orders(), LIST_ORDERS_ARGS)
    cursor = PageCursor(plan, {"marketplace_ids": ["A"], "next_token": "saved"})
    with pytest.raises(ApiError, match="already returned"):
        cursor.next(b'{"payload": {"NextToken": "saved"}}')


def test_later_page_rules_come_from_the_table() -> None:
    # spec/later_pages.toml -> the pagination column's "later"
    real = OperationIndex.default()
    assert later_pages(real.get("reports_v2021_06_30", "get_reports")).alone
    assert later_pages(real.get("feeds_v2021_06_30", "get_feeds")).alone
    rule = later_pages(real.get("fulfillment_inbound_v0", "get_shipments"))
    assert rule.alone and rule.fixed == {"QueryType": "NEXT_TOKEN"}
    plain = later_pages(real.get("fulfillment_outbound_v2020_07_01", "list_all_fulfillment_orders"))
    assert plain == LaterPages()


class QueryType(enum.Enum):
    SHIPMENT = "SHIPMENT"
    NEXT_TOKEN = "NEXT_TOKEN"


def test_alone_keeps_required_arguments_and_switches_fixed_ones_keeping_the_enum_type() -> None:
    # Shaped like Fulfillment Inbound v0 getShipments: QueryType and MarketplaceId required.
    op = list_orders()
    plan = PagePlan(
        operation=op,
        token_argument="next_token",
        response_path=("payload", "NextToken"),
        later=LaterPages(alone=True, fixed={"QueryType": "NEXT_TOKEN"}),
        keep=frozenset({"query_type", "marketplace_id"}),
        fixed={"query_type": "NEXT_TOKEN"},
    )
    cursor = PageCursor(
        plan,
        {
            "query_type": QueryType.SHIPMENT,
            "marketplace_id": "ATVPDKIKX0DER",
            "shipment_status_list": ["WORKING"],
        },
    )
    later = cursor.next(b'{"payload": {"NextToken": "n1"}}')
    assert later == {
        "query_type": QueryType.NEXT_TOKEN,
        "marketplace_id": "ATVPDKIKX0DER",
        "next_token": "n1",
    }


def test_plan_without_a_params_column_matches_the_argument_by_name() -> None:
    op = Operation.from_facts(
        "x_v1",
        "list_things",
        {
            "operation_id": "listThings",
            "module": "m",
            "method": "GET",
            "path": "/x",
            "pagination": {"request": "NextToken", "response": ("NextToken",)},
        },
    )
    assert plan_for(op, {"next_token": False, "page_size": False}).token_argument == "next_token"
    with pytest.raises(ConfigurationError, match="no matching argument"):
        plan_for(op, {"page_size": False})


def test_an_operation_without_pagination_says_so() -> None:
    op = index().get(SHOP, "get_order")
    expected = r"does not page.*sp\.shop_v1\.get_order\(\.\.\.\)"
    with pytest.raises(ConfigurationError, match=expected):
        plan_for(op, {"order_id": True})


# -- through the client ------------------------------------------------------------------


def test_pages_follow_the_token_until_it_is_absent() -> None:
    fake = ShopAmazon()
    fake.api.extend([page(["1", "2"], "t1"), page(["3"], "t2"), page(["4"], None)])
    with make(fake) as sp:
        got = [orders_of(p) for p in sp.shop_v1.list_orders.pages(marketplace_ids=["A", "B"])]
    assert got == [["1", "2"], ["3"], ["4"]]
    requests = fake.api_requests()
    assert [query(r) for r in requests] == [
        {"MarketplaceIds": "A,B"},
        {"MarketplaceIds": "A,B", "NextToken": "t1"},
        {"MarketplaceIds": "A,B", "NextToken": "t2"},
    ]


def test_pages_are_lazy_and_stop_when_the_caller_stops() -> None:
    fake = ShopAmazon()
    fake.api.extend([page(["1"], "t1"), page(["2"], "t2"), page(["3"], None)])
    with make(fake) as sp:
        pages = sp.shop_v1.list_orders.pages(marketplace_ids=["A"])
        assert fake.api_requests() == []
        assert orders_of(next(pages)) == ["1"]
        assert len(fake.api_requests()) == 1


def test_detailed_pages_yield_api_responses() -> None:
    fake = ShopAmazon()
    fake.api.extend([page(["1"], "t1"), page(["2"], None)])
    with make(fake) as sp:
        responses = list(sp.shop_v1.list_orders.detailed_pages(marketplace_ids=["A"]))
    assert all(isinstance(r, ApiResponse) for r in responses)
    assert [r.operation for r in responses] == ["getOrders", "getOrders"]
    assert orders_of(responses[1].parsed) == ["2"]


def test_a_repeated_token_stops_with_an_error_not_a_loop() -> None:
    fake = ShopAmazon()
    fake.api.extend([page(["1"], "same"), page(["2"], "same"), page(["3"], "same")])
    with make(fake) as sp, pytest.raises(ApiError, match="already returned"):
        list(sp.shop_v1.list_orders.pages(marketplace_ids=["A"]))
    assert len(fake.api_requests()) == 2


def test_token_alone_drops_the_filters_on_later_pages() -> None:
    fake = ShopAmazon()
    fake.api.extend(
        [
            json_response(200, {"reports": [], "nextToken": "r1"}),
            json_response(200, {"reports": []}),
        ]
    )
    with make(fake) as sp:
        pages = list(sp.reports_v2021_06_30.get_reports.pages(report_types=["A", "B"], page_size=5))
    assert len(pages) == 2
    first, second = fake.api_requests()
    assert query(first) == {"reportTypes": "A,B", "pageSize": "5"}
    assert query(second) == {"nextToken": "r1"}


def test_pages_of_an_operation_without_pagination_fail_at_once() -> None:
    fake = ShopAmazon()
    with make(fake) as sp:
        with pytest.raises(ConfigurationError, match="does not page"):
            sp.shop_v1.get_order.pages(order_id="1")
        with pytest.raises(TypeError, match="it takes marketplace_ids"):
            sp.shop_v1.list_orders.pages(marketplace_id="typo")
    assert fake.requests == []


def test_pages_keep_restricted_on_every_page() -> None:
    fake = ShopAmazon()
    fake.api.extend([page(["1"], "t1"), page(["2"], None)])
    with make(fake) as sp:
        list(sp.shop_v1.list_orders.pages(marketplace_ids=["A"], restricted=("buyerInfo",)))
    # One RDT for the list path serves both pages.
    assert [b["restrictedResources"][0]["path"] for b in fake.rdt_bodies] == ["/shop/v1/orders"]
    assert [token for _, token in fake.sent()] == [RDT_TOKENS[0], RDT_TOKENS[0]]


async def test_async_pages() -> None:
    fake = ShopAmazon()
    fake.api.extend([page(["1"], "t1"), page(["2"], "t2"), page(["3"], None)])
    async with make_async(fake) as sp:
        got = [orders_of(p) async for p in sp.shop_v1.list_orders.pages(marketplace_ids=["A"])]
        detailed = sp.shop_v1.list_orders.detailed_pages(marketplace_ids=["A"])
        fake.api.append(page(["9"], None))
        assert [r.status_code async for r in detailed] == [200]
    assert got == [["1"], ["2"], ["3"]]
    assert [query(r).get("NextToken") for r in fake.api_requests()] == [None, "t1", "t2", None]


async def test_async_pages_fail_at_once_and_stop_on_a_repeated_token() -> None:
    fake = ShopAmazon()
    async with make_async(fake) as sp:
        with pytest.raises(ConfigurationError, match="does not page"):
            sp.shop_v1.get_order.pages(order_id="1")
        fake.api.extend([page(["1"], "same"), page(["2"], "same")])
        with pytest.raises(ApiError, match="already returned"):
            [p async for p in sp.shop_v1.list_orders.pages(marketplace_ids=["A"])]


def test_reports_fake_row_is_the_real_package_name() -> None:
    # The fake row carries the real row's token-alone rule.
    assert later_pages(index().get(REPORTS, "get_reports")).alone


def test_token_alone_clears_defaults_the_generated_code_would_send() -> None:
    sentinel = object()
    op = index().get(REPORTS, "get_reports")
    plan = plan_for(
        op,
        {"report_types": False, "page_size": False, "next_token": False},
        clear={"page_size": sentinel},
    )
    cursor = PageCursor(plan, {"report_types": ["A"]})
    assert cursor.next(b'{"nextToken": "r1"}') == {"page_size": sentinel, "next_token": "r1"}
    # Same-arguments operations are left alone.
    same = plan_for(list_orders(), LIST_ORDERS_ARGS, clear={"created_after": sentinel})
    assert "created_after" not in PageCursor(same, {"marketplace_ids": ["A"]}).next(
        b'{"payload": {"NextToken": "t"}}'
    )  # type: ignore[operator]

"""Pagination, grantless routing and RDTs through the real generated packages and table.

Answers come from a scripted MockTransport (FakeAmazon), with the smallest bodies the
generated models accept; the last tests run against the local fake SP-API (real HTTP),
which refuses a seller token on a grantless operation and pages every paginated
operation with opaque tokens.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from feature_fakes import RDT_TOKENS, RDT_URL_PATH, ShopAmazon
from runtime_fakes import ACCESS_TOKENS, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, FakeClock
from runtime_fakes import json_response as answer
from selling_partner import AsyncSellingPartner, ConfigurationError, SellingPartner
from selling_partner._operations import OperationIndex


def make(fake: ShopAmazon, **kwargs: Any) -> SellingPartner:
    clock = FakeClock()
    settings: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "region": "na",
        "env": {},
        "transport": httpx.MockTransport(fake),
        "clock": clock,
        "wall_clock": clock,
        "sleep": clock.sleep,
        "rng": lambda: 0.5,
    }
    settings.update(kwargs)
    return SellingPartner(**settings)


def query(request: httpx.Request) -> dict[str, str]:
    return dict(parse_qsl(request.url.query.decode()))


def test_the_real_table_marks_what_these_features_read() -> None:
    index = OperationIndex.default()
    assert index.get("orders_v0", "get_order").data_elements == (
        "buyerInfo",
        "shippingAddress",
        "buyerTaxInformation",
    )
    assert index.get("orders_v0", "get_order_address").restricted
    assert index.get("notifications_v1", "get_destinations").grantless_scope == (
        "sellingpartnerapi::notifications"
    )
    tokens = index.get("tokens_v2021_03_01", "create_restricted_data_token")
    assert (tokens.method, tokens.path) == ("POST", RDT_URL_PATH)


def test_get_reports_pages_send_the_token_alone() -> None:
    fake = ShopAmazon()
    fake.api.extend([answer(200, {"reports": [], "nextToken": "n1"}), answer(200, {"reports": []})])
    with make(fake) as sp:
        pages = list(
            sp.reports_v2021_06_30.get_reports.pages(report_types=["A", "B"], page_size=10)
        )
    assert [type(p).__name__ for p in pages] == ["GetReportsResponse", "GetReportsResponse"]
    first, second = fake.api_requests()
    assert query(first) == {"reportTypes": "A,B", "pageSize": "10"}
    assert query(second) == {"nextToken": "n1"}


def test_fulfillment_inbound_v0_get_shipments_switches_query_type_on_later_pages() -> None:
    from selling_partner_generated.fulfillment_inbound_v0.models import (
        GetShipmentsQueryType,
        GetShipmentsShipmentStatusListItem,
    )

    fake = ShopAmazon()
    fake.api.extend(
        [
            answer(200, {"payload": {"ShipmentData": [], "NextToken": "s1"}}),
            answer(200, {"payload": {"ShipmentData": []}}),
        ]
    )
    with make(fake) as sp:
        list(
            sp.fulfillment_inbound_v0.get_shipments.pages(
                query_type=GetShipmentsQueryType.SHIPMENT,
                marketplace_id="ATVPDKIKX0DER",
                shipment_status_list=[GetShipmentsShipmentStatusListItem.WORKING],
            )
        )
    first, second = fake.api_requests()
    assert query(first) == {
        "QueryType": "SHIPMENT",
        "MarketplaceId": "ATVPDKIKX0DER",
        "ShipmentStatusList": "WORKING",
    }
    assert query(second) == {
        "QueryType": "NEXT_TOKEN",
        "MarketplaceId": "ATVPDKIKX0DER",
        "NextToken": "s1",
    }


def test_get_orders_pages_repeat_the_filters() -> None:
    fake = ShopAmazon()
    fake.api.extend(
        [
            answer(200, {"payload": {"Orders": [], "NextToken": "o1"}}),
            answer(200, {"payload": {"Orders": []}}),
        ]
    )
    with make(fake) as sp:
        pages = list(
            sp.orders_v0.get_orders.pages(
                marketplace_ids=["ATVPDKIKX0DER"], created_after="2024-01-01T00:00:00Z"
            )
        )
    assert len(pages) == 2
    second = fake.api_requests()[1]
    assert query(second)["NextToken"] == "o1"
    assert query(second)["CreatedAfter"] == "2024-01-01T00:00:00Z"


def test_an_operation_that_does_not_page() -> None:
    with make(ShopAmazon()) as sp, pytest.raises(ConfigurationError, match="does not page"):
        sp.orders_v0.get_order.pages(order_id="1")


def test_get_order_with_pii_goes_with_an_rdt_from_the_tokens_api() -> None:
    fake = ShopAmazon()
    fake.api.append(answer(200, {}))
    with make(fake) as sp:
        sp.orders_v0.get_order(order_id="902-3159896-1390916", restricted=("shippingAddress",))
    assert fake.rdt_bodies == [
        {
            "restrictedResources": [
                {
                    "method": "GET",
                    "path": "/orders/v0/orders/902-3159896-1390916",
                    "dataElements": ["shippingAddress"],
                }
            ]
        }
    ]
    assert fake.rdt_headers[0]["x-amz-access-token"] == ACCESS_TOKENS[0]
    assert fake.sent() == [("/orders/v0/orders/902-3159896-1390916", RDT_TOKENS[0])]


def test_grantless_notifications_on_an_app_only_client() -> None:
    fake = ShopAmazon()
    fake.api.append(answer(200, {}))
    with make(fake, refresh_token=None) as sp:
        sp.notifications_v1.get_destinations()
        with pytest.raises(ConfigurationError, match="needs a refresh token"):
            sp.orders_v0.get_order(order_id="1")
    assert fake.form()["grant_type"] == "client_credentials"
    assert fake.form()["scope"] == "sellingpartnerapi::notifications"


@pytest.fixture
def server() -> Iterator[FakeSpApi]:
    with FakeSpApi(clock=FakeClock()) as fake:
        yield fake


def fake_settings(server: FakeSpApi, **kwargs: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": FAKE_REFRESH_TOKEN,
        "endpoint": server.endpoint,
        "token_url": server.token_url,
        "rate_limiting": False,
        "env": {},
    }
    out.update(kwargs)
    return out


def test_fake_spapi_grantless_and_seller_operations_on_one_client(server: FakeSpApi) -> None:
    # The fake refuses a seller token on a grantless operation and the reverse.
    with SellingPartner(**fake_settings(server)) as sp:
        sp.notifications_v1.get_destinations()
        sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert server.stats.token_requests == {"client_credentials": 1, "refresh_token": 1}
    assert server.stats.statuses.get(403, 0) == 0


def test_fake_spapi_app_only_client_reaches_grantless_operations_only(server: FakeSpApi) -> None:
    with SellingPartner(**fake_settings(server, refresh_token=None)) as sp:
        sp.notifications_v1.get_destinations()
        with pytest.raises(ConfigurationError, match="needs a refresh token"):
            sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert server.stats.token_requests == {"client_credentials": 1}


# -- pagination against the fake (3 pages linked by opaque tokens) ------------------------


def test_pages_follow_the_fakes_tokens_to_the_end(server: FakeSpApi) -> None:
    server.set_pages("fulfillment_outbound_v2020_07_01.listAllFulfillmentOrders", 4)
    with SellingPartner(**fake_settings(server)) as sp:
        pages = list(sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders.pages())
    assert len(pages) == 4
    assert server.stats.requests["fulfillment_outbound_v2020_07_01.listAllFulfillmentOrders"] == 4
    queries = [
        r.query
        for r in server.stats.records
        if r.operation == "fulfillment_outbound_v2020_07_01.listAllFulfillmentOrders"
    ]
    assert "nextToken" not in queries[0]
    assert all("nextToken" in q for q in queries[1:])


async def test_async_pages_follow_the_fakes_tokens(server: FakeSpApi) -> None:
    async with AsyncSellingPartner(**fake_settings(server)) as sp:
        op = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders
        statuses = [r.status_code async for r in op.detailed_pages()]
    assert statuses == [200, 200, 200]

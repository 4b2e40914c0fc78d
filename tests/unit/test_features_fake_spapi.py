"""Pagination against the local fake SP-API (real HTTP, real table).

The fake pages every paginated operation (3 pages linked by opaque tokens), so these
tests fail if the client follows tokens wrongly. Grantless routing against the fake is
in test_features_generated.py (it needs the Notifications package).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from runtime_fakes import FakeClock
from selling_partner import AsyncSellingPartner, SellingPartner


@pytest.fixture
def server() -> Iterator[FakeSpApi]:
    with FakeSpApi(clock=FakeClock()) as fake:
        yield fake


def settings(server: FakeSpApi, **kwargs: Any) -> dict[str, Any]:
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


def test_pages_follow_the_fakes_tokens_to_the_end(server: FakeSpApi) -> None:
    server.set_pages("listAllFulfillmentOrders", 4)
    with SellingPartner(**settings(server)) as sp:
        pages = list(sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders.pages())
    assert len(pages) == 4
    assert server.stats.requests["listAllFulfillmentOrders"] == 4
    queries = [r.query for r in server.stats.records if r.operation == "listAllFulfillmentOrders"]
    assert "nextToken" not in queries[0]
    assert all("nextToken" in q for q in queries[1:])


async def test_async_pages_follow_the_fakes_tokens(server: FakeSpApi) -> None:
    async with AsyncSellingPartner(**settings(server)) as sp:
        op = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders
        statuses = [r.status_code async for r in op.detailed_pages()]
    assert statuses == [200, 200, 200]

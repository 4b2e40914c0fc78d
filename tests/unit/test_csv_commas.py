"""A comma inside a value of a comma-joined query parameter is refused before sending.

``MarketplaceIds=A,B`` is how Amazon takes a list; a value ``"A1,B1"`` was sent as
``A1%2CB1`` next to real commas, which Amazon splits (or refuses).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from runtime_fakes import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, FakeAmazon
from selling_partner import AsyncSellingPartner, ConfigurationError, SellingPartner

MESSAGE = r"getOrders: item 2 of marketplace_ids \(MarketplaceIds\) contains a comma"


def settings() -> dict[str, Any]:
    return {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "region": "na",
        "env": {},
    }


def test_sync() -> None:
    fake = FakeAmazon()
    sp = SellingPartner(transport=httpx.MockTransport(fake), **settings())
    with sp, pytest.raises(ConfigurationError, match=MESSAGE):
        sp.orders_v0.get_orders(marketplace_ids=["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2,X"])
    assert fake.api_requests() == []


def test_async() -> None:
    fake = FakeAmazon()

    async def go() -> None:
        async with AsyncSellingPartner(
            transport=httpx.MockTransport(fake),
            **settings(),
        ) as sp:
            with pytest.raises(ConfigurationError, match=MESSAGE):
                await sp.orders_v0.get_orders(marketplace_ids=["ATVPDKIKX0DER", "A,B"])

    asyncio.run(go())
    assert fake.api_requests() == []

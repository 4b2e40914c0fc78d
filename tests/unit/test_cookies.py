"""The shared clients read cookies only from answers that set one (``_cookies``)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from runtime_fakes import mock_client_options
from selling_partner import AsyncSellingPartner, SellingPartner

PAGE = {"payload": {"fulfillmentOrders": []}}


def _options(set_cookie: bool, seen_cookies: list[str | None]) -> dict[str, Any]:
    def answer(request: httpx.Request) -> httpx.Response:
        seen_cookies.append(request.headers.get("cookie"))
        headers = {"set-cookie": "session=abc; Path=/"} if set_cookie else {}
        return httpx.Response(200, json=PAGE, headers=headers)

    return mock_client_options(answer)


@pytest.fixture
def jar_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Each time httpx's cookie store reads an SP-API response (not Login with Amazon's)."""
    reads: list[int] = []
    original = httpx.Cookies.extract_cookies

    def extract(self: httpx.Cookies, response: httpx.Response) -> None:
        if not response.request.url.path.endswith("/o2/token"):
            reads.append(response.status_code)
        original(self, response)

    monkeypatch.setattr(httpx.Cookies, "extract_cookies", extract)
    return reads


def test_an_answer_without_cookies_skips_the_jar(jar_reads: list[int]) -> None:
    sent: list[str | None] = []
    with SellingPartner(**_options(False, sent)) as sp:
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
    assert jar_reads == []
    assert sent == [None, None]


def test_a_cookie_an_answer_sets_is_kept_and_sent_as_httpx_does(jar_reads: list[int]) -> None:
    sent: list[str | None] = []
    with SellingPartner(**_options(True, sent)) as sp:
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
        assert sp.httpx_client().cookies.get("session") == "abc"
    assert jar_reads == [200, 200]
    assert sent == [None, "session=abc"]


def test_the_async_client_too(jar_reads: list[int]) -> None:
    sent: list[str | None] = []

    async def main() -> None:
        async with AsyncSellingPartner(**_options(False, sent)) as sp:
            await sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
            assert isinstance(sp.httpx_client().cookies, httpx.Cookies)

    asyncio.run(main())
    assert jar_reads == []
    assert sent == [None]


def test_cookies_set_on_the_client_are_sent(jar_reads: list[int]) -> None:
    sent: list[str | None] = []
    with SellingPartner(**_options(False, sent)) as sp:
        sp.httpx_client().cookies = {"pref": "1"}
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
    assert sent == ["pref=1"]
    assert jar_reads == []

"""The shared clients keep the URL httpx merges from base URL and path (``_routing``)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from selling_partner import _routing
from selling_partner._routing import AsyncSpApiClient, SpApiClient

PATHS = [
    "/fba/outbound/2020-07-01/tracking",
    "/orders/v0/orders/902-3159896-1390916",
    "/a/b%2Fc/d",  # an escaped slash stays escaped
    "relative/path",
    "/with space/ü",
]


@pytest.mark.parametrize("path", PATHS)
def test_the_merged_url_is_httpx_own(path: str) -> None:
    ours = SpApiClient(base_url="https://sellingpartnerapi-na.amazon.com/base")
    plain = httpx.Client(base_url="https://sellingpartnerapi-na.amazon.com/base")
    assert ours.build_request("GET", path).url == plain.build_request("GET", path).url
    assert ours.build_request("GET", path).url == plain.build_request("GET", path).url


def test_a_path_is_merged_once() -> None:
    client = SpApiClient(base_url="https://once.example")
    first = client.build_request("GET", "/x", params={"a": 1})
    second = client.build_request("GET", "/x", params={"a": 2})
    assert str(first.url) == "https://once.example/x?a=1"
    assert str(second.url) == "https://once.example/x?a=2"
    assert client._merged == {"/x": httpx.URL("https://once.example/x")}


def test_clients_on_one_base_url_share_the_merged_urls() -> None:
    # Each seller view builds its own httpx client: the paths are merged once for all.
    first = SpApiClient(base_url="https://shared.example")
    first.build_request("GET", "/x")
    second = SpApiClient(base_url="https://shared.example")
    assert str(second.build_request("GET", "/x").url) == "https://shared.example/x"
    assert second._merged is first._merged
    assert list(second._merged) == ["/x"]
    other = SpApiClient(base_url="https://other-base.example")
    assert other.build_request("GET", "/x").url.host == "other-base.example"
    assert other._merged is not first._merged


def test_the_base_urls_kept_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_routing, "_BASES", 2)
    monkeypatch.setattr(_routing, "_MERGED_BY_BASE", {})
    for n in range(5):
        client = SpApiClient(base_url=f"https://bases-{n}.example")
        assert client.build_request("GET", "/x").url.host == f"bases-{n}.example"
        assert len(_routing._MERGED_BY_BASE) <= 2


def test_a_new_base_url_is_used_at_once() -> None:
    client = SpApiClient(base_url="https://sellingpartnerapi-na.amazon.com")
    client.build_request("GET", "/x")
    client.base_url = "https://sellingpartnerapi-eu.amazon.com"
    assert client.build_request("GET", "/x").url.host == "sellingpartnerapi-eu.amazon.com"


def test_a_url_object_is_merged_by_httpx_and_not_kept() -> None:
    client = SpApiClient(base_url="https://sellingpartnerapi-na.amazon.com")
    url = httpx.URL("https://other.example/x")
    assert client.build_request("GET", url).url == url
    assert not hasattr(client, "_merged")


def test_the_kept_urls_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_routing, "MERGED_URLS", 3)
    client = SpApiClient(base_url="https://bounded.example")
    for n in range(10):
        assert client.build_request("GET", f"/orders/{n}").url.path == f"/orders/{n}"
        assert len(client._merged) <= 3


def test_the_async_client_too() -> None:
    async def main() -> None:
        async with AsyncSpApiClient(base_url="https://async-only.example") as client:
            assert str(client.build_request("GET", "/y").url) == "https://async-only.example/y"
            assert list(client._merged) == ["/y"]

    asyncio.run(main())

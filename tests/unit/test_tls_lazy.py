"""The default transport builds its verified TLS context on the first https request only."""

from __future__ import annotations

import ssl
from typing import Any

import httpx
import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import AsyncSellingPartner, SellingPartner
from selling_partner._tls import AsyncSchemeTransport, SchemeTransport


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every CA bundle load (what makes a verified context expensive)."""
    seen: list[Any] = []
    original = ssl.SSLContext.load_verify_locations

    def spy(self: ssl.SSLContext, *args: Any, **kwargs: Any) -> None:
        seen.append(args or kwargs)
        original(self, *args, **kwargs)

    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations", spy)
    return seen


def _settings(server: FakeSpApi) -> dict[str, Any]:
    return {
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": FAKE_REFRESH_TOKEN,
        "endpoint": server.endpoint,
        "token_url": server.token_url,
        "env": {},
    }


def test_a_plain_http_client_never_loads_the_ca_bundle(loads: list[Any]) -> None:
    with FakeSpApi() as server, SellingPartner(**_settings(server)) as sp:
        sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert loads == []


async def test_an_async_plain_http_client_never_loads_the_ca_bundle(loads: list[Any]) -> None:
    with FakeSpApi() as server:
        async with AsyncSellingPartner(**_settings(server)) as sp:
            await sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert loads == []


def test_https_gets_httpx_verified_context_and_plain_http_trusts_nothing(
    loads: list[Any],
) -> None:
    transport = SchemeTransport()
    tls = transport._routes.pick(httpx.Request("GET", "https://sellingpartnerapi-na.amazon.com/"))
    assert isinstance(tls, httpx.HTTPTransport) and len(loads) == 1
    plain = transport._routes.pick(httpx.Request("GET", "http://127.0.0.1:1/"))
    assert plain is not tls and len(loads) == 1
    # The plain transport's context verifies, with no trust anchor: TLS through it fails.
    context = plain._pool._ssl_context
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.get_ca_certs() == []
    assert transport._routes.pick(httpx.Request("GET", "https://x.example/")) is tls
    transport.close()


async def test_async_transport_routes_and_closes(loads: list[Any]) -> None:
    transport = AsyncSchemeTransport()
    tls = transport._routes.pick(httpx.Request("GET", "https://x.example/"))
    assert isinstance(tls, httpx.AsyncHTTPTransport) and len(loads) == 1
    await transport.aclose()
    assert transport._routes.take() == []

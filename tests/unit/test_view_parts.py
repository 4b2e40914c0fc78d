"""What a seller view builds is built from parts decided once (issue 17's per-seller cost).

A client builds, per seller view, an httpx client, a token provider with its
cache access, a transport with its bucket store, and a token client. Each of
these used to repeat work whose answer never changes for the client: protocol
``isinstance`` checks, URL parses, a cookie jar read on every token answer.
These tests hold the answers to what they were before.
"""

from __future__ import annotations

import asyncio
import types

import httpx
import pytest
from selling_partner import _vocabulary
from selling_partner._cookies import AsyncTokenClient, TokenClient
from selling_partner._credentials import Credentials
from selling_partner._errors import ConfigurationError
from selling_partner._headers import header_value_problem
from selling_partner._login import LwaTokenProvider
from selling_partner._ratelimit import AsyncBucketStore, BucketStore, InMemoryBucketStore
from selling_partner._token_cache import (
    AsyncTokenCache,
    CacheAccess,
    CachedToken,
    InMemoryTokenCache,
    SharedTokenCache,
    TokenCache,
)
from selling_partner._vocabulary import implements, parsed_url


def test_implements_agrees_with_isinstance_for_the_library_classes() -> None:
    for obj in (InMemoryTokenCache(), InMemoryBucketStore(), object()):
        for protocol in (
            TokenCache,
            AsyncTokenCache,
            SharedTokenCache,
            BucketStore,
            AsyncBucketStore,
        ):
            assert implements(obj, protocol) is isinstance(obj, protocol), (obj, protocol)


def test_implements_checks_an_object_whose_methods_are_its_own() -> None:
    # A cache made of functions (no class implements it) is still recognised.
    store: dict[str, CachedToken] = {}
    cache = types.SimpleNamespace(
        get=store.get,
        set=store.__setitem__,
        delete=lambda key, access_token=None: store.pop(key, None),
    )
    assert implements(cache, TokenCache)
    assert not implements(cache, AsyncTokenCache)
    access = CacheAccess(cache)  # type: ignore[arg-type]
    token = CachedToken("Atza|x", expires_at=1e12)
    assert access.fetch("k", lambda: token, lambda _t: True) is token
    assert access.get("k") is token


def test_implements_takes_a_mock_as_isinstance_does() -> None:
    # Users pass mocks as caches and stores in their own tests: what isinstance
    # accepts is accepted (Python 3.11 accepts a bare MagicMock, 3.12 and later,
    # which read attributes statically, do not).
    from unittest import mock

    for protocol in (TokenCache, AsyncTokenCache, BucketStore):
        assert implements(mock.MagicMock(), protocol) is isinstance(mock.MagicMock(), protocol)
        specced = mock.MagicMock(spec=InMemoryTokenCache)
        assert implements(specced, protocol) is isinstance(specced, protocol)
    assert not implements(mock.MagicMock(spec=["get"]), TokenCache)


def test_implements_is_decided_once_per_class(monkeypatch: pytest.MonkeyPatch) -> None:
    _vocabulary._class_implements.cache_clear()
    for _ in range(5):
        CacheAccess(InMemoryTokenCache())
    info = _vocabulary._class_implements.cache_info()
    assert info.misses == 4  # the four cache protocols, once each
    assert info.hits == 16


def test_a_class_that_lacks_a_method_is_refused() -> None:
    class Half:
        def get(self, key: str) -> None:
            return None

    assert not implements(Half(), TokenCache)
    with pytest.raises(TypeError, match="async only"):
        CacheAccess(Half()).get("k")  # type: ignore[arg-type]


def test_parsed_url_is_httpx_own_and_kept() -> None:
    url = parsed_url("https://sellingpartnerapi-eu.amazon.com/spapi")
    assert url == httpx.URL("https://sellingpartnerapi-eu.amazon.com/spapi")
    assert parsed_url("https://sellingpartnerapi-eu.amazon.com/spapi") is url


def test_a_token_url_that_is_no_url_is_a_configuration_error() -> None:
    credentials = Credentials("amzn1.application-oa2-client.x", "secret", "Atzr|r")
    with pytest.raises(ConfigurationError, match="token_url must be an http"):
        LwaTokenProvider(credentials, token_url=["https://api.amazon.com"])  # type: ignore[arg-type]


def _cookie_setter(seen: list[str | None]) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie"))
        return httpx.Response(200, json={}, headers={"set-cookie": "session=abc; Path=/"})

    return httpx.MockTransport(answer)


def test_the_token_client_keeps_no_cookie() -> None:
    # One per seller's token provider: a jar would be read on every token answer.
    seen: list[str | None] = []
    with TokenClient(transport=_cookie_setter(seen)) as client:
        client.post("https://api.amazon.com/auth/o2/token")
        client.post("https://api.amazon.com/auth/o2/token")
        assert not client.cookies
    with httpx.Client(transport=_cookie_setter(seen)) as plain:  # what httpx would do
        plain.post("https://api.amazon.com/auth/o2/token")
        plain.post("https://api.amazon.com/auth/o2/token")
    assert seen == [None, None, None, "session=abc"]


def test_the_async_token_client_keeps_no_cookie() -> None:
    seen: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie"))
        return httpx.Response(200, json={}, headers={"set-cookie": "session=abc; Path=/"})

    async def main() -> None:
        async with AsyncTokenClient(transport=httpx.MockTransport(answer)) as client:
            await client.post("https://api.amazon.com/auth/o2/token")
            await client.post("https://api.amazon.com/auth/o2/token")
            assert not client.cookies

    asyncio.run(main())
    assert seen == [None, None]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("Atza|IwEBI-_.~+/=", None),
        ("with\ttab", None),
        ("with space", None),
        ("line\nbreak", "control character"),
        ("carriage\rreturn", "control character"),
        ("nul\x00", "control character"),
        ("unit\x1fseparator", "control character"),
        ("del\x7f", "control character"),
        ("caf\u00e9", "non-ASCII"),
    ],
)
def test_header_values_are_checked_as_before(value: str, problem: str | None) -> None:
    found = header_value_problem(value)
    assert (found is None) if problem is None else (found is not None and problem in found)

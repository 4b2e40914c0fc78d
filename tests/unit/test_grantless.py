"""Grantless operations: a client-credentials token for the table's scope, whatever the client.

Fake Amazon issues ACCESS_TOKENS[0], [1], ... in order; each token request's form says
which grant and scope it was for, so the tests can tell which token went where.
"""

from __future__ import annotations

import httpx
import pytest
from feature_fakes import NOTIFICATIONS, ROTATION, ShopAmazon, index, make, make_async
from runtime_fakes import ACCESS_TOKENS, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, FakeClock
from selling_partner import ConfigurationError, InMemoryTokenCache, SellingPartner
from selling_partner._credentials import Credentials
from selling_partner._request_tokens import TokenRouter


def grants(fake: ShopAmazon) -> list[tuple[str, str | None]]:
    """(grant_type, scope) of each token request, in order."""
    return [
        (fake.form(n)["grant_type"], fake.form(n).get("scope"))
        for n in range(len(fake.token_requests))
    ]


def test_each_operation_gets_the_token_of_its_grant() -> None:
    fake = ShopAmazon()
    with make(fake) as sp:
        sp.shop_v1.get_order(order_id="1")  # seller
        sp.shop_v1.get_destinations()  # grantless, notifications
        sp.shop_v1.rotate_secret()  # grantless, rotation
        sp.shop_v1.get_order(order_id="2")  # seller again: cached
        sp.shop_v1.get_destinations()  # notifications again: cached
    assert grants(fake) == [
        ("refresh_token", None),
        ("client_credentials", NOTIFICATIONS),
        ("client_credentials", ROTATION),
    ]
    assert fake.form(1)["client_id"] == CLIENT_ID
    assert fake.form(1)["client_secret"] == CLIENT_SECRET
    assert "refresh_token" not in fake.form(1)
    assert fake.sent() == [
        ("/shop/v1/orders/1", ACCESS_TOKENS[0]),
        ("/shop/v1/destinations", ACCESS_TOKENS[1]),
        ("/shop/v1/clientSecret", ACCESS_TOKENS[2]),
        ("/shop/v1/orders/2", ACCESS_TOKENS[0]),
        ("/shop/v1/destinations", ACCESS_TOKENS[1]),
    ]


def test_token_cache_keys_differ_by_grant_and_scope() -> None:
    cache = InMemoryTokenCache()
    fake = ShopAmazon()
    with make(fake, token_cache=cache) as sp:
        sp.shop_v1.get_order(order_id="1")
        sp.shop_v1.get_destinations()
        sp.shop_v1.rotate_secret()

    def key(**grant: str) -> str:
        return f"lwa:{Credentials(CLIENT_ID, CLIENT_SECRET, **grant).identity}"

    keys = {
        key(refresh_token=REFRESH_TOKEN): ACCESS_TOKENS[0],
        key(scope=NOTIFICATIONS): ACCESS_TOKENS[1],
        key(scope=ROTATION): ACCESS_TOKENS[2],
    }
    assert len(set(keys)) == 3
    for key, token in keys.items():
        cached = cache.get(key)
        assert cached is not None and cached.access_token == token


def test_a_client_without_refresh_token_calls_grantless_operations_only() -> None:
    fake = ShopAmazon()
    with make(fake, refresh_token=None) as sp:
        sp.shop_v1.get_destinations()
        with pytest.raises(ConfigurationError, match="needs a refresh token") as info:
            sp.shop_v1.get_order(order_id="1")
        with pytest.raises(ConfigurationError, match="needs a refresh token"):
            sp.shop_v1.list_orders.pages(marketplace_ids=["A"])
    assert "shop_v1.get_order (getOrder)" in str(info.value)
    assert "refresh_token=" in str(info.value)
    assert grants(fake) == [("client_credentials", NOTIFICATIONS)]
    assert [path for path, _ in fake.sent()] == ["/shop/v1/destinations"]
    assert "grantless operations only" in repr(sp)


def test_the_refresh_token_may_come_from_the_environment() -> None:
    fake = ShopAmazon()
    env = {"SELLING_PARTNER_REFRESH_TOKEN": REFRESH_TOKEN}
    with make(fake, refresh_token=None, env=env) as sp:
        sp.shop_v1.get_order(order_id="1")
    assert fake.form()["refresh_token"] == REFRESH_TOKEN


def test_missing_client_id_or_secret_still_fails_when_built() -> None:
    fake = ShopAmazon()
    with pytest.raises(ConfigurationError, match=r"missing LWA credentials: pass client_secret="):
        make(fake, refresh_token=None, client_secret=None)


def test_direct_generated_calls_are_routed_too() -> None:
    # Through client_for(): the router decides from method and path, not from the call.
    fake = ShopAmazon()
    with make(fake, refresh_token=None) as sp:
        from featfake.api.shop import get_destinations, get_order

        get_destinations.sync_detailed(client=sp.client_for("shop_v1"))
        with pytest.raises(ConfigurationError, match="needs a refresh token"):
            get_order.sync_detailed(client=sp.client_for("shop_v1"), order_id="1")
    assert grants(fake) == [("client_credentials", NOTIFICATIONS)]


def test_a_client_built_with_a_scope_keeps_it_for_unmarked_operations() -> None:
    fake = ShopAmazon()
    with make(fake, refresh_token=None, scope=NOTIFICATIONS) as sp:
        sp.shop_v1.get_destinations()
        sp.shop_v1.rotate_secret()
    assert grants(fake) == [
        ("client_credentials", NOTIFICATIONS),
        ("client_credentials", ROTATION),
    ]


def test_a_rejected_grantless_token_is_refreshed_for_its_scope_only() -> None:
    fake = ShopAmazon()
    expired = {
        "errors": [
            {
                "code": "Unauthorized",
                "message": "Access to requested resource is denied.",
                "details": "The access token you provided has expired.",
            }
        ]
    }
    with make(fake) as sp:
        sp.shop_v1.get_order(order_id="1")
        fake.api.append(httpx.Response(403, json=expired))
        sp.shop_v1.get_destinations()
        sp.shop_v1.get_order(order_id="2")
    assert grants(fake) == [
        ("refresh_token", None),
        ("client_credentials", NOTIFICATIONS),
        ("client_credentials", NOTIFICATIONS),
    ]
    assert [token for _, token in fake.sent()] == [
        ACCESS_TOKENS[0],
        ACCESS_TOKENS[1],
        ACCESS_TOKENS[2],
        ACCESS_TOKENS[0],
    ]


def test_router_unknown_request_takes_the_default_grant() -> None:
    class Source:
        def token(self) -> str:
            return "t"

        async def atoken(self) -> str:
            return "t"

        def invalidate(self, access_token: str) -> None:
            return None

    default = Source()
    router = TokenRouter(operations=index(), default=default, grantless=lambda scope: Source())
    assert router(httpx.Request("GET", "https://x/unknown/path")) is default
    empty = TokenRouter(operations=index(), default=None, grantless=lambda scope: Source())
    with pytest.raises(ConfigurationError, match="this request acts for a selling partner"):
        empty(httpx.Request("GET", "https://x/unknown/path"))


async def test_async_client_routes_the_same() -> None:
    fake = ShopAmazon()
    async with make_async(fake) as sp:
        await sp.shop_v1.get_destinations()
        await sp.shop_v1.get_order(order_id="1")
    assert grants(fake) == [("client_credentials", NOTIFICATIONS), ("refresh_token", None)]
    assert fake.sent() == [
        ("/shop/v1/destinations", ACCESS_TOKENS[0]),
        ("/shop/v1/orders/1", ACCESS_TOKENS[1]),
    ]
    async with make_async(ShopAmazon(), refresh_token=None) as app:
        with pytest.raises(ConfigurationError, match="needs a refresh token"):
            await app.shop_v1.get_order(order_id="1")


def test_clients_close_every_grantless_provider() -> None:
    fake = ShopAmazon()
    sp = make(fake, clock=FakeClock())
    sp.shop_v1.get_destinations()
    sp.shop_v1.rotate_secret()
    assert len(sp._grantless) == 2
    sp.close()
    assert sp._grantless == {}
    assert isinstance(sp, SellingPartner)

"""Restricted Data Tokens: `restricted=` fetches an RDT for the call's method, path and data
elements, sends it instead of the LWA token, caches it until shortly before expiry, and
never shows it in a log, repr or message (sync, async, threads, tasks).
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from typing import Any

import httpx
import pytest
from feature_fakes import RDT_TOKENS, RDT_URL_PATH, ShopAmazon, index, make, make_async
from runtime_fakes import ACCESS_TOKENS, SECRETS, FakeClock, json_response
from selling_partner import (
    ApiResponse,
    AuthError,
    ClientError,
    ConfigurationError,
    InMemoryTokenCache,
    ResponseParseError,
)
from selling_partner._locks import keyed_locks
from selling_partner._rdt import (
    RdtProvider,
    RestrictedResource,
    interpret_rdt_response,
    rdt_cache_key,
    rdt_request_body,
)

ALL_SECRETS = [*SECRETS, *RDT_TOKENS, "RDT-token-do-not-leak"]
EXPIRED = {
    "errors": [
        {
            "code": "Unauthorized",
            "message": "Access to requested resource is denied.",
            "details": "The access token you provided has expired.",
        }
    ]
}


def resources(fake: ShopAmazon) -> list[list[dict[str, Any]]]:
    return [body["restrictedResources"] for body in fake.rdt_bodies]


# -- pure core ---------------------------------------------------------------------------


def test_request_body_names_method_path_and_data_elements() -> None:
    body = rdt_request_body(
        [
            RestrictedResource("GET", "/orders/v0/orders/1", ("buyerInfo", "shippingAddress")),
            RestrictedResource("GET", "/mfn/v0/shipments/{shipmentId}"),
        ]
    )
    assert body == {
        "restrictedResources": [
            {
                "method": "GET",
                "path": "/orders/v0/orders/1",
                "dataElements": ["buyerInfo", "shippingAddress"],
            },
            {"method": "GET", "path": "/mfn/v0/shipments/{shipmentId}"},
        ]
    }


def test_cache_key_is_per_seller_method_path_and_elements_and_shows_none_of_them() -> None:
    base = RestrictedResource("GET", "/orders/v0/orders/1", ("buyerInfo",))
    key = rdt_cache_key("seller", base)
    assert key.startswith("rdt:seller:")
    assert "orders" not in key
    others = [
        rdt_cache_key("other", base),
        rdt_cache_key("seller", RestrictedResource("POST", base.path, base.data_elements)),
        rdt_cache_key("seller", RestrictedResource("GET", "/orders/v0/orders/2", ("buyerInfo",))),
        rdt_cache_key("seller", RestrictedResource("GET", base.path, ("shippingAddress",))),
        rdt_cache_key("seller", RestrictedResource("GET", base.path)),
    ]
    assert len({key, *others}) == 6
    swapped = RestrictedResource("GET", base.path, ("shippingAddress", "buyerInfo"))
    same = RestrictedResource("GET", base.path, ("buyerInfo", "shippingAddress"))
    assert rdt_cache_key("seller", swapped) == rdt_cache_key("seller", same)


def test_interpret_answer() -> None:
    rdt = RDT_TOKENS[42]
    body = json.dumps({"restrictedDataToken": rdt, "expiresIn": 1800}).encode()
    ok = interpret_rdt_response(200, httpx.Headers(), body, 100.0)
    assert ok.access_token == rdt
    assert ok.expires_at == 1900.0
    assert rdt not in repr(ok)
    with pytest.raises(ResponseParseError, match="without a restrictedDataToken"):
        interpret_rdt_response(200, httpx.Headers(), b"{}", 0.0)
    with pytest.raises(AuthError, match="needs the restricted role") as info:
        interpret_rdt_response(403, httpx.Headers({"x-amzn-RequestId": "r1"}), b"{}", 0.0)
    assert info.value.request_id == "r1"
    assert info.value.operation == "createRestrictedDataToken"
    with pytest.raises(ClientError):
        interpret_rdt_response(400, httpx.Headers(), b'{"errors": [{"code": "InvalidInput"}]}', 0)


# -- through the client ------------------------------------------------------------------


def test_restricted_call_sends_an_rdt_for_its_concrete_path_and_elements() -> None:
    fake = ShopAmazon()
    with make(fake) as sp:
        response = sp.shop_v1.get_order.detailed(order_id="902-1", restricted=("buyerInfo",))
    assert resources(fake) == [
        [{"method": "GET", "path": "/shop/v1/orders/902-1", "dataElements": ["buyerInfo"]}]
    ]
    # The RDT request itself goes with the seller's LWA token ...
    assert fake.rdt_headers[0]["x-amz-access-token"] == ACCESS_TOKENS[0]
    # ... and the order request with the RDT instead.
    assert fake.sent() == [("/shop/v1/orders/902-1", RDT_TOKENS[0])]
    assert isinstance(response, ApiResponse)
    assert response.operation == "getOrder"
    assert response.attempts == 1


def test_rdts_are_cached_per_path_and_elements_until_shortly_before_expiry() -> None:
    clock = FakeClock()
    fake = ShopAmazon()
    with make(fake, clock) as sp:
        sp.shop_v1.get_order(order_id="1", restricted=("buyerInfo",))
        sp.shop_v1.get_order(order_id="1", restricted=["buyerInfo"])  # cached
        sp.shop_v1.get_order(order_id="2", restricted=("buyerInfo",))  # another path
        sp.shop_v1.get_order(order_id="1", restricted=True)  # other elements
        clock.now += 3600 - 61
        sp.shop_v1.get_order(order_id="1", restricted=("buyerInfo",))  # still fresh
        clock.now += 2
        sp.shop_v1.get_order(order_id="1", restricted=("buyerInfo",))  # within the margin
    assert [r[0]["path"] for r in resources(fake)] == [
        "/shop/v1/orders/1",
        "/shop/v1/orders/2",
        "/shop/v1/orders/1",
        "/shop/v1/orders/1",
    ]
    assert resources(fake)[2][0]["dataElements"] == ["buyerInfo", "shippingAddress"]
    assert [token for _, token in fake.sent()] == [
        RDT_TOKENS[0],
        RDT_TOKENS[0],
        RDT_TOKENS[1],
        RDT_TOKENS[2],
        RDT_TOKENS[0],
        RDT_TOKENS[3],
    ]


def test_operations_without_data_elements_ask_without_them() -> None:
    fake = ShopAmazon()
    with make(fake) as sp:
        sp.shop_v1.get_order_address(order_id="7", restricted=True)
    assert resources(fake) == [[{"method": "GET", "path": "/shop/v1/orders/7/address"}]]


def test_without_restricted_the_lwa_token_goes_and_the_mark_does_not_leak() -> None:
    fake = ShopAmazon()
    with make(fake) as sp:
        sp.shop_v1.get_order(order_id="1", restricted=("buyerInfo",))
        sp.shop_v1.get_order(order_id="1")
        sp.shop_v1.get_order(order_id="1", restricted=False)
    assert [token for _, token in fake.sent()] == [
        RDT_TOKENS[0],
        ACCESS_TOKENS[0],
        ACCESS_TOKENS[0],
    ]


def test_works_before_the_tokens_api_is_in_the_table() -> None:
    fake = ShopAmazon()
    with make(fake, operations=index(with_tokens_api=False)) as sp:
        sp.shop_v1.get_order(order_id="1", restricted=True)
    assert fake.sent() == [("/shop/v1/orders/1", RDT_TOKENS[0])]
    assert fake.rdt_headers[0]["x-amz-access-token"] == ACCESS_TOKENS[0]


def test_client_default_restricted_data() -> None:
    fake = ShopAmazon()
    with make(fake, restricted_data=True) as sp:
        sp.shop_v1.get_order(order_id="1")  # automatic: all elements
        sp.shop_v1.get_order(order_id="1", restricted=False)  # the call wins
        sp.shop_v1.get_destinations()  # not restricted: untouched
    assert resources(fake) == [
        [
            {
                "method": "GET",
                "path": "/shop/v1/orders/1",
                "dataElements": ["buyerInfo", "shippingAddress"],
            }
        ]
    ]
    assert [token for _, token in fake.sent()][:2] == [RDT_TOKENS[0], ACCESS_TOKENS[0]]


@pytest.mark.parametrize(
    ("call", "kwargs", "message"),
    [
        ("get_destinations", {"restricted": True}, "is not a restricted operation"),
        ("get_order", {"order_id": "1", "restricted": ("buyerTaxInformation",)}, "buyerInfo, "),
        ("get_order", {"order_id": "1", "restricted": ()}, "names nothing"),
        ("get_order", {"order_id": "1", "restricted": 3}, "takes True, False, or data elements"),
        ("get_order_address", {"order_id": "1", "restricted": ("x",)}, "pass restricted=True"),
    ],
)
def test_bad_restricted_arguments_say_what_to_fix(
    call: str, kwargs: dict[str, Any], message: str
) -> None:
    fake = ShopAmazon()
    with make(fake) as sp, pytest.raises(ConfigurationError, match=message):
        getattr(sp.shop_v1, call)(**kwargs)
    assert fake.requests == []


def test_restricted_needs_a_seller_grant() -> None:
    fake = ShopAmazon()
    with make(fake, refresh_token=None) as sp, pytest.raises(ConfigurationError, match="refresh"):
        sp.shop_v1.get_order_address(order_id="1", restricted=True)
    assert fake.requests == []


def test_a_rejected_rdt_is_fetched_again_once() -> None:
    fake = ShopAmazon()
    fake.api.append(httpx.Response(403, json=EXPIRED))
    with make(fake) as sp:
        sp.shop_v1.get_order(order_id="1", restricted=True)
    assert len(fake.rdt_bodies) == 2
    assert [token for _, token in fake.sent()] == [RDT_TOKENS[0], RDT_TOKENS[1]]


@pytest.mark.parametrize("raise_errors", [True, False])
def test_a_refused_rdt_request_says_which_role_is_missing(raise_errors: bool) -> None:
    fake = ShopAmazon()
    denied = {"errors": [{"code": "Unauthorized", "message": "Access denied"}]}
    fake.rdt_scripted.append(json_response(403, denied, {"x-amzn-RequestId": "rq-1"}))
    with (
        make(fake, raise_errors=raise_errors) as sp,
        pytest.raises(AuthError, match="needs the restricted role") as info,
    ):
        sp.shop_v1.get_order(order_id="1", restricted=True)
    assert info.value.operation == "createRestrictedDataToken"
    assert info.value.request_id == "rq-1"
    assert fake.sent() == []  # the order was never asked for with the wrong token


def test_threads_share_one_rdt_fetch() -> None:
    fake = ShopAmazon()
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []
    with make(fake) as sp:
        sp.shop_v1.get_destinations()  # warm the shared client

        def work() -> None:
            try:
                barrier.wait()
                sp.shop_v1.get_order(order_id="1", restricted=True)
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert errors == []
    assert len(fake.rdt_bodies) == 1
    assert [token for _, token in fake.sent()][1:] == [RDT_TOKENS[0]] * 8


async def test_async_restricted_calls_share_one_rdt() -> None:
    fake = ShopAmazon()
    async with make_async(fake) as sp:
        await asyncio.gather(
            *(sp.shop_v1.get_order(order_id="1", restricted=("buyerInfo",)) for _ in range(5))
        )
        await sp.shop_v1.get_order(order_id="1")
    assert len(fake.rdt_bodies) == 1
    assert fake.rdt_headers[0]["x-amz-access-token"] == ACCESS_TOKENS[0]
    assert [token for _, token in fake.sent()] == [RDT_TOKENS[0]] * 5 + [ACCESS_TOKENS[0]]


async def test_async_refused_and_rejected() -> None:
    fake = ShopAmazon()
    fake.api.append(httpx.Response(403, json=EXPIRED))
    async with make_async(fake) as sp:
        await sp.shop_v1.get_order_address(order_id="1", restricted=True)
        fake.rdt_scripted.append(json_response(403, {"errors": []}))
        with pytest.raises(AuthError, match="needs the restricted role"):
            await sp.shop_v1.get_order(order_id="2", restricted=True)
    assert [token for _, token in fake.sent()] == [RDT_TOKENS[0], RDT_TOKENS[1]]


def test_provider_shared_cache_serves_a_second_client() -> None:
    cache = InMemoryTokenCache()
    fake = ShopAmazon()
    with make(fake, token_cache=cache) as a, make(fake, token_cache=cache) as b:
        a.shop_v1.get_order(order_id="1", restricted=True)
        b.shop_v1.get_order(order_id="1", restricted=True)
    assert len(fake.rdt_bodies) == 1


def test_provider_without_a_shell_says_so() -> None:
    provider = RdtProvider(cache=InMemoryTokenCache(), identity="i", clock=lambda: 0.0)
    with pytest.raises(ConfigurationError, match="synchronously"):
        provider.token(RestrictedResource("GET", "/x"))
    assert repr(provider) == "RdtProvider(identity='i')"


async def test_async_provider_without_a_shell_says_so() -> None:
    provider = RdtProvider(cache=InMemoryTokenCache(), identity="i", clock=lambda: 0.0)
    with pytest.raises(ConfigurationError, match="asynchronously"):
        await provider.atoken(RestrictedResource("GET", "/x"))


# -- no secrets --------------------------------------------------------------------------


def _assert_clean(text: str) -> None:
    for secret in ALL_SECRETS:
        assert secret not in text, secret


def test_no_rdt_in_logs_reprs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake = ShopAmazon()
    texts: list[str] = []
    with make(fake) as sp:
        response = sp.shop_v1.get_order.detailed(order_id="1", restricted=True)
        texts += [repr(response), repr(sp), repr(sp.shop_v1), repr(sp.shop_v1.get_order)]
        fake.api.append(httpx.Response(403, json=EXPIRED))
        fake.api.append(httpx.Response(403, json=EXPIRED))
        with pytest.raises(AuthError) as info:
            sp.shop_v1.get_order(order_id="2", restricted=True)
        texts += [str(info.value), repr(info.value)]
        fake.rdt_scripted.append(json_response(403, {"errors": [{"code": "Unauthorized"}]}))
        with pytest.raises(AuthError) as info:
            sp.shop_v1.get_order(order_id="3", restricted=True)
        texts += [str(info.value), repr(info.value)]
        texts.append(repr(sp.httpx_client().auth))
    texts += [record.getMessage() for record in caplog.records]
    assert any("rdt fetched" in record.getMessage() for record in caplog.records)
    _assert_clean("\n".join(texts))


async def test_no_rdt_in_async_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake = ShopAmazon()
    async with make_async(fake) as sp:
        response = await sp.shop_v1.get_order.detailed(order_id="1", restricted=True)
        texts = [repr(response), repr(sp)]
    texts += [record.getMessage() for record in caplog.records]
    _assert_clean("\n".join(texts))


def test_rdt_path_constant_matches_the_tokens_api() -> None:
    from selling_partner._rdt import RDT_PATH

    assert RDT_PATH == RDT_URL_PATH


def test_generic_paths_ask_one_rdt_for_the_template_and_use_it_for_every_order() -> None:
    fake = ShopAmazon()
    with make(fake, rdt_paths="generic") as sp:
        for order in ("1", "2", "3"):
            sp.shop_v1.get_order_address(order_id=order, restricted=True)
        sp.shop_v1.list_orders(marketplace_ids=["A"], restricted=("buyerInfo",))
    assert resources(fake) == [
        [{"method": "GET", "path": "/shop/v1/orders/{orderId}/address"}],
        [{"method": "GET", "path": "/shop/v1/orders", "dataElements": ["buyerInfo"]}],
    ]
    assert [token for _, token in fake.sent()] == [RDT_TOKENS[0]] * 3 + [RDT_TOKENS[1]]


def test_rdt_paths_must_be_concrete_or_generic() -> None:
    with pytest.raises(ConfigurationError, match="rdt_paths must be 'concrete'"):
        make(ShopAmazon(), rdt_paths="template")


# -- locks do not pile up ------------------------------------------------------------------


def _rdt_answer(body: dict[str, Any]) -> httpx.Response:
    return json_response(
        200, {"restrictedDataToken": "RDT-" + body["restrictedResources"][0]["path"]}
    )


def test_one_rdt_per_order_leaves_no_lock_behind() -> None:
    # Concrete paths mean one RDT key per order: a long-running service fetches
    # millions. The single-flight lock of a key must not outlive its fetch.
    cache = InMemoryTokenCache()
    provider = RdtProvider(cache=cache, identity="i", clock=lambda: 0.0, post=_rdt_answer)
    for n in range(50):
        assert provider.token(RestrictedResource("GET", f"/orders/v0/orders/{n}")).endswith(f"/{n}")
    assert len(keyed_locks(cache)) == 0


async def test_one_rdt_per_order_leaves_no_async_lock_behind() -> None:
    posts: list[str] = []

    async def apost(body: dict[str, Any]) -> httpx.Response:
        posts.append(body["restrictedResources"][0]["path"])
        await asyncio.sleep(0)
        return _rdt_answer(body)

    cache = InMemoryTokenCache()
    provider = RdtProvider(cache=cache, identity="i", clock=lambda: 0.0, apost=apost)
    paths = [f"/orders/v0/orders/{n % 25}" for n in range(50)]  # two tasks per key
    tokens = await asyncio.gather(
        *(provider.atoken(RestrictedResource("GET", path)) for path in paths)
    )
    assert tokens == ["RDT-" + path for path in paths]
    assert sorted(posts) == sorted(set(paths))  # still one fetch per key
    loop_locks = provider._loop_locks[asyncio.get_running_loop()]  # peek: nothing else shows it
    assert len(loop_locks) == 0


def test_expired_rdts_do_not_pile_up_in_the_cache() -> None:
    # One RDT per order, each cached for an hour: the provider forgets the ones it
    # stored once they expire, or a long-running service keeps every RDT it ever got.
    now = [0.0]
    cache = InMemoryTokenCache()
    provider = RdtProvider(cache=cache, identity="i", clock=lambda: now[0], post=_rdt_answer)
    for n in range(200):
        provider.token(RestrictedResource("GET", f"/orders/v0/orders/{n}"))
        now[0] += 60.0  # one order a minute; RDTs live 3600 s
    assert len(cache) <= 61
    assert provider.token(RestrictedResource("GET", "/orders/v0/orders/199")) == (
        "RDT-/orders/v0/orders/199"
    )


def test_an_endpoint_with_a_path_prefix_still_finds_each_operation() -> None:
    # endpoint= is for proxies too, and a gateway may serve SP-API under a path
    # (https://gateway.example/spapi/orders/...). The operation is found from the
    # path below the endpoint's: else no limiter, no retries, no RDT, no grantless
    # token, and the RDT would be asked for the proxy's path.
    fake = ShopAmazon()
    prefixed: list[str] = []

    def gateway(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.url.host == "gateway.example":
            assert path.startswith("/spapi/")
            prefixed.append(path)
            url = request.url.copy_with(path=path.removeprefix("/spapi"))
            request = httpx.Request(
                request.method, url, headers=request.headers, content=request.content
            )
        return fake(request)

    fake.api.append(json_response(429, {"errors": [{"code": "QuotaExceeded"}]}))
    with make(
        fake, endpoint="https://gateway.example/spapi", transport=httpx.MockTransport(gateway)
    ) as sp:
        full = sp.shop_v1.get_order_address.detailed(order_id="1", restricted=True)
        sp.shop_v1.get_destinations()
    assert full.attempts == 2  # the 429 was retried: the transport knew the operation
    assert resources(fake) == [[{"method": "GET", "path": "/shop/v1/orders/1/address"}]]
    sent = fake.sent()
    assert sent[0][1] == sent[1][1] == RDT_TOKENS[0]
    assert sent[2][1] != ACCESS_TOKENS[0]  # grantless: not the seller's token
    assert prefixed[:2] == ["/spapi" + RDT_URL_PATH, "/spapi/shop/v1/orders/1/address"]

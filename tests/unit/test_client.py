"""SellingPartner / AsyncSellingPartner end to end over httpx.MockTransport (fake Things API)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from runtime_fakes import (
    ACCESS_TOKENS,
    CLIENT_ID,
    CLIENT_SECRET,
    ENDPOINT,
    PACKAGE,
    REFRESH_TOKEN,
    FakeAmazon,
    FakeClock,
    index,
    json_response,
    thing_body,
)
from selling_partner import (
    DEFAULT_TIMEOUT,
    ApiResponse,
    AsyncSellingPartner,
    AuthError,
    ClientError,
    ConfigurationError,
    InMemoryTokenCache,
    NotFoundError,
    Region,
    ResponseParseError,
    RetryPolicy,
    SellingPartner,
    ServerError,
    ThrottledError,
)
from selling_partner._token_cache import CachedToken

EXPIRED = {
    "errors": [
        {
            "code": "Unauthorized",
            "message": "Access to requested resource is denied.",
            "details": "The access token you provided has expired.",
        }
    ]
}


def _settings(fake: FakeAmazon, clock: FakeClock, **kwargs: Any) -> dict[str, Any]:
    settings: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "region": Region.NA,
        "operations": index(),
        "transport": httpx.MockTransport(fake),
        "env": {},
        "clock": clock,
        "wall_clock": clock,
        "rng": lambda: 0.5,
    }
    settings.update(kwargs)
    return settings


def make(fake: FakeAmazon, clock: FakeClock | None = None, **kwargs: Any) -> SellingPartner:
    clock = clock or FakeClock()
    return SellingPartner(**_settings(fake, clock, sleep=clock.sleep, **kwargs))


def make_async(
    fake: FakeAmazon, clock: FakeClock | None = None, **kwargs: Any
) -> AsyncSellingPartner:
    clock = clock or FakeClock()
    return AsyncSellingPartner(**_settings(fake, clock, sleep=clock.asleep, **kwargs))


@pytest.fixture
def fake() -> FakeAmazon:
    return FakeAmazon()


@pytest.fixture
def sp(fake: FakeAmazon) -> Iterator[SellingPartner]:
    with make(fake) as client:
        yield client


# -- the happy path ----------------------------------------------------------------------


def test_call_returns_the_parsed_model(sp: SellingPartner, fake: FakeAmazon) -> None:
    thing = sp.things_v1.get_thing(thing_id="T-1", marketplace_ids=["A", "B"])
    assert thing.payload.thing_id == "T-1"
    assert thing.payload.status.value == "Active"
    [request] = fake.api_requests()
    assert str(request.url).startswith(f"{ENDPOINT}/things/v1/things/T-1?")
    assert request.url.query == b"marketplaceIds=A,B"  # H3's csv joining is wired in
    assert fake.api_headers[0]["x-amz-access-token"] == ACCESS_TOKENS[0]
    assert fake.form()["refresh_token"] == REFRESH_TOKEN


def test_detailed_returns_status_headers_request_id_rate_limit(
    sp: SellingPartner, fake: FakeAmazon
) -> None:
    fake.api.append(
        json_response(
            200, thing_body(), {"x-amzn-RequestId": "rid-1", "x-amzn-RateLimit-Limit": "5.0"}
        )
    )
    full = sp.things_v1.get_thing.detailed(thing_id="T-1", marketplace_ids=["A"])
    assert isinstance(full, ApiResponse)
    assert full.status_code == 200
    assert full.request_id == "rid-1"
    assert full.rate_limit == 5.0 and isinstance(full.rate_limit, float)
    assert full.operation == "getThing"
    assert full.attempts == 1
    assert full.headers["x-amzn-requestid"] == "rid-1"
    assert full.parsed.payload.thing_id == "T-1"
    assert "T-1" not in repr(full)  # the body may hold buyer data: not in repr


def test_one_token_for_many_calls_and_one_shared_httpx_client(
    sp: SellingPartner, fake: FakeAmazon
) -> None:
    for _ in range(3):
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    sp.things_v1.create_thing(body={"name": "x"})
    assert len(fake.token_requests) == 1
    client = sp.client_for(PACKAGE)
    assert client.get_httpx_client() is sp.httpx_client()
    assert sp.client_for(PACKAGE) is client


def test_generated_functions_work_with_client_for(sp: SellingPartner, fake: FakeAmazon) -> None:
    from spfake_generated.things_v1.api.things import get_thing

    parsed = get_thing.sync(client=sp.client_for(PACKAGE), thing_id="T-9", marketplace_ids=["A"])
    assert parsed.payload.thing_id == "T-1"
    assert fake.api_headers[0]["x-amz-access-token"] == ACCESS_TOKENS[0]
    fake.api.append(json_response(404, {"errors": [{"code": "NotFound", "message": "no"}]}))
    with pytest.raises(NotFoundError):  # the hook applies to direct generated calls too
        get_thing.sync(client=sp.client_for(PACKAGE), thing_id="T-9", marketplace_ids=["A"])


def test_every_request_has_the_default_timeout(sp: SellingPartner, fake: FakeAmazon) -> None:
    sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    for request in fake.requests:  # token request and SP-API request
        assert request.extensions["timeout"] == DEFAULT_TIMEOUT.as_dict()
    assert DEFAULT_TIMEOUT.as_dict() == {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}


def test_timeout_can_be_set_but_not_removed(fake: FakeAmazon) -> None:
    with make(fake, timeout=5) as sp:
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    assert fake.requests[-1].extensions["timeout"]["read"] == 5.0
    with pytest.raises(ConfigurationError, match="positive number of seconds"):
        make(fake, timeout=None)
    with pytest.raises(ConfigurationError, match="every request needs a timeout"):
        make(fake, timeout=httpx.Timeout(None))


# -- errors --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [(400, ClientError), (403, AuthError), (404, NotFoundError), (500, ServerError)],
)
def test_documented_error_statuses_raise(
    sp: SellingPartner, fake: FakeAmazon, status: int, cls: type[Exception]
) -> None:
    body = {"errors": [{"code": "InvalidInput", "message": "nope"}]}
    # GET is retry-safe, so H3's transport retries 5xx: give it the same answer each time.
    fake.api.extend([json_response(status, body, {"x-amzn-RequestId": "rid-9"})] * 6)
    with pytest.raises(cls) as info:
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    assert info.value.operation == "getThing"  # type: ignore[attr-defined]
    assert info.value.request_id == "rid-9"  # type: ignore[attr-defined]
    assert info.value.errors[0].code == "InvalidInput"  # type: ignore[attr-defined]


def test_429_after_retries_is_throttled_error(fake: FakeAmazon) -> None:
    clock = FakeClock()
    with make(fake, clock, retry=RetryPolicy(max_attempts=3)) as sp:
        fake.api.extend([json_response(429, {"errors": []}, {"Retry-After": "2"})] * 3)
        with pytest.raises(ThrottledError) as info:
            sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    assert info.value.status == 429
    assert len(fake.api_requests()) == 3


def test_429_then_success_returns_the_result(fake: FakeAmazon) -> None:
    clock = FakeClock()
    with make(fake, clock) as sp:
        fake.api.append(json_response(429, {}, {"Retry-After": "1"}))
        full = sp.things_v1.get_thing.detailed(thing_id="T", marketplace_ids=["A"])
    assert full.attempts == 2
    assert full.parsed.payload.thing_id == "T-1"


def test_expired_token_is_refreshed_once_through_the_client(
    sp: SellingPartner, fake: FakeAmazon
) -> None:
    fake.api.extend([json_response(403, EXPIRED), json_response(200, thing_body())])
    assert sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"]).payload.thing_id == "T-1"
    assert [h["x-amz-access-token"] for h in fake.api_headers] == ACCESS_TOKENS[:2]
    fake.api.extend([json_response(403, EXPIRED), json_response(403, EXPIRED)])
    with pytest.raises(AuthError):
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])


def test_lwa_invalid_grant_surfaces_as_auth_error(sp: SellingPartner, fake: FakeAmazon) -> None:
    fake.lwa.append(json_response(400, {"error": "invalid_grant"}))
    with pytest.raises(AuthError, match="invalid_grant"):
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    assert fake.api_requests() == []


@pytest.mark.parametrize(
    ("payload", "detail"),
    [
        ({"status": "Active"}, "KeyError (missing key 'thingId')"),
        ({"thingId": "PII-NAME", "status": "Teleported"}, "not listed in enum ThingStatus"),
        ({"thingId": "PII-NAME", "status": "Active", "tags": 7}, "TypeError"),
    ],
)
def test_unparseable_2xx_is_response_parse_error_without_body(
    sp: SellingPartner, fake: FakeAmazon, payload: dict[str, Any], detail: str
) -> None:
    fake.api.append(json_response(200, {"payload": payload}, {"x-amzn-RequestId": "rid-p"}))
    with pytest.raises(ResponseParseError) as info:
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    exc = info.value
    assert detail in str(exc)
    assert exc.operation == "getThing" and exc.status == 200 and exc.request_id == "rid-p"
    assert "PII-NAME" not in str(exc) + repr(exc) and "Teleported" not in str(exc)
    assert exc.__cause__ is None and exc.__suppress_context__


def test_invalid_json_2xx_is_response_parse_error(sp: SellingPartner, fake: FakeAmazon) -> None:
    fake.api.append(httpx.Response(200, content=b"{not json"))
    with pytest.raises(ResponseParseError, match="JSONDecodeError"):
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])


def test_bad_arguments_are_a_clear_type_error_before_sending(
    sp: SellingPartner, fake: FakeAmazon
) -> None:
    with pytest.raises(TypeError, match=r"things_v1\.get_thing\(\).*marketplace_ids"):
        sp.things_v1.get_thing(thing_id="T")
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"], colour="red")
    with pytest.raises(TypeError, match="keyword arguments only"):
        sp.things_v1.get_thing("T", ["A"])
    with pytest.raises(TypeError, match="drop client="):
        sp.things_v1.get_thing(client=None, thing_id="T", marketplace_ids=["A"])
    assert fake.requests == []


# -- accessors -----------------------------------------------------------------------------


def test_unknown_api_suggests_close_names(sp: SellingPartner) -> None:
    with pytest.raises(AttributeError, match=r"no API 'things'.*did you mean things_v1"):
        _ = sp.things
    with pytest.raises(AttributeError, match=r"no API 'thigns_v1'.*did you mean things_v1"):
        _ = sp.thigns_v1


def test_unknown_operation_suggests_close_names(sp: SellingPartner) -> None:
    with pytest.raises(AttributeError, match=r"no operation 'get_thin'.*did you mean get_thing"):
        _ = sp.things_v1.get_thin
    with pytest.raises(AttributeError, match=r"no operation 'list_warehouses'$"):
        _ = sp.things_v1.list_warehouses


def test_dir_lists_apis_and_operations(sp: SellingPartner) -> None:
    assert "things_v1" in dir(sp)
    assert {"get_thing", "create_thing"} <= set(dir(sp.things_v1))
    assert "client_for" in dir(sp)


def test_accessors_are_cached_and_describe_themselves(sp: SellingPartner) -> None:
    assert sp.things_v1 is sp.things_v1
    assert sp.things_v1.get_thing is sp.things_v1.get_thing
    assert repr(sp.things_v1) == "<API things_v1: 2 operations>"
    assert "GET /things/v1/things/{thingId}" in repr(sp.things_v1.get_thing)


def test_client_for_unknown_package(sp: SellingPartner) -> None:
    with pytest.raises(ConfigurationError, match="did you mean things_v1"):
        sp.client_for("thing_v1")


# -- configuration -------------------------------------------------------------------------


def test_endpoint_and_token_url_overrides(fake: FakeAmazon) -> None:
    def local(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/o2/token":
            fake.token_requests.append(request)
            return json_response(200, {"access_token": ACCESS_TOKENS[0], "expires_in": 3600})
        fake.requests.append(request)
        return json_response(200, thing_body())

    with make(
        fake,
        transport=httpx.MockTransport(local),
        endpoint="http://127.0.0.1:8321",
        token_url="http://127.0.0.1:8322/auth/o2/token",
    ) as sp:
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    assert str(fake.token_requests[0].url) == "http://127.0.0.1:8322/auth/o2/token"
    assert fake.requests[0].url.host == "127.0.0.1" and fake.requests[0].url.port == 8321
    assert fake.requests[0].headers["x-amz-access-token"] == ACCESS_TOKENS[0]


def test_region_marketplace_and_sandbox_pick_the_endpoint(fake: FakeAmazon) -> None:
    assert make(fake, region=None, marketplace="A1VC38T7YXB528").endpoint == Region.FE.endpoint
    sandbox = make(fake, region="eu", sandbox=True)
    assert sandbox.endpoint == "https://sandbox.sellingpartnerapi-eu.amazon.com"
    assert sandbox.region is Region.EU
    with pytest.raises(ConfigurationError, match="unknown region"):
        make(fake, region="moon")
    with pytest.raises(ConfigurationError, match="unknown marketplace"):
        make(fake, region=None, marketplace="NOPE")


def test_credentials_from_environment_at_build_time(fake: FakeAmazon) -> None:
    env = {"LWA_APP_ID": CLIENT_ID, "LWA_CLIENT_SECRET": CLIENT_SECRET, "SP_API_REFRESH_TOKEN": "r"}
    with make(fake, client_id=None, client_secret=None, refresh_token=None, env=env) as sp:
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    assert fake.form()["refresh_token"] == "r"
    assert fake.form()["client_id"] == CLIENT_ID
    with pytest.raises(ConfigurationError, match="missing LWA credentials"):
        make(fake, client_id=None, client_secret=None, refresh_token=None, env={})


def test_grantless_client_uses_client_credentials(fake: FakeAmazon) -> None:
    with make(fake, refresh_token=None, scope="sellingpartnerapi::notifications") as sp:
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    assert fake.form()["grant_type"] == "client_credentials"
    assert fake.form()["scope"] == "sellingpartnerapi::notifications"


def test_rate_limiter_switch(fake: FakeAmazon) -> None:
    # create_thing: burst 1 at 1/s, so the second call waits for a token unless switched off.
    clock = FakeClock()
    with make(fake, clock) as sp:
        sp.things_v1.create_thing(body={})
        sp.things_v1.create_thing(body={})
    assert sum(clock.sleeps) > 0
    clock = FakeClock()
    with make(fake, clock, rate_limiting=False) as sp:
        sp.things_v1.create_thing(body={})
        sp.things_v1.create_thing(body={})
    assert clock.sleeps == []


def test_shared_token_cache_between_clients(fake: FakeAmazon) -> None:
    cache = InMemoryTokenCache()
    with make(fake, token_cache=cache) as a, make(fake, token_cache=cache) as b:
        a.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
        b.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    assert len(fake.token_requests) == 1


def test_bad_arguments_are_configuration_errors(fake: FakeAmazon) -> None:
    with pytest.raises(ConfigurationError, match=r"httpx\.BaseTransport"):
        make(fake, transport=object())
    with pytest.raises(ConfigurationError, match="token_url must be an http"):
        make(fake, token_url="api.amazon.com")
    with pytest.raises(ConfigurationError, match="TokenCache"):
        make(fake, token_cache={})
    with pytest.raises(ConfigurationError, match="RetryPolicy"):
        make(fake, retry={"max_attempts": 2})
    with pytest.raises(ConfigurationError, match="bucket_store must implement BucketStore"):
        make(fake, bucket_store={})
    with pytest.raises(ConfigurationError, match="bucket_store must implement"):
        make_async(fake, bucket_store=[])


def test_nothing_is_sent_until_the_first_call_and_close_is_idempotent(fake: FakeAmazon) -> None:
    sp = make(fake)
    assert fake.requests == []
    sp.close()
    sp.close()


class CountingTransport(httpx.MockTransport):
    closed = 0

    def close(self) -> None:
        self.closed += 1

    async def aclose(self) -> None:
        self.closed += 1


def test_a_used_client_closes_everything_and_may_be_closed_again(fake: FakeAmazon) -> None:
    inner = CountingTransport(fake)
    sp = make(fake, transport=inner)
    sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    sp.close()
    closed = inner.closed
    assert closed >= 1 and sp._lwa is None and sp._http is None
    sp.close()
    assert inner.closed == closed


async def test_a_used_async_client_closes_everything_and_may_be_closed_again(
    fake: FakeAmazon,
) -> None:
    inner = CountingTransport(fake)
    sp = make_async(fake, transport=inner)
    await sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    await sp.aclose()
    closed = inner.closed
    assert closed >= 1 and sp._lwa is None and sp._http is None
    await sp.aclose()
    assert inner.closed == closed


def test_repr_shows_region_endpoint_and_masked_client_id(sp: SellingPartner) -> None:
    text = repr(sp)
    assert text.startswith("SellingPartner(region='NA'")
    assert "abcd" in text and CLIENT_ID not in text and CLIENT_SECRET not in text


# -- async -----------------------------------------------------------------------------------


async def test_async_call_and_detailed(fake: FakeAmazon) -> None:
    fake.api.append(json_response(200, thing_body("A-1"), {"x-amzn-RequestId": "rid-a"}))
    async with make_async(fake) as sp:
        thing = await sp.things_v1.get_thing(thing_id="A-1", marketplace_ids=["A", "B"])
        full = await sp.things_v1.get_thing.detailed(thing_id="A-1", marketplace_ids=["A"])
        assert sp.client_for(PACKAGE).get_async_httpx_client() is sp.httpx_client()
    assert thing.payload.thing_id == "A-1"
    assert full.status_code == 200 and full.operation == "getThing"
    assert fake.api_requests()[0].url.query == b"marketplaceIds=A,B"
    assert len(fake.token_requests) == 1


async def test_async_errors_and_parse_errors(fake: FakeAmazon) -> None:
    async with make_async(fake) as sp:
        fake.api.append(json_response(404, {"errors": [{"code": "NotFound", "message": "x"}]}))
        with pytest.raises(NotFoundError):
            await sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
        fake.api.append(json_response(200, {"payload": {"status": "Active"}}))
        with pytest.raises(ResponseParseError, match="thingId"):
            await sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
        fake.api.extend([json_response(403, EXPIRED), json_response(200, thing_body())])
        assert (await sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])).payload
        with pytest.raises(TypeError, match="marketplace_ids"):
            await sp.things_v1.get_thing(thing_id="T")


async def test_async_rejects_sync_transport_kind(fake: FakeAmazon) -> None:
    with pytest.raises(ConfigurationError, match="AsyncBaseTransport"):
        make_async(fake, transport=httpx.HTTPTransport())
    with pytest.raises(ConfigurationError, match=r"httpx\.BaseTransport"):
        make(fake, transport=httpx.AsyncHTTPTransport())


def test_fifty_threads_through_the_client_fetch_one_token(fake: FakeAmazon) -> None:
    callers = 50
    misses = 0
    all_missed = threading.Event()
    guard = threading.Lock()

    class CountingCache(InMemoryTokenCache):
        def get(self, key: str) -> CachedToken | None:
            nonlocal misses
            found = super().get(key)
            if found is None:
                with guard:
                    misses += 1
                    if misses >= callers:
                        all_missed.set()
            return found

    # LWA answers only once all 50 callers found the cache empty: they overlap.
    fake.on_token = lambda: all_missed.wait(timeout=10)
    with (
        make(fake, token_cache=CountingCache(), rate_limiting=False) as sp,
        ThreadPoolExecutor(max_workers=callers) as pool,
    ):
        futures = [
            pool.submit(sp.things_v1.get_thing, thing_id="T", marketplace_ids=["A"])
            for _ in range(callers)
        ]
        results = [f.result(timeout=20) for f in futures]
    assert all_missed.is_set()
    assert all(r.payload.thing_id == "T-1" for r in results)
    assert len(fake.token_requests) == 1
    assert {h["x-amz-access-token"] for h in fake.api_headers} == {ACCESS_TOKENS[0]}


def test_raise_errors_off_returns_error_answers(fake: FakeAmazon) -> None:
    body = {"errors": [{"code": "NotFound", "message": "x"}]}
    with make(fake, raise_errors=False) as sp:
        fake.api.append(json_response(404, body, {"x-amzn-RequestId": "rid-4"}))
        full = sp.things_v1.get_thing.detailed(thing_id="T", marketplace_ids=["A"])
        assert (full.status_code, full.request_id) == (404, "rid-4")
        assert full.parsed.errors == body["errors"]
        fake.api.extend([json_response(403, EXPIRED), json_response(200, thing_body())])
        assert sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"]).payload
        fake.api.append(httpx.Response(404, content=b"<html>"))
        with pytest.raises(ResponseParseError, match="HTTP 404"):
            sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])

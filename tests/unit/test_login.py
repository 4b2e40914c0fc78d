"""Login with Amazon: grants, errors, bounded retries, token cache, single flight, 403 refresh."""

from __future__ import annotations

import asyncio
import json
import threading

import httpx
import pytest
from runtime_fakes import (
    ACCESS_TOKENS,
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    TOKEN_URL,
    FakeAmazon,
    FakeClock,
    json_response,
    token_response,
)
from selling_partner import AuthError, ServerError, TransportError
from selling_partner._credentials import Credentials
from selling_partner._errors import ErrorDetail
from selling_partner._login import (
    LwaAuth,
    LwaRetry,
    LwaTokenProvider,
    interpret_token_response,
    lwa_backoff,
    token_request_form,
)
from selling_partner._rdt import interpret_rdt_response
from selling_partner._token_cache import CachedToken, InMemoryTokenCache, TokenCache
from selling_partner._vocabulary import REFRESH_MARGIN, is_token_rejection

CREDS = Credentials(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN)
GRANTLESS = Credentials(CLIENT_ID, CLIENT_SECRET, scope="sellingpartnerapi::notifications")


def provider(
    fake: FakeAmazon,
    clock: FakeClock,
    *,
    creds: Credentials = CREDS,
    cache: TokenCache | None = None,
) -> LwaTokenProvider:
    transport = httpx.MockTransport(fake)
    return LwaTokenProvider(
        creds,
        token_url=TOKEN_URL,
        transport=transport,
        async_transport=transport,
        cache=cache,
        clock=clock,
        sleep=clock.sleep,
        async_sleep=clock.asleep,
    )


# -- pure core -------------------------------------------------------------------------


def test_refresh_token_grant_form() -> None:
    assert token_request_form(CREDS) == {
        "grant_type": "refresh_token",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
    }


def test_client_credentials_grant_form_has_scope() -> None:
    assert token_request_form(GRANTLESS) == {
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": "sellingpartnerapi::notifications",
    }


def test_interpret_success_sets_absolute_expiry() -> None:
    token = interpret_token_response(
        200, b'{"access_token": "Atza|x", "expires_in": 3600}', 100.0, CREDS
    )
    assert token == CachedToken("Atza|x", 3700.0)
    assert token.fresh(3700.0 - REFRESH_MARGIN - 0.1, REFRESH_MARGIN)
    assert not token.fresh(3700.0 - REFRESH_MARGIN, REFRESH_MARGIN)


@pytest.mark.parametrize(
    ("code", "hint"),
    [
        ("invalid_grant", "authorise the app again"),
        ("invalid_client", "client id or client secret is wrong"),
        ("invalid_scope", "scope is not valid"),
    ],
)
def test_interpret_refusals_are_clear_auth_errors(code: str, hint: str) -> None:
    body = f'{{"error": "{code}", "error_description": "bad {REFRESH_TOKEN}"}}'.encode()
    with pytest.raises(AuthError) as info:
        interpret_token_response(400, body, 0.0, CREDS)
    assert hint in str(info.value)
    assert code in str(info.value)
    assert REFRESH_TOKEN not in str(info.value) + repr(info.value)
    assert "[redacted]" in str(info.value)
    assert info.value.status == 400


def test_interpret_200_without_token_is_an_error() -> None:
    with pytest.raises(AuthError, match="without an access_token"):
        interpret_token_response(200, b"{}", 0.0, CREDS)


def test_interpret_5xx_and_429_are_transient() -> None:
    assert not isinstance(interpret_token_response(503, b"", 0.0, CREDS), CachedToken)
    assert not isinstance(interpret_token_response(429, b"", 0.0, CREDS), CachedToken)


def test_backoff_doubles_and_is_capped() -> None:
    retry = LwaRetry(max_attempts=9, backoff_base=0.5, backoff_max=3.0)
    assert [lwa_backoff(n, retry) for n in range(1, 6)] == [0.5, 1.0, 2.0, 3.0, 3.0]


@pytest.mark.parametrize(
    ("details", "expected"),
    [
        ("The access token you provided has expired.", True),
        ("The access token you provided is revoked, malformed or invalid.", True),
        ("", False),
    ],
)
def test_token_rejection_predicate(details: str, expected: bool) -> None:
    errors = (ErrorDetail("Unauthorized", "Access to requested resource is denied.", details),)
    assert is_token_rejection(403, errors) is expected
    assert is_token_rejection(400, errors) is False


def test_security_token_expired_message_counts() -> None:
    errors = (ErrorDetail("Unauthorized", "The security token included in the request is expired"),)
    assert is_token_rejection(403, errors)


# -- sync shell ------------------------------------------------------------------------


def test_fetches_once_then_serves_from_cache_until_margin() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    p = provider(fake, clock)
    assert p.token() == ACCESS_TOKENS[0]
    clock.now += 3600 - REFRESH_MARGIN - 1
    assert p.token() == ACCESS_TOKENS[0]
    assert len(fake.token_requests) == 1
    clock.now += 1
    assert p.token() == ACCESS_TOKENS[1]
    assert len(fake.token_requests) == 2
    assert fake.form(0)["grant_type"] == "refresh_token"
    assert fake.token_requests[0].headers["content-type"] == "application/x-www-form-urlencoded"


def test_grantless_token_request() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    assert provider(fake, clock, creds=GRANTLESS).token() == ACCESS_TOKENS[0]
    assert fake.form(0) == token_request_form(GRANTLESS)


def test_cache_is_keyed_by_identity_and_grant() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    cache = InMemoryTokenCache()
    assert provider(fake, clock, cache=cache).token() == ACCESS_TOKENS[0]
    assert provider(fake, clock, cache=cache).token() == ACCESS_TOKENS[0]
    assert provider(fake, clock, cache=cache, creds=GRANTLESS).token() == ACCESS_TOKENS[1]
    other = Credentials(CLIENT_ID, CLIENT_SECRET, refresh_token="Atzr|another-seller")
    assert provider(fake, clock, cache=cache, creds=other).token() == ACCESS_TOKENS[2]
    assert len(cache) == 3
    assert all(REFRESH_TOKEN not in key for key in cache._tokens)


def test_invalid_grant_fails_at_once_without_retry() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.lwa.append(json_response(400, {"error": "invalid_grant", "error_description": "x"}))
    with pytest.raises(AuthError, match="invalid_grant"):
        provider(fake, clock).token()
    assert len(fake.token_requests) == 1
    assert clock.sleeps == []


def test_invalid_client_401_fails_at_once() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.lwa.append(json_response(401, {"error": "invalid_client"}))
    with pytest.raises(AuthError, match="invalid_client"):
        provider(fake, clock).token()
    assert len(fake.token_requests) == 1


def test_5xx_and_connection_errors_are_retried_with_backoff() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.lwa.extend([json_response(503, {}), httpx.ConnectError("refused"), json_response(500, {})])
    assert provider(fake, clock).token() == ACCESS_TOKENS[0]
    assert len(fake.token_requests) == 4
    assert clock.sleeps == [0.5, 1.0, 2.0]


def test_retries_are_bounded_then_server_error() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.lwa.extend([json_response(503, {})] * 10)
    with pytest.raises(ServerError, match="Login with Amazon is unavailable"):
        provider(fake, clock).token()
    assert len(fake.token_requests) == LwaRetry().max_attempts
    assert len(clock.sleeps) == LwaRetry().max_attempts - 1


def test_connection_errors_bounded_then_raised_as_transport_error() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.lwa.extend([httpx.ConnectError("refused")] * 10)
    with pytest.raises(TransportError) as info:
        provider(fake, clock).token()
    assert len(fake.token_requests) == LwaRetry().max_attempts
    assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert info.value.operation == "LoginWithAmazon"
    assert info.value.host == "api.amazon.com"
    assert info.value.attempts == LwaRetry().max_attempts


def test_fifty_threads_see_one_token_request() -> None:
    callers = 50
    fake, clock = FakeAmazon(), FakeClock()

    class CountingCache(InMemoryTokenCache):
        misses = 0
        all_missed = threading.Event()

        def get(self, key: str) -> CachedToken | None:
            found = super().get(key)
            if found is None:
                with lock:
                    CountingCache.misses += 1
                    if CountingCache.misses >= callers:
                        CountingCache.all_missed.set()
            return found

    lock = threading.Lock()
    # The token answer waits until every caller has seen an empty cache, so all
    # 50 are inside token() while the one fetch is in flight.
    fake.on_token = lambda: CountingCache.all_missed.wait(timeout=10)
    p = provider(fake, clock, cache=CountingCache())
    results: list[str] = []
    threads = [threading.Thread(target=lambda: results.append(p.token())) for _ in range(callers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert CountingCache.all_missed.is_set()
    assert results == [ACCESS_TOKENS[0]] * callers
    assert len(fake.token_requests) == 1


async def test_fifty_tasks_see_one_token_request() -> None:
    callers = 50
    fake, clock = FakeAmazon(), FakeClock()
    started = asyncio.Event()
    release = asyncio.Event()

    async def slow_token(request: httpx.Request) -> httpx.Response:
        fake.token_requests.append(request)
        started.set()
        await release.wait()
        return token_response(len(fake.token_requests) - 1)

    transport = httpx.MockTransport(slow_token)
    p = LwaTokenProvider(CREDS, async_transport=transport, clock=clock, async_sleep=clock.asleep)
    tasks = [asyncio.create_task(p.atoken()) for _ in range(callers)]
    await started.wait()
    for _ in range(5):  # let every task reach the lock while the fetch is held
        await asyncio.sleep(0)
    release.set()
    results = await asyncio.gather(*tasks)
    assert results == [ACCESS_TOKENS[0]] * callers
    assert len(fake.token_requests) == 1
    await p.aclose()


async def test_sync_and_async_callers_of_one_cache_share_one_fetch() -> None:
    cache = InMemoryTokenCache()
    fake, clock = FakeAmazon(), FakeClock()
    in_fetch, release = threading.Event(), threading.Event()

    def hold() -> None:
        in_fetch.set()
        release.wait(timeout=10)

    fake.on_token = hold
    sync_side = provider(fake, clock, cache=cache)
    async_side = provider(fake, clock, cache=cache)
    results: list[str] = []
    thread = threading.Thread(target=lambda: results.append(sync_side.token()))
    thread.start()
    assert await asyncio.to_thread(in_fetch.wait, 10)
    task = asyncio.create_task(async_side.atoken())
    for _ in range(5):
        await asyncio.sleep(0)
    assert not task.done()  # waiting for the sync caller's fetch, loop not blocked
    release.set()
    assert await task == ACCESS_TOKENS[0]
    thread.join(timeout=10)
    assert results == [ACCESS_TOKENS[0]]
    assert len(fake.token_requests) == 1


async def test_async_retries_use_injected_sleep() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.lwa.extend([json_response(502, {}), httpx.ReadTimeout("slow")])
    assert await provider(fake, clock).atoken() == ACCESS_TOKENS[0]
    assert clock.sleeps == [0.5, 1.0]


async def test_async_invalid_grant_no_retry() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.lwa.append(json_response(400, {"error": "invalid_grant"}))
    with pytest.raises(AuthError, match="invalid_grant"):
        await provider(fake, clock).atoken()
    assert len(fake.token_requests) == 1


# -- LwaAuth ---------------------------------------------------------------------------

EXPIRED = {
    "errors": [
        {
            "code": "Unauthorized",
            "message": "Access to requested resource is denied.",
            "details": "The access token you provided has expired.",
        }
    ]
}
DENIED = {
    "errors": [
        {
            "code": "Unauthorized",
            "message": "Access to requested resource is denied.",
            "details": "",
        }
    ]
}
HOST = "sellingpartnerapi-na.amazon.com"


def auth_client(fake: FakeAmazon, clock: FakeClock) -> httpx.Client:
    transport = httpx.MockTransport(fake)
    return httpx.Client(
        base_url=f"https://{HOST}",
        transport=transport,
        auth=LwaAuth(provider(fake, clock), endpoint=f"https://{HOST}"),
    )


def test_adds_access_token_header() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    with auth_client(fake, clock) as client:
        client.get("/x")
    assert fake.api_requests()[0].headers["x-amz-access-token"] == ACCESS_TOKENS[0]


@pytest.mark.parametrize(
    "url",
    [
        "https://bucket.s3.amazonaws.com/doc?X-Amz-Signature=abc",
        f"http://{HOST}/x",
        f"https://{HOST}:8443/x",
    ],
)
def test_token_only_sent_to_the_sp_api_origin(url: str) -> None:
    fake, clock = FakeAmazon(), FakeClock()
    with auth_client(fake, clock) as client:
        client.get(url)
    assert "x-amz-access-token" not in fake.api_requests()[0].headers
    assert fake.token_requests == []


def test_expired_token_403_refreshes_once_and_resends() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.api.extend([json_response(403, EXPIRED), json_response(200, {"ok": True})])
    with auth_client(fake, clock) as client:
        response = client.get("/x")
    assert response.status_code == 200
    sent = [h["x-amz-access-token"] for h in fake.api_headers]
    assert sent == [ACCESS_TOKENS[0], ACCESS_TOKENS[1]]
    assert len(fake.token_requests) == 2


def test_second_token_rejection_is_returned_not_looped() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.api.extend([json_response(403, EXPIRED), json_response(403, EXPIRED)])
    with auth_client(fake, clock) as client:
        response = client.get("/x")
    assert response.status_code == 403
    assert len(fake.api_requests()) == 2


def test_plain_access_denied_is_not_retried() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.api.append(json_response(403, DENIED))
    with auth_client(fake, clock) as client:
        assert client.get("/x").status_code == 403
    assert len(fake.api_requests()) == 1
    assert len(fake.token_requests) == 1


async def test_async_expired_token_403_refreshes_once() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    fake.api.extend([json_response(403, EXPIRED), json_response(200, {})])
    transport = httpx.MockTransport(fake)
    async with httpx.AsyncClient(
        base_url=f"https://{HOST}",
        transport=transport,
        auth=LwaAuth(provider(fake, clock), endpoint=f"https://{HOST}"),
    ) as client:
        assert (await client.get("/x")).status_code == 200
    sent = [h["x-amz-access-token"] for h in fake.api_headers]
    assert sent == [ACCESS_TOKENS[0], ACCESS_TOKENS[1]]


def test_invalidate_keeps_a_token_another_caller_already_replaced() -> None:
    fake, clock = FakeAmazon(), FakeClock()
    p = provider(fake, clock)
    first = p.token()
    p.invalidate(first)
    second = p.token()
    p.invalidate(first)  # a late caller with the old token must not drop the new one
    assert p.token() == second
    assert len(fake.token_requests) == 2


async def test_cancelled_async_waiter_does_not_keep_the_lock() -> None:
    cache = InMemoryTokenCache()
    fake, clock = FakeAmazon(), FakeClock()
    in_fetch, release = threading.Event(), threading.Event()

    def hold() -> None:
        in_fetch.set()
        release.wait(timeout=10)

    fake.on_token = hold
    sync_side = provider(fake, clock, cache=cache)
    async_side = provider(fake, clock, cache=cache)
    thread = threading.Thread(target=sync_side.token)
    thread.start()
    assert await asyncio.to_thread(in_fetch.wait, 10)
    task = asyncio.create_task(async_side.atoken())
    for _ in range(5):
        await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    fake.on_token = None
    release.set()
    thread.join(timeout=10)
    # The executor thread got the lock after the cancel and must have given it back.
    clock.now += 3600  # the token is stale: the next caller must fetch, not wait
    assert await asyncio.wait_for(async_side.atoken(), timeout=10) == ACCESS_TOKENS[1]
    assert len(fake.token_requests) == 2


@pytest.mark.parametrize("expires_in", ["NaN", "Infinity", "-5", '"soon"', "true", "null"])
def test_an_unusable_expires_in_means_the_default_hour(expires_in: str) -> None:
    # json.loads accepts NaN and Infinity: a NaN expiry never counts as fresh (a token
    # request on every call), an infinite one never refreshes; neither may come through.
    body = f'{{"access_token": "t", "expires_in": {expires_in}}}'.encode()
    token = interpret_token_response(200, body, 100.0, CREDS)
    assert isinstance(token, CachedToken)
    assert token.expires_at == 3700.0
    rdt = f'{{"restrictedDataToken": "r", "expiresIn": {expires_in}}}'.encode()
    assert interpret_rdt_response(200, httpx.Headers(), rdt, 100.0).expires_at == 3700.0


def test_a_refusal_echoing_form_encoded_secrets_shows_none_of_them() -> None:
    # The token request is a form: a server that echoes what it got echoes the
    # percent-encoded values ("Atzr%7C..."), which a plain replace() misses.
    from urllib.parse import quote, quote_plus

    echoed = " ".join(
        f"{quote_plus(secret)} {quote(secret, safe='')}"
        for secret in (REFRESH_TOKEN, CLIENT_SECRET)
    )
    body = json.dumps({"error": f"invalid_grant {echoed}", "error_description": echoed})
    with pytest.raises(AuthError) as info:
        interpret_token_response(400, body.encode(), 0.0, CREDS)
    text = f"{info.value} {info.value!r} {info.value.errors}"
    for secret in (REFRESH_TOKEN, CLIENT_SECRET):
        assert quote_plus(secret) not in text
        assert quote(secret, safe="") not in text

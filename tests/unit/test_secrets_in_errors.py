"""No token in an exception: not in its str, args, errors, repr or traceback, locals included.

SP-API's error text can echo the access token or RDT a request carried (a proxy,
a gateway, a debugging Amazon message). Error trackers (sentry's
``capture_locals``, ``traceback.TracebackException(capture_locals=True)``) also
record every frame's local variables: the Login with Amazon form must not be one.
"""

from __future__ import annotations

import traceback
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from feature_fakes import RDT_TOKENS, ShopAmazon, make, make_async
from runtime_fakes import (
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    SECRETS,
    FakeAmazon,
    index,
    json_response,
)
from selling_partner import AsyncSellingPartner, SellingPartner, SellingPartnerError
from selling_partner._login import LwaRetry

# A token of no known shape: only the exact-token scrub can hide it.
PLAIN = "plain-access-token-without-a-known-shape-do-not-leak"


def echoing(token_of: Any) -> Any:
    """An SP-API answer echoing the request's token in every text field, three spellings."""

    def answer(request: httpx.Request) -> httpx.Response:
        token = token_of(request)
        return json_response(
            400,
            {
                "errors": [
                    {
                        "code": f"InvalidInput {token}",
                        "message": f"bad header x-amz-access-token={token}",
                        "details": f"seen {quote(token, safe='')} and {token.replace('|', '%7C')}",
                    }
                ]
            },
        )

    return answer


def recorded_locals(exc: BaseException) -> str:
    """The local variables an error tracker records, of every frame but the tests' own.

    Follows ``__cause__`` and ``__context__`` as trackers do.
    """
    shown: list[str] = []
    seen: set[int] = set()
    todo: list[traceback.TracebackException | None] = [
        traceback.TracebackException.from_exception(exc, capture_locals=True)
    ]
    while todo:
        te = todo.pop()
        if te is None or id(te) in seen:
            continue
        seen.add(id(te))
        for frame in te.stack:
            if "/tests/" not in frame.filename:
                shown += [
                    f"{frame.name}: {name}={value}" for name, value in (frame.locals or {}).items()
                ]
        todo += [te.__cause__, te.__context__]
    return "\n".join(shown)


def texts(exc: BaseException) -> list[str]:
    """Everything an exception shows, an error tracker included (locals of every frame)."""
    shown = [str(exc), repr(exc), repr(exc.args), "".join(traceback.format_exception(exc))]
    shown.append(recorded_locals(exc))
    for err in getattr(exc, "errors", ()):
        shown += [err.code, err.message, str(err.details), repr(err)]
    return shown


def assert_hidden(exc: BaseException, secrets: list[str]) -> None:
    for text in texts(exc):
        leaked = [s for s in secrets if s in text]
        assert not leaked, f"leaked {leaked} in {text[:300]!r}"


def sync_client(fake: FakeAmazon, **extra: Any) -> SellingPartner:
    return SellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        region="na",
        operations=index(),
        transport=httpx.MockTransport(fake),
        env={},
        **extra,
    )


def async_client(fake: FakeAmazon, **extra: Any) -> AsyncSellingPartner:
    return AsyncSellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        region="na",
        operations=index(),
        transport=httpx.MockTransport(fake),
        env={},
        **extra,
    )


@pytest.mark.parametrize("token", [PLAIN, "Atza|" + "ACCESS-token-do-not-leak-777"])
async def test_an_error_echoing_the_access_token_shows_none_of_it(token: str) -> None:
    fake = FakeAmazon()
    for _ in range(2):
        fake.lwa.append(json_response(200, {"access_token": token, "expires_in": 3600}))
        fake.api.append(echoing(lambda r: r.headers["x-amz-access-token"]))
    with sync_client(fake) as sp, pytest.raises(SellingPartnerError) as sync_caught:
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    async with async_client(fake) as asp:
        with pytest.raises(SellingPartnerError) as async_caught:
            await asp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    for caught in (sync_caught, async_caught):
        assert caught.value.errors[0].message == "bad header x-amz-access-token=[redacted]"
        assert_hidden(caught.value, [token, quote(token, safe=""), *SECRETS])


def test_an_error_echoing_an_rdt_shows_none_of_it() -> None:
    fake = ShopAmazon()
    fake.api.append(echoing(lambda r: r.headers["x-amz-access-token"]))
    with make(fake) as sp, pytest.raises(SellingPartnerError) as caught:
        sp.shop_v1.get_order(order_id="1", restricted=True)
    assert fake.api_headers[-1]["x-amz-access-token"] == RDT_TOKENS[0]
    assert "[redacted]" in caught.value.errors[0].message
    assert_hidden(caught.value, [RDT_TOKENS[0], quote(RDT_TOKENS[0], safe=""), *SECRETS])


async def test_an_error_echoing_an_rdt_shows_none_of_it_async() -> None:
    fake = ShopAmazon()
    fake.api.append(echoing(lambda r: r.headers["x-amz-access-token"]))
    async with make_async(fake) as sp:
        with pytest.raises(SellingPartnerError) as caught:
            await sp.shop_v1.get_order(order_id="1", restricted=True)
    assert_hidden(caught.value, [RDT_TOKENS[0], *SECRETS])


def test_token_shapes_are_scrubbed_even_when_not_the_requests_own() -> None:
    from selling_partner._errors import ClientError, ErrorDetail, scrub

    other = "Atzr|" + "IwEBother-refresh-do-not-leak"
    exc = ClientError(
        f"failed {other}",
        errors=[ErrorDetail("X", f"a {other}", f"Atz.sprdt%7CRDT-do-not-leak {CLIENT_SECRET}")],
    )
    assert_hidden(exc, [other, "do-not-leak", CLIENT_SECRET])
    assert scrub("plain text, no token") == "plain text, no token"


def _lwa_refused(fake: FakeAmazon) -> None:
    fake.lwa.append(
        json_response(400, {"error": "invalid_grant", "error_description": "The grant is bad"})
    )


@pytest.mark.parametrize(
    "failure",
    ["refused", "unreachable", "refresh-refused"],
)
async def test_lwa_form_and_tokens_are_not_local_variables_of_any_frame(failure: str) -> None:
    # capture_locals showed the LWA form (client secret, refresh token) before.
    secrets = [*SECRETS, CLIENT_ID]
    errors: list[BaseException] = []
    for kind in ("sync", "async"):
        fake = FakeAmazon()
        if failure == "refused":
            _lwa_refused(fake)
        elif failure == "unreachable":
            fake.lwa.extend([httpx.ConnectError("refused")] * 2)
        else:  # a token rejected by SP-API, then LWA refuses the refresh
            fake.api.append(
                json_response(
                    403,
                    {
                        "errors": [
                            {"code": "Unauthorized", "message": "The access token is expired"}
                        ]
                    },
                )
            )
            fake.lwa.append(json_response(200, {"access_token": PLAIN, "expires_in": 3600}))
            _lwa_refused(fake)
            secrets.append(PLAIN)
        retry = LwaRetry(max_attempts=2, backoff_base=0.0)
        if kind == "sync":
            with sync_client(fake, lwa_retry=retry) as sp, pytest.raises(Exception) as caught:
                sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
        else:
            async with async_client(fake, lwa_retry=retry) as asp:
                with pytest.raises(Exception) as caught:
                    await asp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
        errors.append(caught.value)
    for error in errors:
        assert_hidden(error, secrets)
        assert "_attempts: form=" in recorded_locals(error)  # the frames were recorded

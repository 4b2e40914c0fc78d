"""No secret in any log record, repr, str or exception message, over full sessions.

Every object is built with recognisable fake secrets (``...do-not-leak...``); a
session runs a token fetch, an LWA outage retry, a 429 retry, an expired-token
refresh, API errors, a parse failure and an LWA refusal with DEBUG logging
captured from every logger, then every object and exception is str()- and
repr()-ed, and none of it may contain a secret.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

import httpx
import pytest
from runtime_fakes import (
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    SECRETS,
    FakeAmazon,
    FakeClock,
    index,
    json_response,
    thing_body,
)
from selling_partner import (
    AsyncSellingPartner,
    Credentials,
    InMemoryTokenCache,
    SellingPartner,
    SellingPartnerError,
)

EXPIRED = {
    "errors": [
        {
            "code": "Unauthorized",
            "message": "Access to requested resource is denied.",
            "details": "The access token you provided has expired.",
        }
    ]
}


def script(fake: FakeAmazon) -> None:
    """The answers for one full session (see the module docstring)."""
    fake.lwa.append(json_response(503, {"error": "server_error"}))  # LWA outage, retried
    fake.api.extend(
        [
            json_response(429, {"errors": [{"code": "QuotaExceeded", "message": "slow"}]}),
            json_response(200, thing_body(), {"x-amzn-RequestId": "rid-1"}),  # after the 429
            json_response(403, EXPIRED),  # token refresh, then resend
            json_response(200, thing_body()),
            json_response(400, {"errors": [{"code": "InvalidInput", "message": "bad"}]}),
            json_response(200, {"payload": {"status": "Active"}}),  # unparseable
        ]
    )


def all_text(records: list[logging.LogRecord], objects: list[Any]) -> str:
    parts = []
    for record in records:
        parts.append(record.getMessage())
        parts.append(repr(record.args))
        if record.exc_info:
            parts.append("".join(traceback.format_exception(*record.exc_info)))
    for obj in objects:
        parts.append(str(obj))
        parts.append(repr(obj))
        if isinstance(obj, BaseException):
            parts.append("".join(traceback.format_exception(obj)))
    return "\n".join(parts)


def assert_no_secret(text: str) -> None:
    leaked = [s for s in SECRETS if s in text]
    assert not leaked, f"secrets leaked: {leaked}"
    assert CLIENT_ID not in text  # only its last 4 characters may appear


def test_sync_session_leaks_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's included
    fake, clock = FakeAmazon(), FakeClock()
    script(fake)
    cache = InMemoryTokenCache()
    errors: list[BaseException] = []
    sp = SellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        region="na",
        operations=index(),
        transport=httpx.MockTransport(fake),
        token_cache=cache,
        env={},
        clock=clock,
        wall_clock=clock,
        sleep=clock.sleep,
        rng=lambda: 0.5,
    )
    with sp:
        first = sp.things_v1.get_thing.detailed(thing_id="T", marketplace_ids=["A"])
        assert first.attempts == 2  # the 429 was retried
        sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])  # 403 expired -> refresh
        for _ in range(2):  # 400, then a parse failure
            with pytest.raises(SellingPartnerError) as info:
                sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
            errors.append(info.value)
        objects: list[Any] = [
            sp,
            sp.things_v1,
            sp.things_v1.get_thing,
            sp.client_for("things_v1"),
            sp._credentials,
            sp._lwa,
            sp.httpx_client().auth,
            cache,
            *cache._tokens.values(),
            first,
            first.parsed,
        ]
    assert len(fake.token_requests) == 3  # outage retry, first token, refreshed token
    assert sp.__class__.__name__ in repr(sp)
    # A refused refresh token: Amazon's description echoes it back here on purpose.
    fake.lwa.append(
        json_response(
            400, {"error": "invalid_grant", "error_description": f"bad token {REFRESH_TOKEN}"}
        )
    )
    with (
        SellingPartner(
            client_id=CLIENT_ID,
            client_secret=CLIENT_SECRET,
            refresh_token=REFRESH_TOKEN,
            region="na",
            operations=index(),
            transport=httpx.MockTransport(fake),
            env={},
        ) as other,
        pytest.raises(SellingPartnerError) as refused,
    ):
        other.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
    errors.append(refused.value)
    messages = [r.getMessage() for r in caplog.records]
    assert any("lwa token" in m for m in messages)
    assert any("attempt=2" in m for m in messages)
    assert any("access token rejected" in m for m in messages)
    assert any("raising=ClientError" in m for m in messages)
    assert_no_secret(all_text(caplog.records, objects + errors))
    assert "abcd" in repr(sp)  # the client id's last 4 characters do appear


async def test_async_session_leaks_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    fake, clock = FakeAmazon(), FakeClock()
    script(fake)
    errors: list[BaseException] = []
    async with AsyncSellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        region="na",
        operations=index(),
        transport=httpx.MockTransport(fake),
        env={},
        clock=clock,
        wall_clock=clock,
        sleep=clock.asleep,
        rng=lambda: 0.5,
    ) as sp:
        first = await sp.things_v1.get_thing.detailed(thing_id="T", marketplace_ids=["A"])
        await sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
        for _ in range(2):
            with pytest.raises(SellingPartnerError) as info:
                await sp.things_v1.get_thing(thing_id="T", marketplace_ids=["A"])
            errors.append(info.value)
        objects = [sp, sp._lwa, sp.httpx_client().auth, first, sp.things_v1.get_thing]
    assert len(errors) == 2
    assert_no_secret(all_text(caplog.records, objects + errors))


def test_credentials_repr_and_equality_free_of_secrets() -> None:
    creds = Credentials(CLIENT_ID, CLIENT_SECRET, refresh_token=REFRESH_TOKEN)
    assert_no_secret(str(creds) + repr(creds) + creds.identity + f"{creds!r}")


def test_library_adds_no_log_handlers() -> None:
    import selling_partner._client  # noqa: F401  (loads every runtime module)

    for name in ("selling_partner", "selling_partner.auth", "selling_partner.client"):
        assert logging.getLogger(name).handlers == []


def test_rdt_and_grantless_session_leaks_nothing(caplog: pytest.LogCaptureFixture) -> None:
    # Restricted Data Tokens are secrets too: a session with RDT fetches, an RDT rejected
    # and refetched, a refused RDT request, paging and grantless tokens shows none of them.
    from feature_fakes import RDT_TOKENS, ShopAmazon, make, page

    caplog.set_level(logging.DEBUG)
    fake = ShopAmazon()
    cache = InMemoryTokenCache()
    errors: list[BaseException] = []
    with make(fake, token_cache=cache) as sp:
        first = sp.shop_v1.get_order.detailed(order_id="1", restricted=True)
        fake.api.append(json_response(403, EXPIRED))  # RDT rejected: refetched once
        sp.shop_v1.get_order_address(order_id="1", restricted=True)
        fake.api.extend([page(["1"], "secretless-next"), page(["2"], None)])
        pages = list(sp.shop_v1.list_orders.detailed_pages(marketplace_ids=["A"], restricted=True))
        sp.shop_v1.get_destinations()
        fake.rdt_scripted.append(json_response(403, {"errors": [{"code": "Unauthorized"}]}))
        with pytest.raises(SellingPartnerError) as refused:
            sp.shop_v1.get_order(order_id="2", restricted=True)
        errors.append(refused.value)
        objects: list[Any] = [
            sp,
            sp.shop_v1,
            sp.shop_v1.get_order,
            sp.httpx_client().auth,
            cache,
            *cache._tokens.values(),
            first,
            *pages,
            *sp._grantless.values(),
        ]
    assert len(fake.rdt_bodies) == 5  # get_order, address twice, list, refused
    assert all(header.get("x-amz-access-token") in RDT_TOKENS for header in fake.api_headers[:4])
    messages = [r.getMessage() for r in caplog.records]
    assert any("rdt fetched" in m for m in messages)
    leaked = [t for t in RDT_TOKENS if t in all_text(caplog.records, objects + errors)]
    assert not leaked, f"RDTs leaked: {leaked}"
    assert_no_secret(all_text(caplog.records, objects + errors))


PRESIGNED = (
    "https://tortuga-prod-na.s3-external-1.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4"
    "&X-Amz-Credential=AKIA-do-not-leak%2F20260101%2Fus-east-1&X-Amz-Date=20260101T000000Z"
    "&X-Amz-Security-Token=session-do-not-leak&X-Amz-Signature=sig-do-not-leak"
)


@pytest.mark.parametrize("kind", ["sync", "async"])
async def test_presigned_url_fetched_through_the_client_keeps_its_signature_out_of_logs(
    caplog: pytest.LogCaptureFixture, kind: str
) -> None:
    # httpx logs every request's full URL at INFO ("HTTP Request: GET ..."), and
    # logging.basicConfig(level=INFO) is enough to turn that on. A presigned report
    # document fetched with sp.httpx_client() would put its signature in the log.
    caplog.set_level(logging.INFO)
    fake = FakeAmazon()
    common: dict[str, Any] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "region": "na",
        "operations": index(),
        "env": {},
    }
    if kind == "sync":
        with SellingPartner(transport=httpx.MockTransport(fake), **common) as sp:
            response = sp.httpx_client().get(PRESIGNED)
    else:
        async with AsyncSellingPartner(transport=httpx.MockTransport(fake), **common) as asp:
            response = await asp.httpx_client().get(PRESIGNED)
    assert str(response.request.url) == PRESIGNED  # the request itself is untouched
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any("tortuga-prod-na.s3-external-1.amazonaws.com/report.csv" in m for m in lines)
    text = "\n".join(lines)
    for secret in ("sig-do-not-leak", "AKIA-do-not-leak", "session-do-not-leak"):
        assert secret not in text


def test_httpx_log_filter_redacts_only_presigned_secrets() -> None:
    from selling_partner._httpx_log import _FILTER, redact_url_text

    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, 'HTTP Request: %s %s "%s %d %s"',
        ("GET", httpx.URL(PRESIGNED), "HTTP/1.1", 200, "OK"), None,
    )  # fmt: skip
    assert _FILTER.filter(record)
    message = record.getMessage()
    assert message.startswith("HTTP Request: GET https://tortuga-prod-na")
    assert message.endswith('X-Amz-Signature=[redacted] "HTTP/1.1 200 OK"')
    assert "X-Amz-Date=20260101T000000Z" in message  # not a secret: kept
    assert "do-not-leak" not in message
    plain = "https://sellingpartnerapi-na.amazon.com/orders/v0/orders?MarketplaceIds=A"
    assert redact_url_text(plain) == plain

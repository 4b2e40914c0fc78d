"""Tests of the fake SP-API server itself (tests/fakes/fake_spapi)."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
from fake_spapi import (
    FAKE_CLIENT_ID,
    FAKE_CLIENT_SECRET,
    FAKE_REFRESH_TOKEN,
    LWA_TOKEN,
    FakeSpApi,
    TokenBucket,
    _catalog,
)
from fake_spapi._catalog import _minimal, body_source, default_body, model_facts, schema_problem

TRACKING = "/fba/outbound/2020-07-01/tracking"
ORDERS = "/fba/outbound/2020-07-01/fulfillmentOrders"
TRACKING_KEY = "fulfillment_outbound_v2020_07_01.getPackageTrackingDetails"


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def refresh_form(**overrides: str) -> dict[str, str]:
    form = {
        "grant_type": "refresh_token",
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": FAKE_REFRESH_TOKEN,
    }
    form.update(overrides)
    return form


def get_token(http: httpx.Client, server: FakeSpApi, **overrides: str) -> str:
    response = http.post(server.token_url, data=refresh_form(**overrides))
    assert response.status_code == 200, response.text
    token = response.json()["access_token"]
    assert isinstance(token, str)
    return token


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def server(clock: FakeClock) -> Iterator[FakeSpApi]:
    with FakeSpApi(
        clock=clock,
        rate_limits={"fulfillment_outbound_v2020_07_01.getPackageTrackingDetails": (5.0, 5)},
    ) as fake:
        yield fake


@pytest.fixture
def http(server: FakeSpApi) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.endpoint) as client:
        yield client


@pytest.fixture
def auth(http: httpx.Client, server: FakeSpApi) -> dict[str, str]:
    return {"x-amz-access-token": get_token(http, server)}


def track(http: httpx.Client, auth: dict[str, str], **params: Any) -> httpx.Response:
    return http.get(TRACKING, params=params or {"packageNumber": 212794778}, headers=auth)


# --------------------------------------------------------------- token bucket
def test_bucket_is_full_at_creation_and_exact() -> None:
    bucket = TokenBucket.full(rate=2.0, burst=3, now=0.0)
    assert [bucket.try_take(0.0) for _ in range(4)] == [True, True, True, False]
    assert bucket.seconds_until_token(0.0) == pytest.approx(0.5)
    assert not bucket.try_take(0.4999)
    assert bucket.try_take(0.5)
    assert not bucket.try_take(0.5)


def test_bucket_refill_is_capped_at_burst_and_ignores_clock_steps_back() -> None:
    bucket = TokenBucket.full(rate=10.0, burst=2, now=0.0)
    assert bucket.try_take(0.0) and bucket.try_take(0.0)
    assert bucket.try_take(100.0) and bucket.try_take(100.0)
    assert not bucket.try_take(100.0)
    assert not bucket.try_take(50.0)


def test_bucket_reconfigure_keeps_earned_tokens_and_caps_them() -> None:
    bucket = TokenBucket.full(rate=1.0, burst=10, now=0.0)
    bucket.reconfigure(rate=4.0, burst=2, now=0.0)
    assert bucket.tokens == 2
    assert bucket.try_take(0.0) and bucket.try_take(0.0) and not bucket.try_take(0.0)
    assert bucket.try_take(0.25)
    assert bucket.retry_after_header(0.25) == "1"


def test_bucket_refuses_a_bad_plan() -> None:
    with pytest.raises(ValueError, match="rate > 0"):
        TokenBucket.full(rate=0.0, burst=1, now=0.0)


# ----------------------------------------------------------- Login with Amazon
def test_refresh_grant_answers_like_lwa(http: httpx.Client, server: FakeSpApi) -> None:
    response = http.post(server.token_url, data=refresh_form())
    assert response.status_code == 200
    body = response.json()
    assert body["access_token"].startswith("Atza|")
    assert len(body["access_token"]) > 200
    assert body["refresh_token"] == FAKE_REFRESH_TOKEN
    assert body["token_type"] == "bearer"
    assert body["expires_in"] == 3600
    assert response.headers["content-type"] == "application/json"
    uuid.UUID(response.headers["x-amzn-RequestId"])
    assert server.stats.token_requests == {"refresh_token": 1}


def test_credential_constants_look_real() -> None:
    assert FAKE_CLIENT_ID.startswith("amzn1.application-oa2-client.")
    assert FAKE_CLIENT_SECRET.startswith("amzn1.oa2-cs.v1.")
    assert FAKE_REFRESH_TOKEN.startswith("Atzr|")


@pytest.mark.parametrize(
    ("form", "status", "error"),
    [
        (refresh_form(client_secret="amzn1.oa2-cs.v1.wrong"), 401, "invalid_client"),
        (refresh_form(client_id="amzn1.application-oa2-client.wrong"), 401, "invalid_client"),
        (refresh_form(refresh_token="Atzr|wrong"), 400, "invalid_grant"),
        (refresh_form(refresh_token=""), 400, "invalid_request"),
        (refresh_form(grant_type="password"), 400, "unsupported_grant_type"),
        ({"client_id": FAKE_CLIENT_ID}, 400, "unsupported_grant_type"),
        (refresh_form(grant_type="client_credentials", scope="bogus"), 400, "invalid_scope"),
    ],
)
def test_lwa_errors(
    http: httpx.Client, server: FakeSpApi, form: dict[str, str], status: int, error: str
) -> None:
    response = http.post(server.token_url, data=form)
    assert response.status_code == status
    assert response.json()["error"] == error
    assert response.json()["error_description"]


def test_client_credentials_grant_gives_a_token_without_refresh_token(
    http: httpx.Client, server: FakeSpApi
) -> None:
    form = refresh_form(grant_type="client_credentials", scope="sellingpartnerapi::notifications")
    del form["refresh_token"]
    body = http.post(server.token_url, data=form).json()
    assert body["access_token"].startswith("Atza|")
    assert "refresh_token" not in body
    assert server.stats.token_requests == {"client_credentials": 1}


def test_lwa_needs_form_encoding(http: httpx.Client, server: FakeSpApi) -> None:
    response = http.post(server.token_url, json=refresh_form())
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_revoked_refresh_token_is_an_invalid_grant(http: httpx.Client, server: FakeSpApi) -> None:
    server.revoke_refresh_token()
    response = http.post(server.token_url, data=refresh_form())
    assert response.json()["error"] == "invalid_grant"


# ------------------------------------------------------------------ SP-API auth
def test_success_body_and_headers(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    response = track(http, auth)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-amzn-RateLimit-Limit"] == "5.0"
    uuid.UUID(response.headers["x-amzn-RequestId"])
    payload = response.json()["payload"]
    assert payload["shipToAddress"] == {"city": "Anytown", "state": "WA", "country": "US"}
    assert server.stats.requests == {
        "fulfillment_outbound_v2020_07_01.getPackageTrackingDetails": 1
    }


@pytest.mark.parametrize(
    ("headers", "details"),
    [
        ({}, "Access token is missing in the request header."),
        ({"x-amz-access-token": "Atza|not-issued"}, "The access token you provided is invalid."),
    ],
)
def test_missing_or_unknown_token_is_403(
    http: httpx.Client, headers: dict[str, str], details: str
) -> None:
    response = track(http, headers)
    assert response.status_code == 403
    assert response.json() == {
        "errors": [
            {
                "code": "Unauthorized",
                "message": "Access to requested resource is denied.",
                "details": details,
            }
        ]
    }


def test_token_expires_after_expires_in(
    http: httpx.Client, clock: FakeClock, auth: dict[str, str]
) -> None:
    clock.advance(3599.9)
    assert track(http, auth).status_code == 200
    clock.advance(0.1)
    response = track(http, auth)
    assert response.status_code == 403
    assert "has expired" in response.json()["errors"][0]["details"]


def test_expire_tokens_then_refresh_works(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    server.expire_tokens()
    assert "has expired" in track(http, auth).json()["errors"][0]["details"]
    fresh = {"x-amz-access-token": get_token(http, server)}
    assert track(http, fresh).status_code == 200


def test_revoke_tokens_makes_them_invalid(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    server.revoke_tokens()
    assert "is invalid" in track(http, auth).json()["errors"][0]["details"]


def test_configurable_expires_in(clock: FakeClock) -> None:
    with FakeSpApi(clock=clock, expires_in=60) as fake, httpx.Client() as http:
        body = http.post(fake.token_url, data=refresh_form()).json()
        assert body["expires_in"] == 60
        headers = {"x-amz-access-token": body["access_token"]}
        clock.advance(60)
        response = http.get(fake.endpoint + TRACKING, params={"packageNumber": 1}, headers=headers)
        assert response.status_code == 403


# ------------------------------------------------------------------ rate limits
QUOTA = {
    "errors": [
        {"code": "QuotaExceeded", "message": "You exceeded your quota for the requested resource."}
    ]
}


def test_bucket_enforced_exactly(
    http: httpx.Client, server: FakeSpApi, clock: FakeClock, auth: dict[str, str]
) -> None:
    assert [track(http, auth).status_code for _ in range(6)] == [200] * 5 + [429]
    clock.advance(0.199)
    throttled = track(http, auth)
    assert throttled.status_code == 429
    assert throttled.json() == QUOTA
    assert "Retry-After" not in throttled.headers
    assert throttled.headers["x-amzn-RateLimit-Limit"] == "5.0"
    clock.advance(0.001)
    assert track(http, auth).status_code == 200
    stats = server.stats
    assert stats.throttled == 2
    assert stats.throttled_by_operation == {
        "fulfillment_outbound_v2020_07_01.getPackageTrackingDetails": 2
    }
    assert stats.requests == {"fulfillment_outbound_v2020_07_01.getPackageTrackingDetails": 8}


def test_table_plan_applies_without_override(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    assert server.rate_limit("fulfillment_outbound_v2020_07_01.listAllFulfillmentOrders") == (
        2.0,
        30,
    )
    response = http.get(ORDERS, headers=auth)
    assert response.headers["x-amzn-RateLimit-Limit"] == "2.0"


def test_buckets_are_per_identity(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    other = "Atzr|" + "IwEBIAnotherSellerRefreshToken-0123456789abcdef"
    server.add_refresh_token(other)
    second = {"x-amz-access-token": get_token(http, server, refresh_token=other)}
    assert [track(http, auth).status_code for _ in range(6)][-1] == 429
    assert track(http, second).status_code == 200
    # A refreshed token of the same seller shares the seller's bucket.
    same_seller = {"x-amz-access-token": get_token(http, server)}
    assert track(http, same_seller).status_code == 429


def test_advertised_rate_is_enforced_and_advertised(clock: FakeClock) -> None:
    with FakeSpApi(clock=clock, advertised_rate=10.0) as fake, httpx.Client() as http:
        headers = {"x-amz-access-token": get_token(http, fake)}
        statuses = []
        for _ in range(31):
            response = http.get(
                fake.endpoint + TRACKING, params={"packageNumber": 1}, headers=headers
            )
            statuses.append(response.status_code)
        assert response.headers["x-amzn-RateLimit-Limit"] == "10.0"
        assert statuses == [200] * 30 + [429]
        clock.advance(0.1)
        response = http.get(fake.endpoint + TRACKING, params={"packageNumber": 1}, headers=headers)
        assert response.status_code == 200


def test_switching_the_plan_live(
    http: httpx.Client, server: FakeSpApi, clock: FakeClock, auth: dict[str, str]
) -> None:
    for _ in range(5):
        track(http, auth)
    server.set_advertised_rate(10.0)
    assert track(http, auth).status_code == 429
    clock.advance(0.1)
    response = track(http, auth)
    assert response.status_code == 200
    assert response.headers["x-amzn-RateLimit-Limit"] == "10.0"
    server.set_advertised_rate(None)
    server.set_rate_limit("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails", 1.0, 1)
    clock.advance(0.5)
    assert track(http, auth).status_code == 429
    clock.advance(0.5)
    response = track(http, auth)
    assert (response.status_code, response.headers["x-amzn-RateLimit-Limit"]) == (200, "1.0")


def test_retry_after_switch(
    http: httpx.Client, server: FakeSpApi, clock: FakeClock, auth: dict[str, str]
) -> None:
    server.retry_after = True
    for _ in range(5):
        track(http, auth)
    assert track(http, auth).headers["Retry-After"] == "1"


def test_bad_plans_are_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="unknown operation 'getNothing'"):
        FakeSpApi(rate_limits={"getNothing": (1.0, 1)})
    with pytest.raises(ValueError, match=r"burst >= 1"):
        FakeSpApi(
            rate_limits={"fulfillment_outbound_v2020_07_01.getPackageTrackingDetails": (1.0, 0)}
        )
    with pytest.raises(ValueError, match="advertised_rate must be > 0"):
        FakeSpApi(advertised_rate=0)
    with pytest.raises(ValueError, match="default_rate_limit must be"):
        FakeSpApi(default_rate_limit=(1.0, 0))
    with pytest.raises(ValueError, match="expires_in must be >= 1"):
        FakeSpApi(expires_in=0)


def test_repr_names_the_endpoint_and_no_secret(server: FakeSpApi) -> None:
    text = repr(server)
    assert server.endpoint in text
    assert FAKE_CLIENT_SECRET not in text and FAKE_REFRESH_TOKEN not in text


# ------------------------------------------------------------------ validation
def test_missing_required_query_parameter_is_invalid_input(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    response = http.get(TRACKING, headers=auth)
    assert response.status_code == 400
    error = response.json()["errors"][0]
    assert error["code"] == "InvalidInput"
    assert "packageNumber" in error["message"]


def test_parameter_types_and_repeats_are_checked(http: httpx.Client, auth: dict[str, str]) -> None:
    response = track(http, auth, packageNumber="abc")
    assert response.status_code == 400
    assert "expected integer" in response.json()["errors"][0]["message"]
    response = http.get(TRACKING + "?packageNumber=1&packageNumber=2", headers=auth)
    assert response.status_code == 400
    assert "comma-separated" in response.json()["errors"][0]["message"]


def test_unknown_route_and_method(http: httpx.Client, auth: dict[str, str]) -> None:
    assert http.get("/nothing/here", headers=auth).status_code == 404
    assert http.delete(TRACKING, headers=auth).status_code == 405


# ------------------------------------------------------------------- pagination
def test_pagination_links_pages_with_next_token(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    server.set_pages("fulfillment_outbound_v2020_07_01.listAllFulfillmentOrders", 3)
    seen: list[str] = []
    params: dict[str, str] = {}
    for _ in range(3):
        payload = http.get(ORDERS, params=params, headers=auth).json()["payload"]
        seen += [o["sellerFulfillmentOrderId"] for o in payload["fulfillmentOrders"]]
        params = {"nextToken": payload["nextToken"]} if "nextToken" in payload else {}
    assert params == {}
    assert len(seen) == len(set(seen)) == 6
    assert seen[2].endswith("-P2")


def test_list_orders_pages_hold_distinct_orders(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    # 2026-07-04: pageToken in the query, pagination.nextToken and orders[].orderId back.
    headers = {**auth, "x-amzn-fulfillment-service-id": "FS01-o8vlfw8b1tiu1"}
    params = {"updatedAfter": "2026-11-01T00:00:00Z"}
    pages: list[list[str]] = []
    for _ in range(3):
        body = http.get("/fulfillment/outbound/2026-07-04/orders", params=params, headers=headers)
        assert body.status_code == 200, body.text
        pages.append([o["orderId"] for o in body.json()["orders"]])
        token = body.json().get("pagination", {}).get("nextToken")
        params = {**params, "pageToken": token} if token else {}
    assert params == {}  # three pages by default, the last without a token
    ids = [i for page in pages for i in page]
    assert len(ids) == len(set(ids)) == 3 * len(pages[0]) > 0
    assert all(i.endswith("-P3") for i in pages[2])


def test_pagination_rejects_an_unknown_token(http: httpx.Client, auth: dict[str, str]) -> None:
    response = http.get(ORDERS, params={"nextToken": "forged"}, headers=auth)
    assert response.status_code == 400
    assert response.json()["errors"][0]["code"] == "InvalidInput"


def test_single_page(http: httpx.Client, server: FakeSpApi, auth: dict[str, str]) -> None:
    server.set_pages("fulfillment_outbound_v2020_07_01.listAllFulfillmentOrders", 1)
    assert "nextToken" not in http.get(ORDERS, headers=auth).json()["payload"]
    with pytest.raises(ValueError, match="not paginated"):
        server.set_pages("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails", 2)


# -------------------------------------------------------------------- scenarios
def test_fail_next_then_normal(http: httpx.Client, server: FakeSpApi, auth: dict[str, str]) -> None:
    server.fail_next(2, status=503)
    first, second, third = (track(http, auth) for _ in range(3))
    assert (first.status_code, second.status_code, third.status_code) == (503, 503, 200)
    assert first.json()["errors"][0]["code"] == "ServiceUnavailable"
    assert "x-amzn-RequestId" in first.headers


def test_fail_next_for_one_operation_only(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    server.fail_next(
        1, status=500, operation_id="fulfillment_outbound_v2020_07_01.listAllFulfillmentOrders"
    )
    assert track(http, auth).status_code == 200
    response = http.get(ORDERS, headers=auth)
    assert (response.status_code, response.json()["errors"][0]["code"]) == (500, "InternalFailure")


def test_drop_next_closes_without_answer(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    server.drop_next(1)
    with pytest.raises(httpx.RemoteProtocolError):
        track(http, auth)
    assert track(http, auth).status_code == 200
    assert server.stats.statuses[0] == 1


def test_respond_next_sends_exactly_that(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    errors = {"errors": [{"code": "InvalidInput", "message": "Bad SKU", "details": "sku"}]}
    server.respond_next(
        "fulfillment_outbound_v2020_07_01.getPackageTrackingDetails",
        400,
        errors,
        headers={"x-extra": "1"},
    )
    server.respond_next(
        "fulfillment_outbound_v2020_07_01.getPackageTrackingDetails", 200, b"not json"
    )
    first, second = track(http, auth), track(http, auth)
    assert (first.status_code, first.json(), first.headers["x-extra"]) == (400, errors, "1")
    assert (second.status_code, second.content) == (200, b"not json")
    assert track(http, auth).json()["payload"]["packageNumber"] == 212794778


def test_faults_on_the_token_endpoint(http: httpx.Client, server: FakeSpApi) -> None:
    server.fail_next(1, status=500, operation_id=LWA_TOKEN)
    response = http.post(server.token_url, data=refresh_form())
    assert response.status_code == 500
    assert response.json()["error"] == "server_error"
    server.drop_next(1, operation_id=LWA_TOKEN)
    with pytest.raises(httpx.RemoteProtocolError):
        http.post(server.token_url, data=refresh_form())
    assert http.post(server.token_url, data=refresh_form()).status_code == 200


def test_scenario_controls_check_their_arguments(server: FakeSpApi) -> None:
    with pytest.raises(ValueError, match="unknown operation 'nope'"):
        server.respond_next("nope", 400, {})
    with pytest.raises(ValueError, match="HTTP error status"):
        server.fail_next(1, status=200)
    with pytest.raises(ValueError, match="n must be >= 1"):
        server.drop_next(0)


def test_concurrency_peak(server: FakeSpApi, auth: dict[str, str]) -> None:
    server.pause()
    results: list[int] = []

    def call() -> None:
        with httpx.Client(base_url=server.endpoint) as client:
            results.append(track(client, auth).status_code)

    threads = [threading.Thread(target=call) for _ in range(3)]
    for thread in threads:
        thread.start()
    ready = threading.Event()
    for _ in range(500):
        if server.in_flight == 3:
            ready.set()
            break
        ready.wait(0.01)
    server.resume()
    for thread in threads:
        thread.join(timeout=10)
    assert ready.is_set()
    assert results == [200, 200, 200]
    assert server.stats.concurrency_peak == 3


# ----------------------------------------------------------------- bodies & PII
def test_every_routed_operation_answers_a_schema_valid_body(server: FakeSpApi) -> None:
    checked = 0
    for op in server._router.operations:
        assert op.model is not None
        facts = model_facts(op.model, op.method, op.path)
        if facts.response_schema is None:
            # 204, or a 200 the model gives no body (cancelFeed, cancelReport).
            assert default_body(op) is None, op.operation_id
            continue
        schema = {**facts.response_schema, "definitions": facts.definitions}
        validator = jsonschema.Draft4Validator(schema)
        bodies = [default_body(op)]
        if op.pagination is not None:
            status, first_page = server._success(op, "")
            assert status == facts.success_status
            bodies.append(first_page)
        for body in bodies:
            errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(body)]
            assert errors == [], op.operation_id
        checked += 1
    assert checked >= 2


def test_bodies_carry_fake_but_realistic_pii(http: httpx.Client, auth: dict[str, str]) -> None:
    order = http.get(ORDERS, headers=auth).json()["payload"]["fulfillmentOrders"][0]
    address = order["destinationAddress"]
    assert address["name"] == "Jane Q. Example"
    assert address["phone"].startswith("+1 ")
    assert "@example." in order["notificationEmails"][0]


def test_nothing_recorded_holds_a_secret(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    track(http, auth)
    track(http, {"x-amz-access-token": auth["x-amz-access-token"] + "x"})
    text = repr(server.stats)
    token = auth["x-amz-access-token"]
    for secret in (token, token[5:40], FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN):
        assert secret not in text


# -------------------------------------------------------------- request bodies
CREATE = "/fba/outbound/2020-07-01/fulfillmentOrders"


def test_request_bodies_are_checked_against_the_model(
    http: httpx.Client, auth: dict[str, str]
) -> None:
    missing = http.post(CREATE, headers=auth)
    assert missing.status_code == 400
    assert missing.json()["errors"][0]["message"] == "The request body is required."
    not_json = http.post(CREATE, headers=auth, content=b"{oops")
    assert "not valid JSON" in not_json.json()["errors"][0]["message"]
    empty = http.post(CREATE, headers=auth, json={})
    assert empty.status_code == 400
    assert empty.json()["errors"][0]["message"] == "body.destinationAddress is required."


def test_the_smallest_valid_body_is_accepted_for_every_operation(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str], clock: FakeClock
) -> None:
    sent = 0
    for op in server._router.operations:
        assert op.model is not None
        facts = model_facts(op.model, op.method, op.path)
        bodies = [p for p in facts.params if p.location == "body" and p.schema is not None]
        if not bodies:
            continue
        assert bodies[0].schema is not None
        body = _minimal(bodies[0].schema, facts.definitions)
        path = op.path
        for name in op.path_names:
            path = path.replace("{" + name + "}", "FAKE-1")
        query = {
            p.name: (p.enum[0] if p.enum else "1")
            for p in facts.params
            if p.location == "query" and p.required
        }
        # Refill the bucket (burst 1 for some operations) and keep the token fresh;
        # a grantless operation takes a client-credentials token with its scope.
        clock.advance(600)
        overrides = (
            {"grant_type": "client_credentials", "scope": op.grantless_scope}
            if op.grantless_scope
            else {}
        )
        auth["x-amz-access-token"] = get_token(http, server, **overrides)
        response = http.request(op.method, path, params=query, json=body, headers=auth)
        assert response.status_code < 300, (op.operation_id, response.text)
        wrong_type: Any = {} if isinstance(body, list) else []  # getMyFeesEstimates takes a list
        clock.advance(600)
        response = http.request(op.method, path, params=query, json=wrong_type, headers=auth)
        assert response.status_code == 400, op.operation_id
        sent += 1
    assert sent >= 5


@pytest.mark.parametrize(
    ("schema", "value", "problem"),
    [
        ({"type": "integer"}, True, "body must be of type integer."),
        ({"type": "number"}, "1", "body must be of type number."),
        ({"type": "string", "enum": ["A"]}, "B", "body is not one of the values"),
        (
            {"type": "object", "properties": {"a": {"type": "array", "items": {"$ref": "#/d/X"}}}},
            {"a": [{"name": "x"}, {}]},
            "body.a[1].name is required.",
        ),
    ],
)
def test_schema_problem(schema: dict[str, Any], value: Any, problem: str) -> None:
    definitions = {"X": {"type": "object", "required": ["name"]}}
    found = schema_problem(schema, value, definitions)
    assert found is not None and found.startswith(problem)


# ------------------------------------------------------------------ by hand
def test_runs_as_a_module_for_a_maintainer() -> None:
    tests_dir = Path(__file__).resolve().parents[1] / "fakes"
    process = subprocess.Popen(
        [sys.executable, "-m", "fake_spapi", "--port", "0"],
        cwd=tests_dir,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(6)]
        endpoint = lines[0].split()[1]
        assert lines[1].split()[1] == endpoint + "/auth/o2/token"
        response = httpx.post(endpoint + "/auth/o2/token", data=refresh_form())
        assert response.status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_dates_are_checked(http: httpx.Client, auth: dict[str, str]) -> None:
    good = http.get(ORDERS, params={"queryStartDate": "2026-01-01T00:00:00Z"}, headers=auth)
    assert good.status_code == 200
    bad = http.get(ORDERS, params={"queryStartDate": "yesterday"}, headers=auth)
    assert bad.status_code == 400
    assert "ISO 8601 date-time" in bad.json()["errors"][0]["message"]
    assert schema_problem({"type": "string", "format": "date-time"}, "2024-02-30T00:00:00Z", {})


def test_a_bug_in_the_fake_is_loud(
    http: httpx.Client,
    server: FakeSpApi,
    auth: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def broken(*args: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(server, "_api_locked", broken)
    response = track(http, auth)
    assert response.status_code == 500
    assert response.json()["errors"][0]["code"] == "FakeServerBug"
    assert "RuntimeError: boom" in capsys.readouterr().err
    assert server.bugs == ["GET /fba/outbound/2020-07-01/tracking: RuntimeError: boom"]
    server.bugs.clear()  # seen: the fixture's exit must not fail the test for it


def test_a_bug_in_the_fake_fails_the_block_that_used_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # A test whose client retries 5xx could otherwise pass over a crashing fake.
    def broken(*args: Any) -> Any:
        raise RuntimeError("boom")

    with (
        pytest.raises(AssertionError, match=r"fake_spapi crashed.*RuntimeError: boom"),
        FakeSpApi() as fake,
        httpx.Client() as http,
    ):
        monkeypatch.setattr(fake, "_api_locked", broken)
        token = http.post(fake.token_url, data=refresh_form()).json()["access_token"]
        http.get(
            fake.endpoint + "/fba/outbound/2020-07-01/tracking",
            params={"packageNumber": "1"},
            headers={"x-amz-access-token": token},
        )


def test_success_body_is_a_fresh_copy_to_bend(
    http: httpx.Client, server: FakeSpApi, auth: dict[str, str]
) -> None:
    body = server.success_body("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails")
    body["payload"]["currentStatus"] = "TELEPORTED"
    body["payload"]["newField"] = 1
    assert server.success_body("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails")[
        "payload"
    ]["currentStatus"] == ("DELIVERED")
    server.respond_next("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails", 200, body)
    payload = track(http, auth).json()["payload"]
    assert (payload["currentStatus"], payload["newField"]) == ("TELEPORTED", 1)


GRANTLESS_TABLE: dict[str, dict[str, dict[str, object]]] = {
    "notifications_v1": {
        "get_destinations": {
            "operation_id": "getDestinations",
            "method": "GET",
            "path": "/notifications/v1/destinations",
            "rate": 1.0,
            "burst": 5,
            "grantless_scope": "sellingpartnerapi::notifications",
        },
        "get_subscription": {
            "operation_id": "getSubscription",
            "method": "GET",
            "path": "/notifications/v1/subscriptions/{notificationType}",
            "rate": 1.0,
            "burst": 5,
        },
    }
}


def test_grantless_operations_need_a_grantless_token_and_only_they_take_one() -> None:
    with FakeSpApi(operations=GRANTLESS_TABLE) as fake, httpx.Client() as http:
        seller = {"x-amz-access-token": get_token(http, fake)}
        form = refresh_form(
            grant_type="client_credentials", scope="sellingpartnerapi::notifications"
        )
        grantless = {
            "x-amz-access-token": http.post(fake.token_url, data=form).json()["access_token"]
        }
        destinations = fake.endpoint + "/notifications/v1/destinations"
        subscription = fake.endpoint + "/notifications/v1/subscriptions/ANY_OFFER_CHANGED"
        assert http.get(destinations, headers=grantless).status_code == 200
        assert http.get(subscription, headers=seller).status_code == 200
        for url, headers in ((destinations, seller), (subscription, grantless)):
            response = http.get(url, headers=headers)
            assert response.status_code == 403
            assert "not valid for this operation" in response.json()["errors"][0]["details"]


def test_operations_are_named_with_their_package_everywhere(server: FakeSpApi) -> None:
    # Bare operationIds are refused even where unique today: a model Amazon adds
    # tomorrow may share one, and a test's name must not turn ambiguous then.
    assert all(key.count(".") == 1 for key in server.operation_ids)
    assert TRACKING_KEY in server.operation_ids
    bare = "getPackageTrackingDetails"
    controls = [
        lambda: server.set_rate_limit(bare, 1.0, 1),
        lambda: server.rate_limit(bare),
        lambda: server.set_pages("listAllFulfillmentOrders", 2),
        lambda: server.fail_next(1, operation_id=bare),
        lambda: server.drop_next(1, operation_id=bare),
        lambda: server.respond_next(bare, 200, {}),
        lambda: server.delay_next(1, operation_id=bare),
        lambda: server.success_body(bare),
        lambda: FakeSpApi(rate_limits={bare: (1.0, 1)}),
        lambda: FakeSpApi(pages={"listAllFulfillmentOrders": 2}),
    ]
    for control in controls:
        with pytest.raises(ValueError, match=r"name the operation as '<package>\.<operationId>'"):
            control()
    with pytest.raises(ValueError, match=f"use '{TRACKING_KEY}'"):
        server.fail_next(1, operation_id=bare)
    with pytest.raises(ValueError, match=f"did you mean '{TRACKING_KEY}'"):
        server.fail_next(1, operation_id=TRACKING_KEY.replace("Details", "Detail"))


def test_update_package_two_packages_share_is_set_per_package(server: FakeSpApi) -> None:
    # Issue 18: the cassette test's set_rate_limit("updatePackage", ...) broke
    # when a second package with an updatePackage arrived.
    owners = [key for key in server.operation_ids if key.endswith(".updatePackage")]
    assert "fulfillment_outbound_v2026_07_04.updatePackage" in owners and len(owners) > 1
    server.set_rate_limit("fulfillment_outbound_v2026_07_04.updatePackage", 0.25, 1)
    assert server.rate_limit("fulfillment_outbound_v2026_07_04.updatePackage") == (0.25, 1)
    others = [server.rate_limit(key) for key in owners if "v2026_07_04" not in key]
    assert (0.25, 1) not in others


def test_an_operation_id_two_packages_share_is_named_with_its_package() -> None:
    table = {
        package: {
            "get_order": {
                "operation_id": "getOrder",
                "method": "GET",
                "path": f"/{package}/orders/{{orderId}}",
                "rate": 1.0,
                "burst": 1,
            }
        }
        for package in ("orders_v0", "fulfillment_outbound_v2026_07_04")
    }
    with FakeSpApi(operations=table) as fake, httpx.Client() as http:
        assert fake.operation_ids == (
            "fulfillment_outbound_v2026_07_04.getOrder",
            "orders_v0.getOrder",
        )
        with pytest.raises(ValueError, match=r"'fulfillment_outbound_v2026_07_04\.getOrder' or"):
            fake.fail_next(1, operation_id="getOrder")
        fake.fail_next(1, operation_id="orders_v0.getOrder")
        headers = {"x-amz-access-token": get_token(http, fake)}
        assert http.get(fake.endpoint + "/orders_v0/orders/1", headers=headers).status_code == 503
        other = http.get(
            fake.endpoint + "/fulfillment_outbound_v2026_07_04/orders/1", headers=headers
        )
        assert other.status_code == 200
        assert fake.stats.requests == {
            "orders_v0.getOrder": 1,
            "fulfillment_outbound_v2026_07_04.getOrder": 1,
        }


def test_fulfillment_outbound_bodies_are_realistic_not_synthesized(server: FakeSpApi) -> None:
    sources = {op.key: body_source(op) for op in server._router.operations}
    fo = {op.key for op in server._router.operations if op.path.startswith("/fba/outbound/")}
    broken = {key: src for key, src in sources.items() if "breaks the schema" in src and key in fo}
    assert broken == {}
    assert sources["fulfillment_outbound_v2020_07_01.getPackageTrackingDetails"] == "hand-written"
    assert (
        sources["fulfillment_outbound_v2020_07_01.getFeatureInventory"] == "example"
    )  # corrected in corrections.json
    assert (
        sources["fulfillment_outbound_v2020_07_01.createFulfillmentOrder"]
        == "synthesized: no example"
    )


def test_an_example_that_breaks_the_schema_is_replaced_by_a_valid_body(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with FakeSpApi() as fake:
        op = fake._operation("fulfillment_outbound_v2020_07_01.getFeatureInventory")
        _catalog._default_body.cache_clear()
        monkeypatch.setattr(_catalog, "_apply_corrections", lambda key, body: body)
        try:
            assert body_source(op).startswith("synthesized: the example breaks the schema")
            assert "nextToken must be of type string" in body_source(op)
            body = default_body(op)
            facts = model_facts(op.model or "", op.method, op.path)
            assert facts.response_schema is not None
            assert schema_problem(facts.response_schema, body, facts.definitions) is None
        finally:
            _catalog._default_body.cache_clear()


def test_delay_next_trips_a_client_timeout_then_answers_on_time(
    server: FakeSpApi, auth: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    server.delay_next(
        1, seconds=0.3, operation_id="fulfillment_outbound_v2020_07_01.getPackageTrackingDetails"
    )
    impatient = httpx.Client(base_url=server.endpoint, timeout=0.05)
    with impatient, pytest.raises(httpx.ReadTimeout):
        track(impatient, auth)
    with httpx.Client(base_url=server.endpoint, timeout=5) as patient:
        assert track(patient, auth).status_code == 200
    with pytest.raises(ValueError, match="SP-API operations only"):
        server.delay_next(1, operation_id=LWA_TOKEN)
    # The late answer goes to a socket the client closed: quietly.
    finished = threading.Event()
    for _ in range(500):
        if server.in_flight == 0:
            finished.set()
            break
        finished.wait(0.01)
    assert finished.is_set()
    assert server.stats.statuses == {200: 3}  # token, late answer, patient answer
    assert "Traceback" not in capsys.readouterr().err

"""The Prism contract check can fail: a request that breaks the model is flagged."""

from __future__ import annotations

import json

import httpx
from _prism import PrismServer


def _violations(response: httpx.Response) -> list[dict[str, object]]:
    raw = response.headers.get("sl-violations")
    return [] if raw is None else list(json.loads(raw))


def test_prism_flags_a_missing_required_query_parameter(
    prism_servers: dict[str, PrismServer],
) -> None:
    server = prism_servers["fulfillment_outbound_v2020_07_01"]
    response = httpx.get(f"{server.url}/fba/outbound/2020-07-01/features", timeout=30)
    messages = [str(v["message"]) for v in _violations(response)]
    assert any("marketplaceid" in m.lower() for m in messages), messages


def test_prism_flags_a_value_outside_the_enum_and_an_overlong_header(
    prism_servers: dict[str, PrismServer],
) -> None:
    server = prism_servers["fulfillment_outbound_v2026_07_04"]
    response = httpx.get(
        f"{server.url}/fulfillment/outbound/2026-07-04/orders",
        params={"updatedAfter": "2026-11-01T00:00:00Z", "shipments": "SOMETIMES"},
        headers={"x-amzn-fulfillment-service-id": "F" * 41},
        timeout=30,
    )
    locations = sorted(str(v["location"]) for v in _violations(response))
    assert locations == [
        "['request', 'header', 'x-amzn-fulfillment-service-id']",
        "['request', 'query', 'shipments']",
    ]


def test_prism_accepts_a_request_that_follows_the_model(
    prism_servers: dict[str, PrismServer],
) -> None:
    server = prism_servers["fulfillment_outbound_v2020_07_01"]
    response = httpx.get(
        f"{server.url}/fba/outbound/2020-07-01/features",
        params={"marketplaceId": "ATVPDKIKX0DER"},
        timeout=30,
    )
    assert _violations(response) == []
    assert response.status_code == 200

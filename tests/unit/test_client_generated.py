"""SellingPartner over the real generated table and Fulfillment Outbound 2020-07-01 package."""

from __future__ import annotations

import json

import httpx
import pytest
from runtime_fakes import CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, TOKEN_URL, token_response
from selling_partner import AsyncSellingPartner, NotFoundError, ResponseParseError, SellingPartner

PACKAGE = "fulfillment_outbound_v2020_07_01"
TRACKING = {
    "payload": {
        "packageNumber": 1,
        "trackingNumber": "TRK-1",
        "currentStatus": "IN_TRANSIT",
        "trackingEvents": [],
    }
}


def handler(body: object, status: int = 200) -> httpx.MockTransport:
    def answer(request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            return token_response()
        assert request.url.path == "/fba/outbound/2020-07-01/tracking"
        assert request.url.params["packageNumber"] == "1"
        return httpx.Response(status, content=json.dumps(body).encode())

    return httpx.MockTransport(answer)


def make(transport: httpx.MockTransport) -> SellingPartner:
    return SellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        marketplace="ATVPDKIKX0DER",
        transport=transport,
        env={},
    )


def test_issue_example_against_the_generated_package() -> None:
    with make(handler(TRACKING)) as sp:
        t = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
        assert t.payload.current_status.value == "IN_TRANSIT"
        assert PACKAGE in dir(sp)
        assert "get_package_tracking_details" in dir(sp.fulfillment_outbound_v2020_07_01)


def test_generated_function_with_client_for() -> None:
    from selling_partner_generated.fulfillment_outbound_v2020_07_01.api.fba_outbound import (
        get_package_tracking_details,
    )

    with make(handler(TRACKING)) as sp:
        t = get_package_tracking_details.sync(client=sp.client_for(PACKAGE), package_number=1)
    assert t is not None and t.payload.tracking_number == "TRK-1"


def test_documented_404_raises_instead_of_returning_the_error_model() -> None:
    body = {"errors": [{"code": "NotFound", "message": "no such package"}]}
    with make(handler(body, 404)) as sp, pytest.raises(NotFoundError) as info:
        sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert info.value.operation == "getPackageTrackingDetails"


def test_missing_required_field_is_a_parse_error_in_strict_mode() -> None:
    with (
        make(handler({"payload": {"trackingNumber": "x"}})) as sp,
        pytest.raises(ResponseParseError, match="packageNumber"),
    ):
        sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details._call(
            package_number=1, strict=True
        )


def test_missing_required_field_is_a_deviation_by_default() -> None:
    with make(handler({"payload": {"trackingNumber": "x"}})) as sp:
        r = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details.detailed(
            package_number=1
        )
    assert r.parsed.payload.tracking_number == "x"
    assert "$.payload.packageNumber: missing (expected integer)" in [str(d) for d in r.deviations]


async def test_async_against_the_generated_package() -> None:
    async with AsyncSellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        region="na",
        transport=handler(TRACKING),
        env={},
    ) as sp:
        api = sp.fulfillment_outbound_v2020_07_01
        full = await api.get_package_tracking_details.detailed(package_number=1)
    assert full.status_code == 200
    assert full.operation == "getPackageTrackingDetails"
    assert full.parsed.payload.package_number == 1

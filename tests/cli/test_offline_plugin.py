"""The pytest plugin's fixtures and OfflineSpApi, as the README shows them."""

from __future__ import annotations

import pytest
from selling_partner import RetryPolicy, SellingPartner, ThrottledError
from selling_partner.testing import OfflineSpApi

FO = "fulfillment_outbound_v2020_07_01"


def test_the_readme_example(offline_sp: SellingPartner, offline_spapi: OfflineSpApi) -> None:
    offline_spapi.fail_next(1, status=503)  # the client retries it
    t = offline_sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert t.payload.current_status == "DELIVERED"
    assert offline_spapi.calls("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails") == 2
    assert offline_spapi.stats.statuses[503] == 1


def test_each_test_gets_a_fresh_server(offline_spapi: OfflineSpApi) -> None:
    assert offline_spapi.stats.total_requests == 0
    assert repr(offline_spapi).startswith("OfflineSpApi(http://127.0.0.1:")


def test_strict_buckets_with_amazons_headers(offline_spapi: OfflineSpApi) -> None:
    offline_spapi.set_rate_limit(
        "fulfillment_outbound_v2020_07_01.getPackageTrackingDetails", 0.001, 1
    )
    with offline_spapi.client() as sp:
        call = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details
        first = call.detailed(package_number=1)
        assert first.rate_limit == 0.001
        assert first.request_id

    with (
        offline_spapi.client(rate_limiting=False, retry=RetryPolicy(max_attempts=1)) as sp,
        pytest.raises(ThrottledError) as caught,
    ):
        sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert caught.value.errors[0].code == "QuotaExceeded"


async def test_async_client(offline_spapi: OfflineSpApi) -> None:
    async with offline_spapi.async_client() as sp:
        t = await sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
    assert t.payload.current_status == "DELIVERED"


def test_context_manager_and_settings() -> None:
    with OfflineSpApi(
        rate_limits={"fulfillment_outbound_v2020_07_01.getPackageTrackingDetails": (0.5, 2)}
    ) as spapi:
        settings = spapi.settings()
        assert settings["endpoint"] == spapi.endpoint
        assert settings["token_url"] == spapi.endpoint + "/auth/o2/token"
        with SellingPartner(**settings) as sp:
            sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)
        assert spapi.rate_limit("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails") == (
            0.5,
            2,
        )


def test_report_lifecycle_through_the_fixture(
    offline_sp: SellingPartner, offline_spapi: OfflineSpApi
) -> None:
    from selling_partner import WaitPolicy

    offline_spapi.jobs.plan_report("GET_MERCHANT_LISTINGS_ALL_DATA", content=b"sku\tqty\nA\t1\n")
    rows = list(
        offline_sp.reports.rows(
            "GET_MERCHANT_LISTINGS_ALL_DATA",
            marketplace_ids=["ATVPDKIKX0DER"],
            wait=WaitPolicy(first=0.01),
        )
    )
    assert rows == [{"sku": "A", "qty": "1"}]

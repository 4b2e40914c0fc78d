"""Report, feed and Data Kiosk jobs through the whole stack, replayed from cassettes.

Recorded against the local fake SP-API (``./dev record -k test_jobs``): the
report and feed lifecycles, the presigned S3 legs (gzip, a Windows-1252
document) and the Data Kiosk pages are all in the cassettes, scrubbed.
"""

from __future__ import annotations

import json

import pytest
from fake_spapi import FakeSpApi
from selling_partner import AsyncSellingPartner, JobFailedError, SellingPartner

pytestmark = pytest.mark.vcr

US = "ATVPDKIKX0DER"
LISTINGS = "GET_MERCHANT_LISTINGS_ALL_DATA"
REPORT = "seller-sku\tprice\titem-name\nSKU-1\t9.99\tCafé crème\nSKU-2\t5.00\tThé\n"


@pytest.mark.fake_only
def test_report_fetch_create_wait_download_decode(
    sp: SellingPartner, fake: FakeSpApi | None
) -> None:
    if fake is not None:
        fake.jobs.plan_report(
            LISTINGS,
            statuses=["IN_QUEUE", "IN_PROGRESS", "DONE"],
            content=REPORT.encode("cp1252"),
            content_type="text/plain;charset=Cp1252",
        )
    with sp.reports.fetch(LISTINGS, marketplace_ids=[US]) as report:
        rows = list(report.rows())
    assert rows == [
        {"seller-sku": "SKU-1", "price": "9.99", "item-name": "Café crème"},
        {"seller-sku": "SKU-2", "price": "5.00", "item-name": "Thé"},
    ]


@pytest.mark.fake_only
def test_report_fatal_carries_the_error_document(
    sp: SellingPartner, fake: FakeSpApi | None
) -> None:
    if fake is not None:
        fake.jobs.plan_report(
            LISTINGS,
            statuses=["IN_PROGRESS", "FATAL"],
            error_document=b'{"errorDetails": "Report generation failed: try again later."}',
        )
    with pytest.raises(JobFailedError, match="try again later"):
        sp.reports.fetch(LISTINGS, marketplace_ids=[US], reuse=None)


@pytest.mark.fake_only
async def test_feed_submit_and_data_kiosk_async(
    asp: AsyncSellingPartner, fake: FakeSpApi | None
) -> None:
    if fake is not None:
        fake.jobs.plan_queries(pages=[b'{"asin": "B0001"}\n', b'{"asin": "B0002"}\n'])
    feed = {
        "header": {"sellerId": "A3FAKESELLER", "version": "2.0"},
        "messages": [{"messageId": 1, "sku": "SKU-1", "operationType": "DELETE"}],
    }
    result = await asp.feeds.submit(
        "JSON_LISTINGS_FEED",
        json.dumps(feed),
        content_type="application/json; charset=UTF-8",
        marketplace_ids=[US],
    )
    assert result.summary is not None and result.summary["messagesAccepted"] == 1
    records = [r async for r in asp.data_kiosk.rows("query { x }")]
    assert records == [{"asin": "B0001"}, {"asin": "B0002"}]

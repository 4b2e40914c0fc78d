"""Feed and Data Kiosk jobs end to end against the local fake SP-API, sync and async."""

from __future__ import annotations

import json
import logging
from typing import Any

import pytest
from fake_spapi import FakeSpApi
from selling_partner import (
    ConfigurationError,
    FeedResult,
    JobCancelledError,
    JobFailedError,
    Progress,
    QueryResult,
)
from test_jobs_reports import MODES, US, Clock, client_kwargs, run

FEED = {
    "header": {"sellerId": "A3FAKESELLER", "version": "2.0", "issueLocale": "en_US"},
    "messages": [
        {
            "messageId": 1,
            "sku": "SKU-1",
            "operationType": "PATCH",
            "productType": "PRODUCT",
            "patches": [{"op": "replace", "path": "/attributes/x", "value": [{"value": 1}]}],
            "attributes": {"x": [{"value": 1}]},
        },
        {"messageId": 2, "sku": "SKU-2", "operationType": "UPDATE", "productType": "PRODUCT"},
        {"messageId": 3, "sku": "SKU-3", "operationType": "DELETE"},
    ],
}
JSON_TYPE = "application/json; charset=UTF-8"
QUERY = "query { analytics_salesAndTraffic_2024_04_24 { salesAndTrafficByAsin { childAsin } } }"


def submit(mode: str, server: FakeSpApi, clock: Clock, *args: Any, **kwargs: Any) -> FeedResult:
    if mode == "sync":
        return run(mode, server, clock, lambda sp: sp.feeds.submit(*args, **kwargs))  # type: ignore[no-any-return]

    async def job(sp: Any) -> Any:
        return await sp.feeds.submit(*args, **kwargs)

    return run(mode, server, clock, job)  # type: ignore[no-any-return]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Any:
    with FakeSpApi(clock=clock) as fake:
        fake.jobs._wall_clock = clock.wall_clock
        yield fake


# -- feeds -------------------------------------------------------------------------


@MODES
def test_submit_uploads_creates_waits_and_reads_the_processing_report(
    mode: str, server: FakeSpApi, clock: Clock
) -> None:
    seen: list[Progress] = []
    result = submit(
        mode,
        server,
        clock,
        "JSON_LISTINGS_FEED",
        json.dumps(FEED),
        content_type=JSON_TYPE,
        progress=seen.append,
    )
    assert result.processing_status == "DONE"
    # The fake's processing report counts what reached S3: the upload arrived whole.
    assert server.jobs.uploads[result.feed_document_id] == json.dumps(FEED).encode()
    assert result.summary == {
        "errors": 1,
        "warnings": 0,
        "messagesProcessed": 3,
        "messagesAccepted": 2,
        "messagesInvalid": 1,
    }
    assert [(i["messageId"], i["severity"]) for i in result.issues] == [(2, "ERROR")]
    assert [p.state for p in seen] == ["uploaded", "created", "IN_QUEUE", "IN_PROGRESS", "DONE"]
    assert clock.slept == [2.0, 3.0]
    assert (
        server.stats.requests["feeds_v2021_06_30.createFeed"] == 1
        and server.stats.requests["feeds_v2021_06_30.getFeed"] == 3
    )


@MODES
def test_fatal_feed_raises_with_its_processing_report(
    mode: str, server: FakeSpApi, clock: Clock
) -> None:
    server.jobs.plan_feed(
        "POST_FLAT_FILE_INVLOADER_DATA",
        statuses=["IN_PROGRESS", "FATAL"],
        result=b"Feed Processing Summary:\n\tNumber of records processed\t0\nError: bad header\n",
        content_type="text/plain; charset=UTF-8",
    )
    with pytest.raises(JobFailedError, match="bad header") as caught:
        submit(
            mode,
            server,
            clock,
            "POST_FLAT_FILE_INVLOADER_DATA",
            b"sku\tquantity\n",
            content_type="text/tab-separated-values; charset=UTF-8",
        )
    assert caught.value.job == "feed" and caught.value.processing_status == "FATAL"


def test_cancelled_feed_raises(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_feed("JSON_LISTINGS_FEED", statuses=["IN_QUEUE", "CANCELLED"])
    with pytest.raises(JobCancelledError):
        submit("sync", server, clock, "JSON_LISTINGS_FEED", b"{}", content_type=JSON_TYPE)


def test_an_xml_processing_report_is_text(server: FakeSpApi, clock: Clock) -> None:
    xml = b"<?xml version='1.0'?><AmazonEnvelope><Message/></AmazonEnvelope>"
    server.jobs.plan_feed("POST_PRODUCT_DATA", result=xml, gzip=True)
    result = submit("sync", server, clock, "POST_PRODUCT_DATA", b"<x/>", content_type="text/xml")
    assert result.report == xml.decode() and result.summary is None and result.issues == []
    with pytest.raises(ConfigurationError, match="not JSON"):
        result.json()


def test_upload_refused_by_s3_and_s3_faults(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.s3_fail_next(2, 503)  # the PUT is retried
    result = submit("sync", server, clock, "JSON_LISTINGS_FEED", b"{}", content_type=JSON_TYPE)
    assert result.processing_status == "DONE"
    puts = [m for m, _, _ in server.jobs.s3_requests if m == "PUT"]
    assert len(puts) == 3


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        (("json listings", b"{}"), {"content_type": JSON_TYPE}, "feed_type"),
        (("JSON_LISTINGS_FEED", b"{}"), {"content_type": "json"}, "content_type"),
        (
            ("JSON_LISTINGS_FEED", b"{}"),
            {"content_type": JSON_TYPE, "marketplace_ids": []},
            "marketplace",
        ),
        (
            ("JSON_LISTINGS_FEED", b"{}"),
            {"content_type": JSON_TYPE, "options": {"a": 1}},
            "options",
        ),
        (("JSON_LISTINGS_FEED", 42), {"content_type": JSON_TYPE}, "content must be"),
    ],
)
def test_bad_feed_arguments_send_nothing(
    server: FakeSpApi, clock: Clock, args: tuple[Any, ...], kwargs: dict[str, Any], match: str
) -> None:
    with pytest.raises(ConfigurationError, match=match):
        submit("sync", server, clock, *args, **kwargs)
    assert server.stats.total_requests == 0


# -- Data Kiosk --------------------------------------------------------------------


PAGE_1 = b'{"childAsin": "B0001", "units": 3}\n{"childAsin": "B0002", "units": 1}\n'
PAGE_2 = b'{"childAsin": "B0003", "units": 7}\n'


@MODES
def test_run_follows_every_page_and_yields_json_lines(
    mode: str, server: FakeSpApi, clock: Clock
) -> None:
    server.jobs.plan_queries(pages=[PAGE_1, b"", PAGE_2])

    def job(sp: Any) -> Any:
        if mode == "sync":
            with sp.data_kiosk.run(QUERY) as result:
                return result.query_ids, list(result.rows())

        async def go() -> Any:
            with await sp.data_kiosk.run(QUERY) as result:
                return result.query_ids, [r async for r in result.arows()]

        return go()

    ids, rows = run(mode, server, clock, job)
    assert len(ids) == 3  # one query per page, each with the previous nextToken
    assert [r["childAsin"] for r in rows] == ["B0001", "B0002", "B0003"]
    tokens = [job.facts["_page"] for job in server.jobs.queries.values()]
    assert tokens == [0, 1, 2]


def test_data_kiosk_rows_is_one_call(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_queries(pages=[PAGE_1])
    rows = run("sync", server, clock, lambda sp: list(sp.data_kiosk.rows(QUERY)))
    assert len(rows) == 2


def test_async_data_kiosk_rows(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_queries(pages=[PAGE_1, PAGE_2])

    async def job(sp: Any) -> Any:
        return [r async for r in sp.data_kiosk.rows(QUERY)]

    assert len(run("async", server, clock, job)) == 3


@MODES
def test_fatal_query_raises_with_amazons_errors(mode: str, server: FakeSpApi, clock: Clock) -> None:
    errors = b'{"errorMessage": "Syntax error at line 1: unexpected \'}\'"}'
    server.jobs.plan_queries(statuses=["IN_PROGRESS", "FATAL"], error_document=errors)

    def job(sp: Any) -> Any:
        return sp.data_kiosk.run(QUERY)

    with pytest.raises(JobFailedError, match="Syntax error") as caught:
        run(mode, server, clock, job)
    assert caught.value.job == "query" and caught.value.document is not None


def test_cancelled_query_and_bad_query(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_queries(statuses=["CANCELLED"])
    with pytest.raises(JobCancelledError):
        run("sync", server, clock, lambda sp: sp.data_kiosk.run(QUERY))
    with pytest.raises(ConfigurationError, match="GraphQL"):
        run("sync", server, clock, lambda sp: sp.data_kiosk.run("  "))


def test_a_bad_json_line_names_its_line_not_its_content(server: FakeSpApi, clock: Clock) -> None:
    from selling_partner import DocumentError

    server.jobs.plan_queries(pages=[b'{"a": 1}\n{"buyer": "secret-value\n'])
    with pytest.raises(DocumentError, match="line 2") as caught:
        run("sync", server, clock, lambda sp: list(sp.data_kiosk.rows(QUERY)))
    assert "secret-value" not in str(caught.value)


def test_query_result_repr(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_queries(pages=[PAGE_1])
    result: QueryResult = run("sync", server, clock, lambda sp: sp.data_kiosk.run(QUERY))
    with result:
        assert repr(result).startswith("QueryResult(query_ids=(")


# -- secrets -----------------------------------------------------------------------


def test_no_presigned_signature_in_logs_errors_or_reprs(
    server: FakeSpApi, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    server.jobs.plan_report("GET_MERCHANT_LISTINGS_ALL_DATA", content=b"a\n1\n", statuses=["DONE"])
    signatures: list[str] = []
    original = server.jobs._presign

    def presign(base: str, key: str) -> str:
        url = original(base, key)
        signatures.append(url.rsplit("X-Amz-Signature=", 1)[1])
        return url

    server.jobs._presign = presign  # type: ignore[method-assign]
    server.jobs.url_ttl = 0.0  # every URL expired: the job fails after a fresh one
    texts: list[str] = []

    def job(sp: Any) -> Any:
        try:
            sp.reports.fetch("GET_MERCHANT_LISTINGS_ALL_DATA")
        except Exception as exc:
            texts.extend([str(exc), repr(exc)])
        server.jobs.url_ttl = 300.0
        with sp.reports.fetch("GET_MERCHANT_LISTINGS_ALL_DATA", reuse=None) as result:
            texts.extend([repr(result), repr(result.documents)])

    run("sync", server, clock, job, **{})
    assert len(signatures) >= 3 and texts
    blob = "\n".join(texts + [r.getMessage() for r in caplog.records])
    for signature in signatures:
        assert signature not in blob
    assert "expired" in texts[0]


def test_clients_offer_the_jobs(server: FakeSpApi, clock: Clock) -> None:
    from selling_partner import AsyncSellingPartner, SellingPartner

    with SellingPartner(**client_kwargs(server, clock)) as sp:
        assert type(sp.reports).__name__ == "Reports" and "reports" in dir(sp)
        assert type(sp.feeds).__name__ == "Feeds" and type(sp.data_kiosk).__name__ == "DataKiosk"
    a = AsyncSellingPartner(**client_kwargs(server, clock))
    assert type(a.reports).__name__ == "AsyncReports" and type(a.feeds).__name__ == "AsyncFeeds"
    assert US in repr(a.data_kiosk) or "AsyncDataKiosk" in repr(a.data_kiosk)

"""Report jobs end to end against the local fake SP-API (real HTTP, fake time), sync and async.

Server and client share one fake clock whose ``sleep`` only advances it: the
waits between status checks, the rate limiter's pacing and the presigned URLs'
expiry all run on it, so nothing sleeps.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import gzip
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import (
    AsyncSellingPartner,
    ConfigurationError,
    DocumentError,
    JobCancelledError,
    JobFailedError,
    JobTimeoutError,
    Progress,
    ReportResult,
    SellingPartner,
    WaitPolicy,
)
from selling_partner._reports import ReportRequest, report_type_facts, split_windows

US = "ATVPDKIKX0DER"
JP = "A1VC38T7YXB528"
LISTINGS = "GET_MERCHANT_LISTINGS_ALL_DATA"
ORDERS = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL"
SHIPPING = "GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING"
UTC = dt.UTC
WALL = dt.datetime(2026, 11, 28, 12, 0, tzinfo=UTC).timestamp()


@dataclass
class Clock:
    now: float = 10_000.0
    wall: float = WALL
    slept: list[float] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def wall_clock(self) -> float:
        return self.wall + (self.now - 10_000.0)

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> Iterator[FakeSpApi]:
    with FakeSpApi(clock=clock) as fake:
        fake.jobs._wall_clock = clock.wall_clock
        yield fake


def client_kwargs(server: FakeSpApi, clock: Clock, **extra: Any) -> dict[str, Any]:
    return {
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": FAKE_REFRESH_TOKEN,
        "endpoint": server.endpoint,
        "token_url": server.token_url,
        "marketplace": US,
        "env": {},
        "clock": clock,
        "wall_clock": clock.wall_clock,
        "rng": lambda: 0.5,
        **extra,
    }


def run(
    mode: str,
    server: FakeSpApi,
    clock: Clock,
    job: Callable[[Any], Any],
    **extra: Any,
) -> Any:
    """Run ``job(sp)`` (``job(sp)`` returns an awaitable with the async client)."""
    if mode == "sync":
        with SellingPartner(**client_kwargs(server, clock, sleep=clock.sleep, **extra)) as sp:
            return job(sp)

    async def go() -> Any:
        async with AsyncSellingPartner(
            **client_kwargs(server, clock, sleep=clock.asleep, **extra)
        ) as sp:
            return await job(sp)

    return asyncio.run(go())


def fetch(mode: str, server: FakeSpApi, clock: Clock, *args: Any, **kwargs: Any) -> Any:
    """Fetch a report and read it all (rows, or the error raised)."""
    decode = kwargs.pop("decode", {})

    def read(result: ReportResult) -> tuple[ReportResult, list[dict[str, str]]]:
        with result:
            return result, list(result.rows(**decode))

    if mode == "sync":
        return run(mode, server, clock, lambda sp: read(sp.reports.fetch(*args, **kwargs)))

    async def ajob(sp: Any) -> Any:
        return read(await sp.reports.fetch(*args, **kwargs))

    return run(mode, server, clock, ajob)


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
LISTING = b"seller-sku\tprice\tquantity\n" + b"".join(
    b"SKU-%04d\t%d.99\t%d\n" % (n, n, n % 7) for n in range(500)
)


# -- the happy path ------------------------------------------------------------------


@MODES
def test_fetch_creates_waits_with_growing_pauses_downloads_and_decodes(
    mode: str, server: FakeSpApi, clock: Clock
) -> None:
    server.jobs.plan_report(
        LISTINGS, statuses=["IN_QUEUE", "IN_QUEUE", "IN_PROGRESS", "DONE"], content=LISTING
    )
    seen: list[Progress] = []
    result, rows = fetch(mode, server, clock, LISTINGS, progress=seen.append)
    assert len(rows) == 500
    assert rows[3] == {"seller-sku": "SKU-0003", "price": "3.99", "quantity": "3"}
    assert result.report_type == LISTINGS and len(result.report_ids) == 1
    assert result.documents[0].compressed  # served gzipped, gunzipped on the way
    # Checked at once, then after 2, 3, 4.5 s (WaitPolicy: first 2 s, x1.5).
    assert clock.slept == [2.0, 3.0, 4.5]
    states = [p.state for p in seen]
    assert states == ["created", "IN_QUEUE", "IN_PROGRESS", "DONE", "downloading", "downloaded"]
    assert seen[-1].bytes == len(LISTING)
    requests = server.stats.requests
    assert requests["reports_v2021_06_30.getReports"] == 1  # looked for a report to reuse first
    assert (
        requests["reports_v2021_06_30.createReport"] == 1
        and requests["reports_v2021_06_30.getReport"] == 4
    )
    assert requests["reports_v2021_06_30.getReportDocument"] == 1
    assert server.jobs.refused_without_rdt == 0 and server.jobs.rdt_documents == []


def test_waits_never_go_below_get_reports_plan(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(LISTINGS, statuses=["IN_QUEUE"] * 4 + ["DONE"])
    wait = WaitPolicy(first=0.01, factor=1.0)
    fetch("sync", server, clock, LISTINGS, wait=wait)
    # getReport's plan is 2 requests/s: never check faster than every 0.5 s.
    assert clock.slept == [0.5] * 4


@MODES
def test_plain_json_report_and_its_json(mode: str, server: FakeSpApi, clock: Clock) -> None:
    document = {"reportSpecification": {"reportType": "GET_SALES_AND_TRAFFIC_REPORT"}, "n": 1}
    server.jobs.plan_report(
        "GET_SALES_AND_TRAFFIC_REPORT", content=json.dumps(document).encode(), gzip=False
    )

    def job(sp: Any) -> Any:
        result = sp.reports.fetch("GET_SALES_AND_TRAFFIC_REPORT")
        if mode == "sync":
            with result:
                return result.format, result.json()

        async def later() -> Any:
            with await result as done:
                return done.format, done.json()

        return later()

    fmt, parsed = run(mode, server, clock, job)
    assert fmt == "json" and parsed == document


def test_rows_of_a_json_report_say_what_to_use(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report("GET_SALES_AND_TRAFFIC_REPORT", content=b'{"a": 1}')
    with pytest.raises(ConfigurationError, match="use json"):
        fetch("sync", server, clock, "GET_SALES_AND_TRAFFIC_REPORT")


def test_sp_reports_rows_is_one_call(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(LISTINGS, content=LISTING)
    rows = run("sync", server, clock, lambda sp: list(sp.reports.rows(LISTINGS)))
    assert len(rows) == 500


def test_async_rows_is_one_call(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(LISTINGS, content=LISTING)

    async def job(sp: Any) -> list[Any]:
        return [row async for row in sp.reports.rows(LISTINGS)]

    assert len(run("async", server, clock, job)) == 500


# -- charsets ----------------------------------------------------------------------


CHARSET_CASES = [
    # (S3 Content-Type, title, codec the fake stores it in, marketplace): Amazon's shapes
    ("text/plain;charset=Cp1252", "Café crème \u2013 5€", "cp1252", US),
    ("text/plain;charset=Windows-31J", "日本語の商品", "cp932", JP),
    ("text/plain;charset=Shift_JIS", "カタカナ", "shift_jis", JP),
    ("text/plain", "Ümlaut", "utf-8-sig", US),  # UTF-8 byte order mark
    ("text/plain", "Ümlaut", "utf-16", US),  # UTF-16 byte order mark
    ("text/plain", "Café", "cp1252", US),  # no charset, not UTF-8: cp1252
    ("text/plain", "日本語", "cp932", JP),  # no charset, not UTF-8, Japan: cp932
    ("text/plain", "naïve", "utf-8", US),  # no charset, valid UTF-8
]


@pytest.mark.parametrize(("content_type", "title", "codec", "marketplace"), CHARSET_CASES)
def test_charsets(
    server: FakeSpApi, clock: Clock, content_type: str, title: str, codec: str, marketplace: str
) -> None:
    stored = f"sku\ttitle\nA\t{title}\n".encode(codec)
    server.jobs.plan_report(LISTINGS, content=stored, content_type=content_type)
    _, rows = fetch("sync", server, clock, LISTINGS, marketplace_ids=[marketplace])
    assert rows == [{"sku": "A", "title": title}]


def test_undecodable_report_says_what_to_pass(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(
        LISTINGS, content=b"sku\ttitle\nA\t\xff\xfe\xfa\n", content_type="text/plain; charset=UTF-8"
    )
    with pytest.raises(DocumentError, match="pass encoding="):
        fetch("sync", server, clock, LISTINGS)
    _, rows = fetch("sync", server, clock, LISTINGS, decode={"errors": "replace"})
    assert rows[0]["title"].count("\ufffd") == 3


def test_tsv_quotes_are_data_and_csv_is_parsed_as_csv(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(LISTINGS, content=b'sku\ttitle\nA\t12" "pizza\nB\tplain\n')
    _, rows = fetch("sync", server, clock, LISTINGS)
    assert [r["title"] for r in rows] == ['12" "pizza', "plain"]
    server.jobs.plan_report("GET_VAT_TRANSACTION_DATA", content=b'a,b\n"x, y",2\n')
    _, rows = fetch("sync", server, clock, "GET_VAT_TRANSACTION_DATA")
    assert rows == [{"a": "x, y", "b": "2"}]


def test_ragged_rows_are_kept(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(LISTINGS, content=b"a\tb\tc\n1\t2\n1\t2\t3\t4\n\n")
    _, rows = fetch("sync", server, clock, LISTINGS)
    assert rows == [{"a": "1", "b": "2", "c": ""}, {"a": "1", "b": "2", "c": "3", "column_4": "4"}]


# -- restricted report types -------------------------------------------------------


@MODES
def test_restricted_report_type_gets_an_rdt_automatically(
    mode: str, server: FakeSpApi, clock: Clock
) -> None:
    assert report_type_facts(SHIPPING).restricted
    server.jobs.plan_report(
        SHIPPING, content=b"order-id\tbuyer-name\n1\tJane Doe\n", restricted=True
    )
    _, rows = fetch(mode, server, clock, SHIPPING)
    assert rows == [{"order-id": "1", "buyer-name": "Jane Doe"}]
    assert server.stats.requests["tokens_v2021_03_01.createRestrictedDataToken"] == 1
    assert len(server.jobs.rdt_documents) == 1 and server.jobs.refused_without_rdt == 0


def test_restricted_false_is_refused_by_amazon(server: FakeSpApi, clock: Clock) -> None:
    from selling_partner import AuthError

    server.jobs.plan_report(SHIPPING, content=b"a\n1\n", restricted=True)
    with pytest.raises(AuthError):
        fetch("sync", server, clock, SHIPPING, restricted=False)
    assert server.jobs.refused_without_rdt == 1


# -- ranges split into windows, reuse ----------------------------------------------


def window_content(body: Any) -> bytes:
    start = body["dataStartTime"][:10]
    return f"order-id\tpurchase-date\n{start}-1\t{start}\n{start}-2\t{start}\n".encode()


@MODES
def test_a_range_longer_than_the_type_allows_is_split_and_joined(
    mode: str, server: FakeSpApi, clock: Clock
) -> None:
    assert report_type_facts(ORDERS).max_days == 30
    server.jobs.plan_report(ORDERS, content=window_content)
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    end = dt.datetime(2026, 3, 31, 23, 59, 59, tzinfo=UTC)
    result, rows = fetch(mode, server, clock, ORDERS, start=start, end=end)
    assert (
        len(result.report_ids) == 3
        and server.stats.requests["reports_v2021_06_30.createReport"] == 3
    )
    assert [r["purchase-date"] for r in rows[::2]] == ["2026-01-01", "2026-01-31", "2026-03-02"]
    sent = [
        (dt.datetime.fromisoformat(r["dataStartTime"]), dt.datetime.fromisoformat(r["dataEndTime"]))
        for r in (job.facts["_request"] for job in server.jobs.reports.values())
    ]
    assert sent == [
        (start, dt.datetime(2026, 1, 30, 23, 59, 59, tzinfo=UTC)),
        (dt.datetime(2026, 1, 31, tzinfo=UTC), dt.datetime(2026, 3, 1, 23, 59, 59, tzinfo=UTC)),
        (dt.datetime(2026, 3, 2, tzinfo=UTC), end),
    ]
    assert len(rows) == 6


def test_split_windows_pure() -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    now = dt.datetime(2026, 2, 15, tzinfo=UTC)
    assert split_windows(start, None, None, now) == [(start, None)]
    assert split_windows(start, start + dt.timedelta(days=30), 30, now) == [
        (start, start + dt.timedelta(days=30))
    ]
    windows = split_windows(start, None, 30, now)  # an open end is now
    assert windows == [
        (start, dt.datetime(2026, 1, 30, 23, 59, 59, tzinfo=UTC)),
        (dt.datetime(2026, 1, 31, tzinfo=UTC), now),
    ]
    assert split_windows(None, now, 30, now) == [(None, now)]


def test_a_report_amazon_already_has_is_reused(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(ORDERS, content=window_content)
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    end = dt.datetime(2026, 2, 28, tzinfo=UTC)
    first, rows = fetch("sync", server, clock, ORDERS, start=start, end=end)
    assert first.reused == ()
    again, rows_again = fetch("sync", server, clock, ORDERS, start=start, end=end)
    assert again.reused == first.report_ids and rows_again == rows
    assert (
        server.stats.requests["reports_v2021_06_30.createReport"] == 2
    )  # the second fetch created none
    # Options are not shown by getReports: with options, always a new report.
    fetch("sync", server, clock, ORDERS, start=start, end=end, options={"x": "y"})
    assert server.stats.requests["reports_v2021_06_30.createReport"] == 4
    fetch("sync", server, clock, ORDERS, start=start, end=end, reuse=None)
    assert server.stats.requests["reports_v2021_06_30.createReport"] == 6


# -- FATAL, CANCELLED, timeouts ----------------------------------------------------


ERROR_DOCUMENT = b'{"errorDetails": "The report could not be generated: invalid date range."}'


@MODES
def test_fatal_raises_with_the_error_documents_content(
    mode: str, server: FakeSpApi, clock: Clock
) -> None:
    server.jobs.plan_report(
        LISTINGS, statuses=["IN_PROGRESS", "FATAL"], error_document=ERROR_DOCUMENT
    )
    with pytest.raises(JobFailedError) as caught:
        fetch(mode, server, clock, LISTINGS)
    error = caught.value
    assert error.processing_status == "FATAL" and error.job == "report"
    assert error.document is not None and "invalid date range" in error.document
    assert "invalid date range" in str(error) and error.job_id in str(error)
    assert error.operation == "getReport"


def test_cancelled_raises_or_counts_as_empty(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(LISTINGS, statuses=["IN_QUEUE", "CANCELLED"])
    with pytest.raises(JobCancelledError, match="no data"):
        fetch("sync", server, clock, LISTINGS)
    result, rows = fetch("sync", server, clock, LISTINGS, on_cancelled="skip", reuse=None)
    assert rows == [] and result.skipped == result.report_ids


def test_one_fatal_window_fails_before_any_download(server: FakeSpApi, clock: Clock) -> None:
    calls = {"n": 0}

    def content(body: Any) -> bytes:
        calls["n"] += 1
        return window_content(body)

    server.jobs.plan_report(ORDERS, content=content)
    start = dt.datetime(2026, 1, 1, tzinfo=UTC)
    end = dt.datetime(2026, 2, 28, tzinfo=UTC)

    def job(sp: Any) -> Any:
        sp.reports.fetch(ORDERS, start=start, end=start + dt.timedelta(days=1))  # warm
        server.jobs.plan_report(ORDERS, statuses=["FATAL"])
        return sp.reports.fetch(ORDERS, start=start, end=end, reuse=None)

    with pytest.raises(JobFailedError):
        run("sync", server, clock, job)
    assert server.stats.requests["reports_v2021_06_30.getReportDocument"] == 1  # only the warm-up's


def test_timeout_names_the_report_and_says_it_goes_on(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(LISTINGS, statuses=["IN_QUEUE"])
    with pytest.raises(JobTimeoutError, match="go on at Amazon") as caught:
        fetch("sync", server, clock, LISTINGS, wait=WaitPolicy(timeout=30))
    assert caught.value.job_id is not None and sum(clock.slept) <= 30


def test_download_an_existing_report_by_id(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(SHIPPING, content=b"a\n1\n", restricted=True)

    def job(sp: Any) -> Any:
        created = sp.reports_v2021_06_30.create_report(
            body=__import__(
                "selling_partner_generated.reports_v2021_06_30.models", fromlist=["x"]
            ).CreateReportSpecification(marketplace_ids=[US], report_type=SHIPPING)
        )
        with sp.reports.download(created.report_id) as result:
            return list(result.rows())

    assert run("sync", server, clock, job) == [{"a": "1"}]
    assert len(server.jobs.rdt_documents) == 1  # restricted by the type getReport named


# -- faults on the way -------------------------------------------------------------


@MODES
def test_503_while_polling_expired_url_and_cut_download_still_end_in_rows(
    mode: str, server: FakeSpApi, clock: Clock
) -> None:
    server.jobs.plan_report(LISTINGS, content=LISTING, statuses=["IN_QUEUE", "DONE"])
    server.fail_next(2, 503, operation_id="reports_v2021_06_30.getReport")
    server.jobs.s3_cut_next(1, after=200)  # the gzip stream breaks after 200 bytes
    server.jobs.url_ttl = 0.0  # every presigned URL is already expired...

    def unexpire(*_: Any) -> None:
        server.jobs.url_ttl = 300.0  # ...until the client asks for a fresh one

    original = server.jobs._presign
    issued = {"n": 0}

    def presign(base: str, key: str) -> str:
        issued["n"] += 1
        if issued["n"] > 1:
            unexpire()
        return original(base, key)

    server.jobs._presign = presign  # type: ignore[method-assign]
    _, rows = fetch(mode, server, clock, LISTINGS)
    assert len(rows) == 500
    assert (
        server.stats.requests["reports_v2021_06_30.getReportDocument"] == 2
    )  # a fresh URL after the expiry
    ranges = [r for _, _, r in server.jobs.s3_requests if r]
    assert ranges == ["bytes=200-"]  # the cut download resumed where it broke


def test_429_on_create_is_retried(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(LISTINGS, content=LISTING)
    server.fail_next(1, 429, operation_id="reports_v2021_06_30.createReport")
    _, rows = fetch("sync", server, clock, LISTINGS)
    assert len(rows) == 500 and server.stats.throttled == 1


# -- arguments are checked before anything is sent ---------------------------------


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"report_type": "get merchant listings"}, "report_type"),
        ({"marketplace_ids": []}, "marketplace"),
        ({"start": dt.datetime(2026, 1, 1)}, "timezone-aware"),
        ({"start": "2026-01-01"}, "datetime or a date"),
        (
            {"start": dt.date(2026, 2, 1), "end": dt.date(2026, 1, 1)},
            "must be before end",
        ),
        ({"options": {"a": 1}}, "options"),
        ({"reuse": 5}, "reuse"),
        ({"on_cancelled": "ignore"}, "on_cancelled"),
        ({"restricted": "yes"}, "restricted"),
    ],
)
def test_bad_arguments_send_nothing(kwargs: dict[str, Any], match: str) -> None:
    args = {"report_type": LISTINGS, "marketplace_ids": [US], **kwargs}
    with pytest.raises(ConfigurationError, match=match):
        ReportRequest.build(args.pop("report_type"), **args)


def test_no_marketplace_anywhere_is_a_configuration_error(server: FakeSpApi, clock: Clock) -> None:
    kwargs = client_kwargs(server, clock, sleep=clock.sleep)
    del kwargs["marketplace"]
    with SellingPartner(**kwargs) as sp, pytest.raises(ConfigurationError, match="marketplace"):
        sp.reports.fetch(LISTINGS)
    assert server.stats.total_requests == 0


def test_wait_policy_is_checked() -> None:
    with pytest.raises(ConfigurationError):
        WaitPolicy(first=0)
    with pytest.raises(ConfigurationError):
        WaitPolicy(factor=0.5)
    with pytest.raises(ConfigurationError):
        WaitPolicy(timeout=-1)


def test_result_is_unreadable_after_close(server: FakeSpApi, clock: Clock) -> None:
    server.jobs.plan_report(LISTINGS, content=LISTING)
    result, _ = fetch("sync", server, clock, LISTINGS)
    with pytest.raises(ConfigurationError, match="closed"):
        list(result.rows())


def test_save_copies_the_document(server: FakeSpApi, clock: Clock, tmp_path: Any) -> None:
    server.jobs.plan_report(LISTINGS, content=LISTING)

    def job(sp: Any) -> int:
        with sp.reports.fetch(LISTINGS) as result:
            return result.save(str(tmp_path / "r.tsv"))

    assert run("sync", server, clock, job) == len(LISTING)
    assert (tmp_path / "r.tsv").read_bytes() == LISTING
    assert gzip.compress(LISTING)  # the fake served it gzipped; the file is plain

"""`selling-partner reports fetch` and `feeds submit` against the offline SP-API."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from selling_partner.testing import OfflineSpApi
from typer.testing import Result

Run = Callable[..., Result]
LISTINGS = "GET_MERCHANT_LISTINGS_ALL_DATA"
US = ("--marketplace-id", "ATVPDKIKX0DER")


def test_report_rows_as_json_lines(offline: Run, offline_spapi: OfflineSpApi) -> None:
    offline_spapi.jobs.plan_report(LISTINGS, statuses=("DONE",), content=b"sku\tqty\nA\t1\nB\t2\n")
    result = offline("reports", "fetch", LISTINGS, *US, "--start", "2026-01-01")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows == [{"sku": "A", "qty": "1"}, {"sku": "B", "qty": "2"}]
    assert result.stderr == ""  # not a terminal: no status line


def test_report_raw_to_a_file(offline: Run, offline_spapi: OfflineSpApi, tmp_path: Path) -> None:
    offline_spapi.jobs.plan_report(LISTINGS, statuses=("DONE",), content=b"sku\tqty\nA\t1\n")
    target = tmp_path / "listings.tsv"
    result = offline("reports", "fetch", LISTINGS, *US, "--raw", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes() == b"sku\tqty\nA\t1\n"
    assert not (tmp_path / "listings.tsv.part").exists()


def test_fatal_report_exit_13_with_amazons_error_document(
    offline: Run, offline_spapi: OfflineSpApi, tmp_path: Path
) -> None:
    offline_spapi.jobs.plan_report(
        LISTINGS, statuses=("FATAL",), error_document=b"The date range is too long."
    )
    target = tmp_path / "out.tsv"
    result = offline("reports", "fetch", LISTINGS, *US, "-o", str(target))
    assert result.exit_code == 13
    assert "JobFailedError" in result.stderr
    assert "The date range is too long." in result.stderr
    assert not target.exists()


def test_cancelled_report_exit_14(offline: Run, offline_spapi: OfflineSpApi) -> None:
    offline_spapi.jobs.plan_report(LISTINGS, statuses=("CANCELLED",))
    assert offline("reports", "fetch", LISTINGS, *US).exit_code == 14


def test_bad_dates_and_options_exit_2(offline: Run, offline_spapi: OfflineSpApi) -> None:
    naive = offline("reports", "fetch", LISTINGS, *US, "--start", "2026-01-01T00:00:00")
    assert naive.exit_code == 2
    assert "give the zone too" in naive.stderr
    assert offline("reports", "fetch", LISTINGS, *US, "--option", "x").exit_code == 2
    assert offline_spapi.stats.total_requests == 0


def test_feed_submitted_and_its_processing_report_printed(
    offline: Run, offline_spapi: OfflineSpApi, tmp_path: Path
) -> None:
    offline_spapi.jobs.plan_feed("JSON_LISTINGS_FEED", statuses=("DONE",))
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"header": {"sellerId": "A1", "version": "2.0"}, "messages": []}))
    result = offline(
        "feeds",
        "submit",
        "JSON_LISTINGS_FEED",
        str(feed),
        "--content-type",
        "application/json; charset=UTF-8",
        *US,
    )
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["processing_status"] == "DONE"
    assert answer["report"]["summary"]["errors"] == 0
    assert offline_spapi.jobs.uploads[answer["feed_document_id"]] == feed.read_bytes()

"""The comparison ``./dev record --check`` runs: random values pass, real differences fail.

Works on copies of the committed cassettes in a temporary folder: a copy whose
random-by-nature values (port, request ids, dates, access tokens, page tokens)
are all replaced must still match; a copy with one planted difference must not.
"""

from __future__ import annotations

import itertools
import re
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from _recording import COMMITTED_CASSETTES
from cassette_compare import compare, main, normalize

PAGES = "test_fo_cross_cutting/test_pages_walks_every_page_of_list_all_fulfillment_orders.yaml"
TRACKING = "test_fo_operations/test_get_package_tracking_details.yaml"
PACED = "test_fo_cross_cutting/test_limiter_adopts_the_advertised_rate.yaml"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "recorded"
    shutil.copytree(COMMITTED_CASSETTES, target)
    return target


def _edit(root: Path, name: str, change: Callable[[str], str]) -> None:
    path = root / name
    before = path.read_text(encoding="utf-8")
    after = change(before)
    assert after != before, "the planted change did not apply"
    path.write_text(after, encoding="utf-8")


def _rerandomize(text: str) -> str:
    """What a second recording changes: every value that is random by nature."""
    counter = itertools.count(1)
    text = re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:50999", text)
    text = re.sub(
        r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
        lambda _: str(uuid.uuid4()),
        text,
    )
    text = re.sub(
        r"\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT", "Fri, 01 Jan 2027 00:00:00 GMT", text
    )
    tokens: dict[str, str] = {}
    text = re.sub(
        r"scrubbed-access_token-[0-9a-f]{12}",
        lambda m: tokens.setdefault(m.group(0), f"scrubbed-access_token-{next(counter):012x}"),
        text,
    )
    pages: dict[str, str] = {}
    return re.sub(
        r"((?:nextToken|pageToken)(?:\":\"|=))([A-Za-z0-9_-]{20,})",
        lambda m: m.group(1) + pages.setdefault(m.group(2), f"T{next(counter):063d}"),
        text,
    )


def test_the_committed_cassettes_match_themselves(tmp_path: Path) -> None:
    assert compare(_copy(tmp_path), COMMITTED_CASSETTES) == []


def test_values_random_by_nature_are_left_out_of_the_match(tmp_path: Path) -> None:
    recorded = _copy(tmp_path)
    for path in recorded.rglob("*.yaml"):
        path.write_text(_rerandomize(path.read_text(encoding="utf-8")), encoding="utf-8")
    assert (recorded / PAGES).read_text() != (COMMITTED_CASSETTES / PAGES).read_text()
    assert compare(recorded, COMMITTED_CASSETTES) == []


def test_page_tokens_become_numbered_placeholders_that_keep_the_link(tmp_path: Path) -> None:
    interactions = normalize(COMMITTED_CASSETTES / PAGES)
    pages = [i for i in interactions if i["request"]["path"].endswith("/fulfillmentOrders")]
    assert len(pages) == 3
    assert pages[0]["response"]["body"]["payload"]["nextToken"] == "<page-token-#1>"
    assert ["nextToken", "<page-token-#1>"] in pages[1]["request"]["query"]
    assert ["nextToken", "<page-token-#2>"] in pages[2]["request"]["query"]


PLANTED: dict[str, tuple[str, Callable[[str], str]]] = {
    "a status": (PACED, lambda t: t.replace("code: 204", "code: 202", 1)),
    "a request body": (PACED, lambda t: t.replace('"status":"DELIVERED"', '"status":"SHIPPED"', 1)),
    "a response body": (
        TRACKING,
        lambda t: t.replace('"carrierCode":"UPS"', '"carrierCode":"DHL"', 1),
    ),
    "a query value": (TRACKING, lambda t: t.replace("packageNumber=", "packageNumber=9", 1)),
    "a rate header": (PACED, lambda t: t.replace("- '0.25'", "- '0.5'", 1)),
    "a path": (TRACKING, lambda t: t.replace("/tracking", "/trackings", 1)),
    "the access token header dropped": (
        TRACKING,
        lambda t: re.sub(r"\n      x-amz-access-token:\n      - scrubbed", "", t, count=1),
    ),
    "a page token not sent back": (
        PAGES,
        lambda t: re.sub(r"nextToken=[A-Za-z0-9_-]+", "nextToken=" + "X" * 64, t, count=1),
    ),
    "a second token fetch where one was reused": (
        "test_fo_cross_cutting/test_token_is_refreshed_before_it_expires.yaml",
        lambda t: re.sub(
            r"scrubbed-access_token-[0-9a-f]{12}", "scrubbed-access_token-" + "0" * 12, t
        ),
    ),
}


@pytest.mark.parametrize("what", sorted(PLANTED))
def test_a_planted_difference_fails_the_match(tmp_path: Path, what: str) -> None:
    name, change = PLANTED[what]
    recorded = _copy(tmp_path)
    _edit(recorded, name, change)
    problems = compare(recorded, COMMITTED_CASSETTES)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{name}: differs from what is recorded now")
    assert "\n-" in problems[0] and "\n+" in problems[0]


def test_a_missing_or_an_extra_cassette_fails_the_match(tmp_path: Path) -> None:
    recorded = _copy(tmp_path)
    (recorded / TRACKING).rename(recorded / "test_fo_operations" / "test_renamed.yaml")
    problems = compare(recorded, COMMITTED_CASSETTES)
    assert problems == [
        f"{TRACKING}: committed but not recorded again (a test was removed or renamed: "
        "delete the cassette)",
        "test_fo_operations/test_renamed.yaml: recorded but not committed "
        "(add it: run ./dev record)",
    ]


def test_the_command_line_exits_non_zero_on_a_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recorded = _copy(tmp_path)
    assert main([str(recorded), str(COMMITTED_CASSETTES)]) == 0
    _edit(recorded, PACED, PLANTED["a status"][1])
    assert main([str(recorded), str(COMMITTED_CASSETTES)]) == 1
    err = capsys.readouterr().err
    assert f"{PACED}: differs" in err and "no longer match" in err

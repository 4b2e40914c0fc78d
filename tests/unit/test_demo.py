"""The demo (scripts/demo.py) runs end to end and fails loudly when a step misbehaves."""

from __future__ import annotations

import io
import re

import demo
import pytest
from fake_spapi import FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN


def run_demo(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = demo.main(list(argv), out=out)
    return status, out.getvalue()


def test_demo_runs_every_step_exits_zero_and_prints_no_secret() -> None:
    status, text = run_demo("--calls", "31")
    assert status == 0, text
    assert "8 of 8 steps passed" in text
    assert "FAILED" not in text
    assert re.search(r"429s sent by server\s+0", text)
    assert re.search(r"x-amzn-RateLimit-Limit\s+10\.0", text)
    assert "403 (token expired) -> LWA refresh 200 -> 200" in text
    assert "503 -> 503 -> 200" in text
    assert re.search(r"raised\s+ClientError", text)
    assert re.search(r"code\s+InvalidInput", text)
    assert re.search(r"raised\s+OutcomeUnknownError", text)
    assert re.search(r"page 3\s+FAKE-ORDER-0001-P3", text)
    assert FAKE_CLIENT_SECRET not in text
    assert FAKE_REFRESH_TOKEN not in text
    assert not re.search(r"Atza\|[A-Za-z0-9_-]", text)


def test_a_step_that_misbehaves_makes_the_exit_status_non_zero(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(demo, "EXPECTED_TRACKING_NUMBER", "1ZNOTTHEFAKE")
    # The slow steps are not under test here.
    for name in ("step_burst", "step_raised_plan", "step_retry"):
        monkeypatch.setattr(demo, name, lambda step, server, sp, *args: None)
    status, text = run_demo("--calls", "31")
    assert status == 1
    assert "FAILED: expected the fake's tracking number" in text
    assert "7 of 8 steps passed" in text
    assert "SOME DID NOT BEHAVE" in text


def test_too_few_calls_is_refused_with_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        demo.main(["--calls", "10"])
    assert exited.value.code == 2
    assert "more than the burst of 30" in capsys.readouterr().err

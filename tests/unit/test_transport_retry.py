"""The pure retry core: policy, backoff, header parsing and decisions."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from selling_partner._retry import (
    Action,
    RetryPolicy,
    backoff_delay,
    decide,
    parse_rate_limit,
    parse_retry_after,
)

POLICY = RetryPolicy()


def test_policy_defaults_match_the_agreed_interface() -> None:
    assert (POLICY.max_attempts, POLICY.max_total_wait) == (5, 120.0)
    assert (POLICY.backoff_base, POLICY.backoff_max) == (0.5, 20.0)
    # Above one interval of the slowest plan in the models (0.0056/s: 180 s).
    assert POLICY.max_queue_wait == 300.0
    assert RetryPolicy(max_queue_wait=None).max_queue_wait is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"max_attempts": 0}, "max_attempts must be an integer >= 1, got 0"),
        ({"max_attempts": 2.5}, "max_attempts must be an integer"),
        ({"max_attempts": True}, "max_attempts must be an integer >= 1, got True"),
        ({"max_total_wait": -1}, "max_total_wait must be a number >= 0"),
        ({"backoff_base": float("nan")}, "backoff_base must be a number >= 0"),
        ({"backoff_max": "3"}, "backoff_max must be a number >= 0"),
        ({"max_queue_wait": -1}, "max_queue_wait must be a number of seconds >= 0, or None"),
        ({"max_queue_wait": float("inf")}, "max_queue_wait must be a number"),
        ({"max_queue_wait": True}, "max_queue_wait must be a number"),
    ],
)
def test_policy_refuses_bad_values(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RetryPolicy(**kwargs)


def test_backoff_is_full_jitter_doubling_up_to_the_cap() -> None:
    ceilings = [backoff_delay(POLICY, retry, lambda: 1.0) for retry in range(1, 9)]
    assert ceilings == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 20.0, 20.0]
    assert backoff_delay(POLICY, 3, lambda: 0.25) == 0.5
    assert backoff_delay(POLICY, 3, lambda: 0.0) == 0.0
    # A misbehaving rng cannot push the delay outside [0, ceiling].
    assert backoff_delay(POLICY, 1, lambda: 7.0) == 0.5
    assert backoff_delay(POLICY, 1, lambda: -1.0) == 0.0


DATE = "Wed, 21 Oct 2015 07:28:00 GMT"


@pytest.mark.parametrize(
    ("value", "date", "expected"),
    [
        (None, None, None),
        ("3", None, 3.0),
        (" 1.5 ", None, 1.5),
        ("0", None, 0.0),
        ("-1", None, None),
        ("nan", None, None),
        ("soon", None, None),
        ("Wed, 21 Oct 2015 07:28:30 GMT", DATE, 30.0),
        ("Wed, 21 Oct 2015 07:27:00 GMT", DATE, 0.0),  # in the past: now
        ("Wed, 21 Oct 2015 07:28:30 GMT", "garbage", 30.0 - 10.0),  # from the wall clock
        ("Wed, 21 Oct 2015 07:28:30 GMT", None, 20.0),
    ],
)
def test_parse_retry_after(value: str | None, date: str | None, expected: float | None) -> None:
    wall_now = 1445412490.0  # 2015-10-21 07:28:10 UTC
    assert parse_retry_after(value, date=date, wall_now=wall_now) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, None), ("2.0", 2.0), (" 0.0167 ", 0.0167), ("0", None), ("x", None), ("inf", None)],
)
def test_parse_rate_limit(value: str | None, expected: float | None) -> None:
    assert parse_rate_limit(value) == expected


def _decide(**kwargs: Any) -> Any:
    args: dict[str, Any] = {
        "retry_safe": True,
        "attempt": 1,
        "waited": 0.0,
        "policy": POLICY,
        "rng": lambda: 1.0,
    }
    args.update(kwargs)
    return decide(**args)


def test_decide_returns_successes_and_client_errors() -> None:
    for status in (200, 204, 400, 403, 404):
        assert _decide(status=status).action is Action.RETURN


def test_decide_429_pauses_the_bucket_even_for_unsafe_operations() -> None:
    decision = _decide(status=429, retry_safe=False, retry_after=4.0)
    assert (decision.action, decision.delay, decision.pause_bucket) == (Action.RETRY, 4.0, True)


def test_decide_5xx_only_for_safe_operations() -> None:
    assert _decide(status=503).action is Action.RETRY
    assert _decide(status=503).pause_bucket is False
    assert _decide(status=503, retry_safe=False).action is Action.RETURN


def test_decide_bounds() -> None:
    assert _decide(status=429, attempt=5).action is Action.RETURN
    assert _decide(status=429, attempt=4).action is Action.RETRY
    assert _decide(status=429, waited=119.0, retry_after=1.0).action is Action.RETRY
    assert _decide(status=429, waited=119.0, retry_after=1.5).action is Action.RETURN
    exhausted = _decide(error=httpx.ConnectError("x"), attempt=5)
    assert exhausted.action is Action.RAISE
    assert "attempts exhausted" in exhausted.reason


@pytest.mark.parametrize(
    ("error", "safe", "unsafe"),
    [
        (httpx.ConnectError("x"), Action.RETRY, Action.RETRY),
        (httpx.ConnectTimeout("x"), Action.RETRY, Action.RETRY),
        (httpx.PoolTimeout("x"), Action.RETRY, Action.RETRY),
        (httpx.ReadTimeout("x"), Action.RETRY, Action.OUTCOME_UNKNOWN),
        (httpx.WriteError("x"), Action.RETRY, Action.OUTCOME_UNKNOWN),
        (httpx.RemoteProtocolError("x"), Action.RETRY, Action.OUTCOME_UNKNOWN),
        (httpx.NetworkError("x"), Action.RETRY, Action.OUTCOME_UNKNOWN),
        (httpx.LocalProtocolError("x"), Action.RAISE, Action.RAISE),
        (httpx.UnsupportedProtocol("x"), Action.RAISE, Action.RAISE),
        (httpx.ProxyError("x"), Action.RAISE, Action.RAISE),
    ],
)
def test_decide_transport_errors(error: httpx.TransportError, safe: Action, unsafe: Action) -> None:
    assert _decide(error=error).action is safe
    assert _decide(error=error, retry_safe=False).action is unsafe

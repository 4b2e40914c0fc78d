"""End-to-end demo of selling_partner against a local fake SP-API (``./dev demo``).

Starts the fake SP-API and Login with Amazon from ``tests/fakes/fake_spapi`` on
127.0.0.1, drives it with the public ``SellingPartner`` client only, prints what
happens, and checks that every step behaved as shown: the exit status is 0 only
if all did. Nothing leaves the machine; the credentials are the fake's.

Steps: token exchange and a first call; a burst the rate limiter smooths (0
429s); a raised usage plan the client adopts from ``x-amzn-RateLimit-Limit``;
an expired token refreshed transparently; a 503 retried; Amazon's 400 ``errors``
list raised as ``ClientError``; a broken connection on a non-idempotent call
raised as ``OutcomeUnknownError``; pagination by ``nextToken``.

Usage::

    python scripts/demo.py [--calls 40]
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

_ROOT = Path(__file__).resolve().parents[1]
if str(_ROOT / "tests" / "fakes") not in sys.path:
    sys.path.insert(0, str(_ROOT / "tests" / "fakes"))

from fake_spapi import (  # noqa: E402
    FAKE_CLIENT_ID,
    FAKE_CLIENT_SECRET,
    FAKE_REFRESH_TOKEN,
    LWA_TOKEN,
    FakeSpApi,
)
from selling_partner import (  # noqa: E402
    ClientError,
    OutcomeUnknownError,
    SellingPartner,
)

PACKAGE = "fulfillment_outbound_v2020_07_01"
TRACKING_OPERATION = "get_package_tracking_details"
TRACKING_ID = "fulfillment_outbound_v2020_07_01.getPackageTrackingDetails"
EXPECTED_TRACKING_NUMBER = "1Z50V7420354708051"
RAISED_RATE = 10.0
PAGES = 3
WIDTH = 22


class Step:
    """One demo step: prints aligned facts and collects the checks that failed."""

    def __init__(self, out: TextIO, number: int, title: str) -> None:
        self.out = out
        self.failures: list[str] = []
        print(f"\n[{number}] {title}", file=out)

    def fact(self, label: str, value: object) -> None:
        """Print one aligned ``label  value`` line."""
        print(f"    {label:<{WIDTH}} {value}", file=self.out)

    def check(self, condition: bool, expectation: str) -> None:
        """Record ``expectation`` as failed unless ``condition`` holds."""
        if not condition:
            self.failures.append(expectation)

    def close(self) -> bool:
        """Print the verdict; True when every check held."""
        if self.failures:
            for failure in self.failures:
                print(f"    FAILED: expected {failure}", file=self.out)
            return False
        print("    ok", file=self.out)
        return True


def _short(value: object, keep: int = 8) -> str:
    text = str(value)
    return text if len(text) <= keep else text[:keep] + "..."


def step_first_call(step: Step, server: FakeSpApi, sp: SellingPartner) -> None:
    """Token exchange with Login with Amazon, then getPackageTrackingDetails."""
    api = getattr(sp, PACKAGE)
    answer = api.get_package_tracking_details.detailed(package_number=212794778)
    payload = answer.parsed.payload
    stats = server.stats
    grants = ", ".join(f"grant_type={g}" for g in stats.token_requests)
    step.fact("token requests", f"{sum(stats.token_requests.values())} ({grants})")
    step.fact("access token", "Atza|... (never printed or logged)")
    step.fact("tracking number", f"{payload.tracking_number} ({payload.carrier_code})")
    step.fact(
        "current status",
        f"{payload.current_status.value}, {len(payload.tracking_events)} tracking events",
    )
    step.fact("ship to", f"{payload.ship_to_address.city}, {payload.ship_to_address.state}")
    step.fact("request id", answer.request_id)
    step.fact("rate limit", f"{answer.rate_limit} req/s (x-amzn-RateLimit-Limit)")
    step.check(answer.status_code == 200, "HTTP 200")
    step.check(stats.token_requests == {"refresh_token": 1}, "exactly one refresh_token grant")
    step.check(payload.tracking_number == EXPECTED_TRACKING_NUMBER, "the fake's tracking number")
    step.check(bool(answer.request_id), "a request id")


def _timed_calls(call: Callable[[], Any], count: int) -> tuple[list[float], list[Any]]:
    started = time.perf_counter()
    times: list[float] = []
    answers: list[Any] = []
    for _ in range(count):
        answers.append(call())
        times.append(time.perf_counter() - started)
    return times, answers


def _print_pacing(step: Step, times: list[float], burst: int) -> None:
    burst_end = min(burst, len(times))
    if burst_end:
        step.fact(f"calls 1-{burst_end}", f"done by {times[burst_end - 1]:5.2f} s (the burst)")
    for index in range(burst_end, len(times)):
        gap = times[index] - times[index - 1] if index else times[index]
        step.fact(f"call {index + 1}", f"{times[index]:5.2f} s  (+{gap:.2f} s)")


def step_burst(step: Step, server: FakeSpApi, sp: SellingPartner, calls: int) -> None:
    """More calls than the burst: the client's limiter paces them, the server sees no 429."""
    api = getattr(sp, PACKAGE)
    plan = sp.operations.get(PACKAGE, TRACKING_OPERATION)
    rate, burst = server.rate_limit(TRACKING_ID)
    step.fact("server plan", f"{rate:g} req/s, burst {burst} (Amazon's documented plan)")
    step.fact("client plan", f"{plan.rate:g} req/s, burst {plan.burst} (generated table)")
    server.reset_stats()
    # The first step spent one token; the burst left is one smaller.
    times, answers = _timed_calls(
        lambda: api.get_package_tracking_details.detailed(package_number=212794778), calls
    )
    _print_pacing(step, times, burst - 1)
    stats = server.stats
    ideal = (calls - (burst - 1)) / rate
    step.fact("429s sent by server", stats.throttled)
    step.fact("elapsed", f"{times[-1]:.2f} s for {calls} calls (ideal ~{ideal:.2f} s)")
    step.check(calls > burst - 1, f"more calls ({calls}) than the burst left ({burst - 1})")
    step.check(all(a.status_code == 200 for a in answers), "every call answered 200")
    step.check(stats.throttled == 0, "0 429s: the limiter kept to the plan")
    step.check(stats.requests.get(TRACKING_ID) == calls, "one request per call")


def step_raised_plan(step: Step, server: FakeSpApi, sp: SellingPartner, calls: int) -> None:
    """Amazon raises the plan mid-run; the client adopts it from the response header."""
    api = getattr(sp, PACKAGE)
    old_rate, _burst = server.rate_limit(TRACKING_ID)
    server.set_advertised_rate(RAISED_RATE)
    server.reset_stats()
    step.fact("server plan", f"raised to {RAISED_RATE:g} req/s (enforced and advertised)")
    times, answers = _timed_calls(
        lambda: api.get_package_tracking_details.detailed(package_number=212794778), calls
    )
    stats = server.stats
    slowest_possible = (calls - 1) / old_rate
    step.fact("x-amzn-RateLimit-Limit", str(answers[-1].rate_limit))
    step.fact("elapsed", f"{times[-1]:.2f} s for {calls} calls")
    step.fact("at the old plan", f"at least {slowest_possible:.2f} s")
    step.fact("429s sent by server", stats.throttled)
    step.check(answers[-1].rate_limit == RAISED_RATE, f"the header to say {RAISED_RATE}")
    step.check(stats.throttled == 0, "0 429s")
    step.check(times[-1] < slowest_possible, "the client to speed up to the raised plan")


def step_expired_token(step: Step, server: FakeSpApi, sp: SellingPartner) -> None:
    """The access token expires: 403, one refresh, the call succeeds."""
    api = getattr(sp, PACKAGE)
    server.expire_tokens()
    server.reset_stats()
    answer = api.get_package_tracking_details.detailed(package_number=212794778)
    statuses = [(r.operation, r.status) for r in server.stats.records]
    step.fact("server saw", _trail(server))
    step.fact("caller got", f"HTTP {answer.status_code}, no exception")
    step.check(answer.status_code == 200, "HTTP 200 after the refresh")
    expected = [(TRACKING_ID, 403), (LWA_TOKEN, 200), (TRACKING_ID, 200)]
    step.check(statuses == expected, "403, a token refresh, then 200")


def _trail(server: FakeSpApi) -> str:
    """What the server saw, e.g. ``403 (token expired) -> LWA refresh 200 -> 200``."""
    names = []
    for record in server.stats.records:
        if record.operation == LWA_TOKEN:
            names.append(f"LWA refresh {record.status}")
        elif record.status == 403:
            names.append("403 (token expired)")
        else:
            names.append(str(record.status))
    return " -> ".join(names)


def step_retry(step: Step, server: FakeSpApi, sp: SellingPartner) -> None:
    """Two 503s on a safe GET: retried with backoff and jitter, then 200."""
    api = getattr(sp, PACKAGE)
    server.fail_next(2, status=503)
    server.reset_stats()
    answer = api.get_package_tracking_details.detailed(package_number=212794778)
    statuses = [r.status for r in server.stats.records]
    step.fact("server saw", _trail(server))
    step.fact("attempts", answer.attempts)
    step.check(statuses == [503, 503, 200], "503, 503, then 200")
    step.check(answer.attempts == 3, "3 attempts")


def step_client_error(step: Step, server: FakeSpApi, sp: SellingPartner) -> None:
    """Amazon's 400 with an ``errors`` list becomes a ClientError."""
    api = getattr(sp, PACKAGE)
    errors = {
        "errors": [
            {
                "code": "InvalidInput",
                "message": "Invalid packageNumber.",
                "details": "packageNumber must be a package of this seller.",
            }
        ]
    }
    server.respond_next(TRACKING_ID, 400, errors)
    try:
        api.get_package_tracking_details(package_number=1)
    except ClientError as exc:
        first = exc.errors[0] if exc.errors else None
        step.fact("raised", type(exc).__name__)
        step.fact("status", exc.status)
        step.fact("code", first.code if first else None)
        step.fact("message", first.message if first else None)
        step.fact("request id", exc.request_id)
        step.check(exc.status == 400, "status 400")
        step.check(first is not None and first.code == "InvalidInput", "code InvalidInput")
        step.check(bool(exc.request_id), "the request id")
        step.check("Invalid packageNumber." in str(exc), "Amazon's message in str(error)")
    else:
        step.check(False, "a ClientError")


def step_outcome_unknown(step: Step, server: FakeSpApi, sp: SellingPartner) -> None:
    """The connection breaks after a cancel was sent: not resent, OutcomeUnknownError."""
    api = getattr(sp, PACKAGE)
    server.drop_next(1)
    server.reset_stats()
    try:
        api.cancel_fulfillment_order(seller_fulfillment_order_id="FAKE-ORDER-0001")
    except OutcomeUnknownError as exc:
        step.fact("raised", type(exc).__name__)
        step.fact("operation", exc.operation)
        step.fact("requests sent", server.stats.total_requests)
        step.check(server.stats.total_requests == 1, "one request: a cancel is not resent")
    else:
        step.check(False, "an OutcomeUnknownError")


def step_pagination(step: Step, server: FakeSpApi, sp: SellingPartner) -> None:
    """listAllFulfillmentOrders in pages linked by nextToken."""
    api = getattr(sp, PACKAGE)
    server.set_pages("fulfillment_outbound_v2020_07_01.listAllFulfillmentOrders", PAGES)
    order_ids: list[str] = []
    next_token: str | None = None
    pages = 0
    while True:
        kwargs = {"next_token": next_token} if next_token else {}
        payload = api.list_all_fulfillment_orders(**kwargs).payload
        pages += 1
        ids = [order.seller_fulfillment_order_id for order in payload.fulfillment_orders]
        order_ids += ids
        raw_token = payload.next_token
        next_token = raw_token if isinstance(raw_token, str) else None
        step.fact(
            f"page {pages}",
            f"{', '.join(ids)}  nextToken={_short(next_token) if next_token else '(none)'}",
        )
        if next_token is None or pages > PAGES:
            break
    step.check(pages == PAGES, f"{PAGES} pages")
    step.check(len(set(order_ids)) == len(order_ids) == 2 * PAGES, "distinct orders on each page")


@contextmanager
def _client(server: FakeSpApi) -> Iterator[SellingPartner]:
    with SellingPartner(
        client_id=FAKE_CLIENT_ID,
        client_secret=FAKE_CLIENT_SECRET,
        refresh_token=FAKE_REFRESH_TOKEN,
        endpoint=server.endpoint,
        token_url=server.token_url,
    ) as sp:
        yield sp


def run(calls: int, out: TextIO) -> int:
    """Run every step; return the exit status (0: all behaved as shown)."""
    steps: list[tuple[str, Callable[..., None], tuple[Any, ...]]] = [
        ("Login with Amazon, then getPackageTrackingDetails", step_first_call, ()),
        (f"{calls} calls, more than the burst: the limiter paces them", step_burst, (calls,)),
        ("Amazon raises the usage plan: the client adopts it", step_raised_plan, (calls // 2,)),
        ("The access token expires mid-run", step_expired_token, ()),
        ("A transient 503 on a safe GET", step_retry, ()),
        ("Amazon answers 400 with its errors list", step_client_error, ()),
        ("The connection breaks after a cancel was sent", step_outcome_unknown, ()),
        ("Pagination: listAllFulfillmentOrders", step_pagination, ()),
    ]
    started = time.perf_counter()
    passed = 0
    with FakeSpApi() as server, _client(server) as sp:
        print("selling-partner demo: the public client against a local fake SP-API", file=out)
        print(f"    {'fake SP-API':<{WIDTH}} {server.endpoint}", file=out)
        print(f"    {'Login with Amazon':<{WIDTH}} {server.token_url}", file=out)
        for number, (title, function, args) in enumerate(steps, start=1):
            step = Step(out, number, title)
            try:
                function(step, server, sp, *args)
            except Exception as exc:  # a demo step must report, not crash the rest
                step.check(False, f"no exception, got {type(exc).__name__}: {exc}")
                traceback.print_exc(limit=3, file=sys.stderr)
            passed += step.close()
    elapsed = time.perf_counter() - started
    verdict = "all behaved as shown" if passed == len(steps) else "SOME DID NOT BEHAVE"
    print(f"\n{passed} of {len(steps)} steps passed in {elapsed:.1f} s: {verdict}", file=out)
    return 0 if passed == len(steps) else 1


def main(argv: list[str] | None = None, out: TextIO | None = None) -> int:
    """Parse the options and run the demo; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--calls",
        type=int,
        default=40,
        help="calls in the burst step (more than the plan's burst of 30; default 40)",
    )
    args = parser.parse_args(argv)
    if args.calls < 31:
        parser.error("--calls must be at least 31: more than the burst of 30, or nothing is paced")
    return run(args.calls, out or sys.stdout)


if __name__ == "__main__":
    sys.exit(main())

"""Rate-limit benchmark: client pacing against a fake SP-API that enforces a strict bucket.

Scenarios (each against a fresh local ``fake_spapi`` server, whose token bucket
per operation starts full and admits a request only when a whole token is
there):

* 60 calls of getPackageTrackingDetails (plan: rate 2/s, burst 30) from 8
  threads, then from 8 asyncio tasks. Ideal time (N - B) / R = 15 s; target:
  within 3 % of it, with 0 429s.
* The server advertising (and enforcing) a raised plan of 10/s: 120 calls,
  ideal 9 s, target within 9.5 s. The client starts from the table's 2/s and
  must adopt ``x-amzn-RateLimit-Limit``.
* Per-call overhead, limiter off, sequential calls: ms per call through the
  library next to a bare ``httpx.Client`` sending the same request.

Prints the figures; exits 1 only with ``--strict`` and a missed target (a busy
machine can miss by noise). Run: ``./dev bench`` or
``.venv/bin/python benchmarks/bench_ratelimit.py [--strict] [--overhead-calls N]``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fake_spapi import (  # noqa: E402
    FAKE_CLIENT_ID,
    FAKE_CLIENT_SECRET,
    FAKE_REFRESH_TOKEN,
    FakeSpApi,
)
from selling_partner._operations import OperationIndex  # noqa: E402
from selling_partner._transport import (  # noqa: E402
    ATTEMPTS_EXTENSION,
    AsyncSpApiTransport,
    SpApiTransport,
)

OPERATION = "getPackageTrackingDetails"
PATH = "/fba/outbound/2020-07-01/tracking"
PARAMS = {"packageNumber": "1"}
WORKERS = 8


@dataclass
class Outcome:
    """One pacing scenario's figures."""

    name: str
    calls: int
    rate: float
    burst: int
    target: float  # seconds
    elapsed: float
    server_span: float  # first to last request decided by the server
    throttled: int
    resends: int
    statuses: Counter[int]

    @property
    def ideal(self) -> float:
        return (self.calls - self.burst) / self.rate

    @property
    def ok(self) -> bool:
        return (
            self.elapsed <= self.target
            and self.throttled == 0
            and self.statuses == Counter({200: self.calls})
        )


@contextmanager
def fake_server(**kwargs: Any) -> Iterator[tuple[FakeSpApi, str]]:
    """A fresh server (fresh buckets) and an access token for it."""
    with FakeSpApi(**kwargs) as server:
        reply = httpx.post(
            server.token_url,
            data={
                "grant_type": "refresh_token",
                "refresh_token": FAKE_REFRESH_TOKEN,
                "client_id": FAKE_CLIENT_ID,
                "client_secret": FAKE_CLIENT_SECRET,
            },
        )
        reply.raise_for_status()
        yield server, reply.json()["access_token"]


def _span(server: FakeSpApi) -> float:
    stamps = [r.at for r in server.stats.records if r.operation == OPERATION]
    return max(stamps) - min(stamps) if stamps else 0.0


def _transport_args() -> dict[str, Any]:
    return {"operations": OperationIndex.default(), "identity": "bench", "region": "na"}


def run_threads(
    name: str, calls: int, rate: float, burst: int, target: float, **server_kw: Any
) -> Outcome:
    with fake_server(**server_kw) as (server, token):
        transport = SpApiTransport(httpx.HTTPTransport(), **_transport_args())
        headers = {"x-amz-access-token": token}
        statuses: Counter[int] = Counter()
        resends = 0
        lock = threading.Lock()
        remaining = [calls]

        with httpx.Client(
            base_url=server.endpoint, transport=transport, headers=headers, timeout=30
        ) as client:

            def worker() -> None:
                nonlocal resends
                while True:
                    with lock:
                        if remaining[0] == 0:
                            return
                        remaining[0] -= 1
                    response = client.get(PATH, params=PARAMS)
                    with lock:
                        statuses[response.status_code] += 1
                        resends += response.extensions[ATTEMPTS_EXTENSION] - 1

            threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
            started = time.perf_counter()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.perf_counter() - started
        stats = server.stats
        return Outcome(
            name,
            calls,
            rate,
            burst,
            target,
            elapsed,
            _span(server),
            stats.throttled,
            resends,
            statuses,
        )


def run_tasks(
    name: str, calls: int, rate: float, burst: int, target: float, **server_kw: Any
) -> Outcome:
    with fake_server(**server_kw) as (server, token):

        async def main() -> tuple[float, Counter[int], int]:
            transport = AsyncSpApiTransport(httpx.AsyncHTTPTransport(), **_transport_args())
            statuses: Counter[int] = Counter()
            resends = 0
            remaining = [calls]
            async with httpx.AsyncClient(
                base_url=server.endpoint,
                transport=transport,
                headers={"x-amz-access-token": token},
                timeout=30,
            ) as client:

                async def worker() -> None:
                    nonlocal resends
                    while remaining[0] > 0:
                        remaining[0] -= 1
                        response = await client.get(PATH, params=PARAMS)
                        statuses[response.status_code] += 1
                        resends += response.extensions[ATTEMPTS_EXTENSION] - 1

                started = time.perf_counter()
                await asyncio.gather(*(worker() for _ in range(WORKERS)))
                return time.perf_counter() - started, statuses, resends

        elapsed, statuses, resends = asyncio.run(main())
        return Outcome(
            name,
            calls,
            rate,
            burst,
            target,
            elapsed,
            _span(server),
            server.stats.throttled,
            resends,
            statuses,
        )


def _per_call_ms(send: Callable[[], httpx.Response], calls: int) -> float:
    started = time.perf_counter()
    for _ in range(calls):
        send().raise_for_status()
    return (time.perf_counter() - started) * 1000 / calls


def measure_overhead(calls: int, rounds: int = 5) -> dict[str, float]:
    """Median over rounds of ms/call: bare httpx vs the library's transport (limiter off)."""
    with fake_server(rate_limits={OPERATION: (1e6, 10**6)}) as (server, token):
        headers = {"x-amz-access-token": token}
        bare = httpx.Client(base_url=server.endpoint, headers=headers)
        wrapped = httpx.Client(
            base_url=server.endpoint,
            headers=headers,
            transport=SpApiTransport(
                httpx.HTTPTransport(), rate_limiting=False, **_transport_args()
            ),
        )
        limited = httpx.Client(
            base_url=server.endpoint,
            headers=headers,
            transport=SpApiTransport(httpx.HTTPTransport(), **_transport_args()),
        )
        candidates: dict[str, Callable[[], httpx.Response]] = {
            "bare httpx.Client": lambda: bare.get(PATH, params=PARAMS),
            "SpApiTransport, limiter off": lambda: wrapped.get(PATH, params=PARAMS),
            "SpApiTransport, limiter on (never waits)": lambda: limited.get(PATH, params=PARAMS),
        }
        for send in candidates.values():  # warm connections and caches
            _per_call_ms(send, 20)
        samples: dict[str, list[float]] = {name: [] for name in candidates}
        for _ in range(rounds):  # interleaved, so machine noise hits all alike
            for name, send in candidates.items():
                samples[name].append(_per_call_ms(send, calls))
        for client in (bare, wrapped, limited):
            client.close()
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--overhead-calls", type=int, default=200, help="calls per overhead round")
    args = parser.parse_args()

    outcomes = [
        run_threads("8 threads, plan 2/s burst 30", 60, 2.0, 30, 15.0 * 1.03),
        run_tasks("8 asyncio tasks, plan 2/s burst 30", 60, 2.0, 30, 15.0 * 1.03),
        run_threads("8 threads, raised plan 10/s", 120, 10.0, 30, 9.5, advertised_rate=10.0),
        run_tasks("8 asyncio tasks, raised plan 10/s", 120, 10.0, 30, 9.5, advertised_rate=10.0),
    ]
    print(f"\nRate limiting: {OPERATION} against fake_spapi (strict server bucket)")
    header = (
        f"{'scenario':36} {'calls':>5} {'ideal s':>8} {'measured s':>10} {'dev %':>6} "
        f"{'target s':>8} {'server span s':>13} {'429s':>5} {'resends':>7}  verdict"
    )
    print(header)
    print("-" * len(header))
    for o in outcomes:
        deviation = (o.elapsed - o.ideal) / o.ideal * 100
        print(
            f"{o.name:36} {o.calls:5d} {o.ideal:8.2f} {o.elapsed:10.3f} {deviation:+6.2f} "
            f"{o.target:8.2f} {o.server_span:13.3f} {o.throttled:5d} {o.resends:7d}  "
            f"{'OK' if o.ok else 'MISSED'}"
        )
        if o.statuses != Counter({200: o.calls}):
            print(f"    statuses: {dict(o.statuses)}")

    overhead = measure_overhead(args.overhead_calls)
    base = overhead["bare httpx.Client"]
    print(f"\nPer-call cost, sequential, {args.overhead_calls} calls x 5 rounds (median of rounds)")
    for name, ms in overhead.items():
        print(f"  {name:44} {ms:7.3f} ms/call   overhead {ms - base:+7.3f} ms")
    missed = [o.name for o in outcomes if not o.ok]
    if missed:
        print(f"\nMISSED targets: {', '.join(missed)}")
    return 1 if (missed and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Fleet-mode benchmark: several processes share one seller's plan through one Redis.

A private redis-server (no persistence) and the local fake SP-API (strict token
bucket per seller and operation, plan 2/s burst 30 for getPackageTrackingDetails)
run here; worker processes (``--worker``) each build a ``SellingPartner`` (or
``AsyncSellingPartner``) with ``redis_url=``, warm up (imports, the shared LWA
token, one getFeatures call), then wait for a common start signal in Redis and
make their share of the calls from 8 threads (or 8 asyncio tasks).

Scenarios (printed: elapsed from the start signal to the last answer, ideal
(N - burst) / rate, deviation, 429s the server sent, caller errors):

* 4 processes x 8 threads, 120 calls in all: ideal 45 s, target within 5 %, 0 429s;
* the same with 4 asyncio processes;
* the same with Redis restarted (stopped, 2 s down, started empty) 15 s in:
  no caller error; the 429s it causes are reported;
* the control: the same fleet without Redis (each process paces alone).

Then the per-call cost of the stores (reserve + observe, what every call does;
the Redis store skips the observe round trip when it would change nothing),
in process, against the in-memory store, with one seller and cycling through
1,000 sellers' keys, next to one bare Redis round trip.

Prints the figures; exits 1 only with ``--strict`` and a missed target (a busy
machine can miss by noise). Run: ``./dev bench`` or
``.venv/bin/python benchmarks/bench_fleet.py [--strict] [--quick]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "fakes"), str(ROOT / "tests")]  # fake_spapi, redis_server

import redis  # noqa: E402
from fake_spapi import (  # noqa: E402
    FAKE_CLIENT_ID,
    FAKE_CLIENT_SECRET,
    FAKE_REFRESH_TOKEN,
    FakeSpApi,
)
from redis_server import RedisServer  # noqa: E402
from selling_partner import ApiError, AsyncSellingPartner, SellingPartner  # noqa: E402
from selling_partner._ratelimit import BucketKey, InMemoryBucketStore  # noqa: E402
from selling_partner._redis_buckets import RedisBucketStore  # noqa: E402

OPERATION = "getPackageTrackingDetails"
RATE, BURST = 2.0, 30
PROCESSES, WORKERS = 4, 8
MARKETPLACE = "ATVPDKIKX0DER"


# -- the worker process ------------------------------------------------------------------------


def worker(args: argparse.Namespace) -> int:
    """One process of the fleet: warm up, wait for the start signal, make ``calls`` calls."""
    signal = redis.Redis.from_url(args.signal_url)
    client_args = {
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": FAKE_REFRESH_TOKEN,
        "endpoint": args.endpoint,
        "token_url": args.token_url,
        "region": "na",
    }
    if args.redis_url != "-":
        client_args["redis_url"] = args.redis_url
    statuses: Counter[str] = Counter()

    def ready_then_wait() -> None:
        signal.incr("bench:ready")
        while not signal.exists("bench:go"):
            time.sleep(0.001)

    if args.mode == "threads":
        with SellingPartner(**client_args) as sp:
            api = sp.fulfillment_outbound_v2020_07_01
            api.get_features(marketplace_id=MARKETPLACE)
            ready_then_wait()
            left, lock = [args.calls], threading.Lock()

            def work() -> None:
                while True:
                    with lock:
                        if not left[0]:
                            return
                        left[0] -= 1
                    try:
                        status = str(api.get_package_tracking_details(package_number=1) and 200)
                    except ApiError as exc:
                        status = str(exc.status)
                    except Exception as exc:  # a caller error of any kind is a finding
                        status = type(exc).__name__
                    with lock:
                        statuses[status] += 1

            threads = [threading.Thread(target=work) for _ in range(WORKERS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    else:

        async def main() -> None:
            async with AsyncSellingPartner(**client_args) as sp:
                api = sp.fulfillment_outbound_v2020_07_01
                await api.get_features(marketplace_id=MARKETPLACE)
                await asyncio.to_thread(ready_then_wait)
                left = [args.calls]

                async def work() -> None:
                    while left[0]:
                        left[0] -= 1
                        try:
                            await api.get_package_tracking_details(package_number=1)
                            statuses["200"] += 1
                        except ApiError as exc:
                            statuses[str(exc.status)] += 1
                        except Exception as exc:
                            statuses[type(exc).__name__] += 1

                await asyncio.gather(*(work() for _ in range(WORKERS)))

        asyncio.run(main())
    print(json.dumps({"finished": time.time(), "statuses": statuses}))
    signal.close()
    return 0


# -- the scenarios ------------------------------------------------------------------------------


@dataclass
class Outcome:
    name: str
    calls: int
    elapsed: float
    throttled: int
    statuses: Counter[str]
    target: float | None  # seconds; None: reported only

    @property
    def ideal(self) -> float:
        return (self.calls - BURST) / RATE

    @property
    def errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status != "200")

    @property
    def ok(self) -> bool:
        if self.errors:
            return False
        return self.target is None or (self.elapsed <= self.target and self.throttled == 0)


def run_fleet(
    name: str,
    mode: str,
    calls: int,
    *,
    shared: bool = True,
    restart_at: float | None = None,
    target: float | None = None,
) -> Outcome:
    """``PROCESSES`` worker processes against a fresh fake server and a fresh Redis."""
    with FakeSpApi() as server, RedisServer() as store, RedisServer() as signals:
        per = [calls // PROCESSES + (1 if i < calls % PROCESSES else 0) for i in range(PROCESSES)]
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    __file__,
                    "--worker",
                    "--mode",
                    mode,
                    "--calls",
                    str(n),
                    "--endpoint",
                    server.endpoint,
                    "--token-url",
                    server.token_url,
                    "--redis-url",
                    store.url if shared else "-",
                    "--signal-url",
                    signals.url,
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for n in per
        ]
        signal = redis.Redis.from_url(signals.url)
        while int(signal.get("bench:ready") or 0) < PROCESSES:
            if any(p.poll() is not None for p in procs):
                raise RuntimeError(procs[0].communicate()[1][-3000:])
            time.sleep(0.01)
        server.reset_stats()
        started = time.time()
        signal.set("bench:go", 1)
        if restart_at is not None:
            time.sleep(restart_at)
            store.restart(down_for=2.0)
        finished, statuses = [], Counter[str]()
        for proc in procs:
            out, err = proc.communicate(timeout=600)
            if proc.returncode != 0:
                raise RuntimeError(err[-3000:])
            result = json.loads(out)
            finished.append(result["finished"])
            statuses.update(result["statuses"])
        signal.close()
        return Outcome(
            name, calls, max(finished) - started, server.stats.throttled, statuses, target
        )


def per_call_cost(url: str, calls: int) -> dict[str, float]:
    """Microseconds per reserve + observe (what each call does), best of 3 rounds."""
    key = BucketKey("0123456789abcdef", "na", OPERATION)
    many = [BucketKey(f"{n:016x}", "na", OPERATION) for n in range(1000)]
    client = redis.Redis.from_url(url)
    client.flushall()
    memory, remote = InMemoryBucketStore(), RedisBucketStore(client)
    results: dict[str, float] = {}
    for label, store in (("in memory", memory), ("Redis (loopback)", remote)):
        for keys_label, keys in (("1 seller", [key]), ("1,000 sellers", many)):
            best = float("inf")
            for _ in range(3):
                started = time.perf_counter()
                for i in range(calls):
                    k = keys[i % len(keys)]
                    now = time.monotonic()
                    store.reserve(k, 1e6, 10**6, now)  # never waits: the store's own cost
                    store.observe(k, 1e6, 10**6, now, None)
                best = min(best, (time.perf_counter() - started) * 1e6 / calls)
            results[f"{label}, {keys_label}"] = best
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for _ in range(calls):
            client.ping()
        best = min(best, (time.perf_counter() - started) * 1e6 / calls)
    results["one Redis round trip (PING), the floor"] = best
    results["Redis memory for 1,000 sellers' keys (KiB)"] = (
        sum(client.memory_usage(k) or 0 for k in client.scan_iter(count=1000)) / 1024
    )
    client.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--quick", action="store_true", help="60 calls per run (ideal 15 s)")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="threads", help=argparse.SUPPRESS)
    parser.add_argument("--calls", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--endpoint", help=argparse.SUPPRESS)
    parser.add_argument("--token-url", help=argparse.SUPPRESS)
    parser.add_argument("--redis-url", help=argparse.SUPPRESS)
    parser.add_argument("--signal-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return worker(args)

    calls = 60 if args.quick else 120
    ideal = (calls - BURST) / RATE
    outcomes = [
        run_fleet(
            f"{PROCESSES} processes x {WORKERS} threads", "threads", calls, target=ideal * 1.05
        ),
        run_fleet(
            f"{PROCESSES} processes x {WORKERS} asyncio tasks",
            "asyncio",
            calls,
            target=ideal * 1.05,
        ),
        run_fleet("threads, Redis restarted mid-run", "threads", calls, restart_at=ideal / 3),
        run_fleet("threads, no Redis (each paces alone)", "threads", calls, shared=False),
    ]
    print(
        f"\nFleet mode: {OPERATION} (plan {RATE:g}/s, burst {BURST}) against fake_spapi's strict "
        f"bucket, {PROCESSES} processes sharing one Redis"
    )
    header = (
        f"{'scenario':40} {'calls':>5} {'ideal s':>8} {'measured s':>10} {'dev %':>6} "
        f"{'target s':>8} {'429s':>5} {'errors':>6}  verdict"
    )
    print(header)
    print("-" * len(header))
    for o in outcomes:
        deviation = (o.elapsed - o.ideal) / o.ideal * 100
        target = f"{o.target:8.2f}" if o.target is not None else f"{'-':>8}"
        verdict = "OK" if o.ok else "MISSED"
        if o.target is None:
            verdict = "no caller error" if not o.errors else "CALLER ERRORS"
        print(
            f"{o.name:40} {o.calls:5d} {o.ideal:8.2f} {o.elapsed:10.3f} {deviation:+6.2f} "
            f"{target} {o.throttled:5d} {o.errors:6d}  {verdict}"
        )
        if o.errors:
            print(f"    statuses: {dict(o.statuses)}")

    with RedisServer() as server:
        cost = per_call_cost(server.url, 2000)
    print("\nStore cost per SP-API call (reserve + observe), in process, best of 3 x 2000")
    for label, value in cost.items():
        unit = "" if "KiB" in label else " us"
        print(f"  {label:46} {value:9.1f}{unit}")
    missed = [o.name for o in outcomes[:3] if not o.ok]  # the control is for contrast
    if missed:
        print(f"\nMISSED: {', '.join(missed)}")
    return 1 if (missed and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())

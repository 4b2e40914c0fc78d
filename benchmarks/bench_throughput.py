"""Throughput benchmark: calls/s as concurrency grows, beside amzn-selling-partner.

getPackageTrackingDetails against the local fake SP-API, run in its own process
(``python -m fake_spapi``, advertising a raised plan of 1,000 requests/s, the
most the client believes, so that a limiter that is on seldom has to wait):
calls per second at 1, 10 and 50
asyncio tasks sharing one ``AsyncSellingPartner``, and 1 and 8 threads sharing
one ``SellingPartner``, with the limiter off and on. Each level runs in a fresh
worker process (so one run's pools and imports do not help the next), after a
warm-up that fetches the Login with Amazon token and adopts the raised plan.

With ``--amzn-python PATH`` (the python of a scratch venv holding
``amzn-selling-partner``, never this repository's venv), the same levels run
through its ``AsyncSellingPartner``/``SellingPartner`` in the same run,
interleaved with ours, and a column compares them; without it that column is
skipped. ``--inner`` picks our inner transports (``httpx``, the default;
``aiohttp`` from the ``aiohttp`` extra, async levels only; ``http.client``,
:class:`~selling_partner.HttpClientTransport`, sync levels only; all three by
default) to compare the options of docs/throughput.md. amzn-selling-partner adopts
``x-amzn-RateLimit-Limit`` only when retrying a 429, so with its limiter on its
buckets are given the raised plan after the first call (as a 429 would): both
limiters do their work on every call, neither waits.

Figures are medians of ``--repeat`` rounds; the load average is printed because
a shared machine makes them noisy: compare within one run only. Prints figures,
never fails on them. Run: ``.venv/bin/python benchmarks/bench_throughput.py
[--amzn-python /tmp/amzn/bin/python] [--calls 2000] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ASYNC_LEVELS = (1, 10, 50)
THREAD_LEVELS = (1, 8)
RAISED_PLAN = 1000.0  # the highest x-amzn-RateLimit-Limit the client believes
BURST = 10_000_000  # the fake's burst: its limits never bind
MARKETPLACE = "ATVPDKIKX0DER"


# -- workers (run in their own process; import only the client under test) ----------------


def _ours(args: argparse.Namespace) -> tuple[Callable[[], Any], Any]:
    from selling_partner import AsyncSellingPartner, SellingPartner

    settings: dict[str, Any] = {
        "client_id": args.client_id,
        "client_secret": args.client_secret,
        "refresh_token": args.refresh_token,
        "endpoint": args.endpoint,
        "token_url": args.endpoint + "/auth/o2/token",
        "rate_limiting": args.limiter == "on",
    }
    if args.inner == "aiohttp":
        from selling_partner import AiohttpTransport

        settings["transport"] = AiohttpTransport()
    elif args.inner == "http.client":
        from selling_partner import HttpClientTransport

        settings["transport"] = HttpClientTransport()
    if args.mode == "async":
        sp: Any = AsyncSellingPartner(**settings)
        api = sp.fulfillment_outbound_v2020_07_01
        return (lambda: api.get_package_tracking_details(package_number=1)), sp
    sp = SellingPartner(**settings)
    api = sp.fulfillment_outbound_v2020_07_01
    return (lambda: api.get_package_tracking_details(package_number=1)), sp


def _amzn(args: argparse.Namespace) -> tuple[Callable[[], Any], Any]:
    from amzn_selling_partner import AsyncSellingPartner, SellingPartner

    # Its region object only has to say where the SP-API is.
    region = SimpleNamespace(base_url=lambda sandbox=False: args.endpoint)
    settings: dict[str, Any] = {
        "region": region,
        "client_id": args.client_id,
        "client_secret": args.client_secret,
        "refresh_token": args.refresh_token,
        "token_url": args.endpoint + "/auth/o2/token",
        "throttle": args.limiter == "on",
    }
    sp: Any = (AsyncSellingPartner if args.mode == "async" else SellingPartner)(**settings)
    api = sp.fulfillment_outbound_v2020_07_01
    return (lambda: api.list_tracking(1)), sp


def _raise_amzn_plan(sp: Any) -> None:
    # amzn-selling-partner adopts x-amzn-RateLimit-Limit only when retrying a 429:
    # give its buckets the raised plan as that would (same limiter work, no waits).
    throttler = sp._http._throttler
    for bucket in [] if throttler is None else throttler._buckets.values():
        bucket.update_rate(RAISED_PLAN)


def _worker(args: argparse.Namespace) -> None:
    call, sp = (_ours if args.client == "ours" else _amzn)(args)
    warm = 40  # the token, imports, and (limiter on) the raised plan adopted
    if args.mode == "async":

        async def main() -> float:
            async def loop(n: int) -> None:
                for _ in range(n):
                    await call()

            await call()
            if args.client == "amzn":
                _raise_amzn_plan(sp)
            for _ in range(warm):
                await call()
            shares = _shares(args.calls, args.level)
            started = time.perf_counter()
            await asyncio.gather(*(loop(n) for n in shares))
            elapsed = time.perf_counter() - started
            await sp.aclose()
            return elapsed

        elapsed = asyncio.run(main())
    else:
        failures: list[BaseException] = []

        def loop(n: int) -> None:
            # A thread that raises dies quietly: its calls would go uncounted and
            # the figure would look better than it is. Record it and fail the run.
            try:
                for _ in range(n):
                    call()
            except BaseException as exc:
                failures.append(exc)

        call()
        if args.client == "amzn":
            _raise_amzn_plan(sp)
        for _ in range(warm):
            call()
        threads = [
            threading.Thread(target=loop, args=(n,)) for n in _shares(args.calls, args.level)
        ]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
        sp.close()
        if failures:
            raise SystemExit(f"{len(failures)} of {len(threads)} threads failed: {failures[0]!r}")
    print(json.dumps({"calls_per_s": args.calls / elapsed}))


def _shares(calls: int, workers: int) -> list[int]:
    return [calls // workers + (1 if i < calls % workers else 0) for i in range(workers)]


# -- the driver ------------------------------------------------------------------------------


@contextmanager
def _fake_server() -> Iterator[tuple[str, dict[str, str]]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tests" / "fakes")}
    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "fake_spapi", "--port", "0"),
            *("--advertised-rate", str(RAISED_PLAN)),
            # Server limits off (as in issue 19's figures): no run empties this burst,
            # so a client whose limiter is off is measured, not the fake's 429s.
            *("--burst", str(BURST)),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        facts: dict[str, str] = {}
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("Ctrl-C"):
                break
            key, _, value = line.strip().partition(" ")
            facts[key] = value.strip()
        yield facts["endpoint"], facts
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _run(python: str, facts: dict[str, str], endpoint: str, **level: Any) -> float:
    command = [
        python,
        str(Path(__file__).resolve()),
        "--worker",
        "--endpoint",
        endpoint,
        "--client-id",
        facts["client_id"],
        "--client-secret",
        facts["client_secret"],
        "--refresh-token",
        facts["refresh_token"],
    ]
    for key, value in level.items():
        command += [f"--{key.replace('_', '-')}", str(value)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise SystemExit(f"worker {level} failed:\n{done.stderr[-2000:]}")
    return float(json.loads(done.stdout.strip().splitlines()[-1])["calls_per_s"])


def _levels(modes: str = "async,sync") -> list[tuple[str, int, str]]:
    wanted = {mode.strip() for mode in modes.split(",")}
    return [
        (mode, level, limiter)
        for limiter in ("off", "on")
        for mode, levels in (("async", ASYNC_LEVELS), ("sync", THREAD_LEVELS))
        if mode in wanted
        for level in levels
    ]


def main(argv: list[str] | None = None) -> int:
    """Run every level ``--repeat`` times and print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000, help="calls per level and round")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (medians are printed)")
    parser.add_argument("--amzn-python", default=os.environ.get("AMZN_SELLING_PARTNER_PYTHON"))
    parser.add_argument(
        "--before-python",
        help="a venv's python holding an earlier selling-partner, for a before column",
    )
    parser.add_argument(
        "--inner",
        default="httpx,aiohttp,http.client",
        help="our inner transports to compare, comma-separated: httpx, aiohttp (async),"
        " http.client (sync)",
    )
    parser.add_argument("--modes", default="async,sync", help="async, sync or both")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    for hidden in ("endpoint", "client-id", "client-secret", "refresh-token", "client", "mode"):
        parser.add_argument(f"--{hidden}", help=argparse.SUPPRESS)
    parser.add_argument("--level", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--limiter", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        _worker(args)
        return 0

    amzn = args.amzn_python
    if amzn and not Path(amzn).exists():
        raise SystemExit(f"--amzn-python {amzn}: no such interpreter")
    inners = [name.strip() for name in args.inner.split(",") if name.strip()]
    columns = (["before"] if args.before_python else []) + inners
    figures: dict[tuple[str, str, int, str], list[float]] = {}
    load_before = os.getloadavg()[0]
    with _fake_server() as (endpoint, facts):
        for _ in range(args.repeat):
            for mode, level, limiter in _levels(args.modes):
                # aiohttp's transport is async only, http.client's sync only
                wrong = "aiohttp" if mode == "sync" else "http.client"
                runs = [(f"ours:{i}", sys.executable, i) for i in inners if i != wrong]
                if args.before_python:
                    runs.insert(0, ("ours:before", args.before_python, "httpx"))
                if amzn:
                    runs.append(("amzn", amzn, "httpx"))
                for name, python, inner in runs:
                    value = _run(
                        python,
                        facts,
                        endpoint,
                        client=name.partition(":")[0],
                        mode=mode,
                        level=level,
                        limiter=limiter,
                        calls=args.calls,
                        inner=inner,
                    )
                    figures.setdefault((name, mode, level, limiter), []).append(value)
    load_after = os.getloadavg()[0]

    print(
        f"getPackageTrackingDetails, {args.calls} calls per level, median of {args.repeat} "
        f"rounds; load average {load_before:.1f} -> "
        f"{load_after:.1f} on {os.cpu_count()} cores"
    )
    header = "| client | limiter | level |" + "".join(f" ours, {c} |" for c in columns)
    rule = "|---|---|---|" + "---:|" * len(columns)
    if amzn:
        header += " amzn-selling-partner | ratio (best of ours) |"
        rule += "---:|---:|"
    print(header)
    print(rule)
    for mode, level, limiter in _levels(args.modes):
        unit = "tasks" if mode == "async" else "threads"
        row = f"| {mode} | {limiter} | {level} {unit} |"
        best = 0.0
        for column in columns:
            values = figures.get((f"ours:{column}", mode, level, limiter))
            ours = statistics.median(values) if values else None
            row += " - |" if ours is None else f" {ours:,.0f} |"
            if column != "before":
                best = max(best, ours or 0.0)
        if amzn:
            theirs = statistics.median(figures[("amzn", mode, level, limiter)])
            row += f" {theirs:,.0f} | {best / theirs:.2f} |"
        print(row)
    if not amzn:
        print("(amzn-selling-partner column skipped: pass --amzn-python PATH to a scratch venv)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

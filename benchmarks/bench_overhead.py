"""Per-call overhead: SellingPartner against a bare httpx client doing the same request.

Issue 14's figure: the CPU time one getPackageTrackingDetails call costs in this
client (limiter and retries on, tolerant parsing on, the typed model built) over
a bare ``httpx.Client`` sending the same request (same URL, query and
``x-amz-access-token`` header) and decoding its JSON; the same for
``AsyncSellingPartner`` against ``httpx.AsyncClient``. Target: at most
0.15 ms per call, flat over 10,000 calls.

The local fake SP-API runs in its own process (its CPU is not counted) with a
raised plan (1,000 requests/s advertised, which the limiter adopts), so the
limiter does its work on every call without waiting. Bare and ours alternate
in rounds; the figures are medians of the rounds' CPU time per call
(``time.process_time``: steadier than wall time on a busy machine), with wall
time beside them, and, for flatness, ours over the first and the last 3,000
calls of one 10,000-call run (medians of blocks of 1,000), with the objects the
collector tracks at the start and the end (a leak would grow them).

``--profile`` prints where our extra time goes (cProfile, our modules only).

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_overhead.py [--calls N] [--rounds R]``.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "fakes"))

from bench_throughput import _fake_server  # noqa: E402  (this folder is on the path)
from fake_spapi import (  # noqa: E402  (tests/fakes/ is put on the path just above)
    FAKE_CLIENT_ID,
    FAKE_CLIENT_SECRET,
    FAKE_REFRESH_TOKEN,
)

TARGET_MS = 0.15
PATH = "/fba/outbound/2020-07-01/tracking"


@contextmanager
def _fake() -> Iterator[str]:
    # The fake in its own process with a raised plan the limiter adopts (as bench_throughput).
    with _fake_server() as (endpoint, _facts):
        yield endpoint


def _settings(endpoint: str) -> dict[str, Any]:
    return {
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": FAKE_REFRESH_TOKEN,
        "endpoint": endpoint,
        "token_url": endpoint + "/auth/o2/token",
        "env": {},
    }


def _token(endpoint: str) -> str:
    import httpx

    form = {
        "grant_type": "refresh_token",
        "refresh_token": FAKE_REFRESH_TOKEN,
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
    }
    with httpx.Client() as client:
        token: str = client.post(endpoint + "/auth/o2/token", data=form).json()["access_token"]
    return token


def _objects() -> int:
    """Objects the collector tracks, after a collection: growth here would be a leak."""
    import gc

    gc.collect()
    return len(gc.get_objects())


def _measure(call: Callable[[], Any], calls: int) -> tuple[float, float]:
    """CPU and wall ms per call."""
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in range(calls):
        call()
    return (time.process_time() - c0) * 1000 / calls, (time.perf_counter() - t0) * 1000 / calls


async def _ameasure(call: Callable[[], Any], calls: int) -> tuple[float, float]:
    c0, t0 = time.process_time(), time.perf_counter()
    for _ in range(calls):
        await call()
    return (time.process_time() - c0) * 1000 / calls, (time.perf_counter() - t0) * 1000 / calls


def _sync(endpoint: str, args: argparse.Namespace) -> dict[str, Any]:
    import httpx
    from selling_partner import SellingPartner

    token = _token(endpoint)
    headers = {"x-amz-access-token": token}
    bare_client = httpx.Client(base_url=endpoint)

    def bare() -> Any:
        answer = bare_client.get(PATH, params={"packageNumber": 1}, headers=headers)
        return json.loads(answer.content)

    sp = SellingPartner(**_settings(endpoint))
    op = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details

    def ours() -> Any:
        return op(package_number=1)

    for _ in range(50):  # connections, the token, the raised plan adopted
        bare(), ours()
    rounds: dict[str, list[tuple[float, float]]] = {"bare": [], "ours": []}
    for _ in range(args.rounds):
        rounds["bare"].append(_measure(bare, args.calls))
        rounds["ours"].append(_measure(ours, args.calls))
    blocks = [(_measure(ours, 1000), _objects()) for _ in range(max(6, args.flat // 1000))]
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(_measure, ours, args.calls)
        _print_profile(profile)
    sp.close()
    bare_client.close()
    return {"rounds": rounds, "blocks": blocks}


def _async(endpoint: str, args: argparse.Namespace) -> dict[str, Any]:
    import httpx
    from selling_partner import AsyncSellingPartner

    token = _token(endpoint)
    headers = {"x-amz-access-token": token}

    async def main() -> dict[str, Any]:
        bare_client = httpx.AsyncClient(base_url=endpoint)

        async def bare() -> Any:
            answer = await bare_client.get(PATH, params={"packageNumber": 1}, headers=headers)
            return json.loads(answer.content)

        sp = AsyncSellingPartner(**_settings(endpoint))
        op = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details

        async def ours() -> Any:
            return await op(package_number=1)

        for _ in range(50):
            await bare()
            await ours()
        rounds: dict[str, list[tuple[float, float]]] = {"bare": [], "ours": []}
        for _ in range(args.rounds):
            rounds["bare"].append(await _ameasure(bare, args.calls))
            rounds["ours"].append(await _ameasure(ours, args.calls))
        blocks = [
            (await _ameasure(ours, 1000), _objects()) for _ in range(max(6, args.flat // 1000))
        ]
        await sp.aclose()
        await bare_client.aclose()
        return {"rounds": rounds, "blocks": blocks}

    return asyncio.run(main())


def _print_profile(profile: cProfile.Profile) -> None:
    print("where our time goes (cProfile, our modules and the generated call, by own time):")
    stats = pstats.Stats(profile)
    stats.sort_stats("tottime").print_stats(r"selling_partner", 25)


def _report(name: str, figures: dict[str, Any]) -> None:
    bare_cpu = statistics.median(r[0] for r in figures["rounds"]["bare"])
    ours_cpu = statistics.median(r[0] for r in figures["rounds"]["ours"])
    bare_wall = statistics.median(r[1] for r in figures["rounds"]["bare"])
    ours_wall = statistics.median(r[1] for r in figures["rounds"]["ours"])
    over = ours_cpu - bare_cpu
    verdict = "within" if over <= TARGET_MS else "OVER"
    print(f"{name}:")
    print(f"  bare httpx           CPU {bare_cpu:6.3f} ms/call   wall {bare_wall:6.3f}")
    print(f"  SellingPartner       CPU {ours_cpu:6.3f} ms/call   wall {ours_wall:6.3f}")
    print(f"  overhead             CPU {over:+6.3f} ms/call   (target <= {TARGET_MS}: {verdict})")
    # Medians of the first and last three blocks of 1,000 calls: one block alone
    # swings by a third on a shared machine.
    blocks = figures["blocks"]
    first = statistics.median(b[0][0] for b in blocks[:3])
    last = statistics.median(b[0][0] for b in blocks[-3:])
    print(
        f"  flat over {len(blocks):,}k calls  CPU first 3k {first:.3f} ms/call, last 3k"
        f" {last:.3f} ms/call; live objects {blocks[0][1]:,} -> {blocks[-1][1]:,}"
    )


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=1000, help="calls per round")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--flat", type=int, default=10_000, help="calls of the flatness run")
    parser.add_argument("--profile", action="store_true")
    args, _ = parser.parse_known_args(argv)  # ./dev bench passes its arguments to every script
    with _fake() as endpoint:
        load = os.getloadavg()[0]
        print(
            f"getPackageTrackingDetails against the local fake, {args.rounds} rounds of"
            f" {args.calls} calls (medians); load average {load:.1f} on {os.cpu_count()} cores"
        )
        _report("sync (httpx.Client vs SellingPartner)", _sync(endpoint, args))
        _report("async (httpx.AsyncClient vs AsyncSellingPartner)", _async(endpoint, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())

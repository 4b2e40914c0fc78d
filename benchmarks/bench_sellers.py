"""Many sellers in one process: a client per seller (before) against seller views (after).

The local fake SP-API runs in its own process (so its per-seller state is not
counted), accepting ``--sellers`` refresh tokens. Each mode then runs in a fresh
Python process, ``--repeats`` times; the figures printed are the medians:

* ``before``: a ``SellingPartner`` per seller, kept (as a worker caching its
  clients does), one ``getPackageTrackingDetails`` call each;
* ``views``: one ``SellingPartner``, ``sp.for_seller(token)`` per seller, the
  views kept alive (the same shape as ``before``);
* ``per-task``: the same, each view used in a ``with`` block and dropped (the
  loop an agency writes);
* the same three on ``AsyncSellingPartner``, ``--concurrency`` sellers at a
  time (an ``asyncio.Semaphore``);
* with ``--amazon-sdk-python PATH`` (a scratch venv holding Amazon's own SDK,
  ``amzn-sp-api``), ``amazon-sdk``: its client per seller, as its README shows,
  in the same run (the issue's reference figure).

Per mode: time per seller after the first (the first pays imports, the model
table and the pool), wall clock and the client process's own CPU time (the
server's share and other processes' load left out); memory per seller after
the first (resident set size, after ``gc.collect()``); the process's open TCP
sockets at the end. Each seller makes two requests: its Login with Amazon
token, then the call.

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_sellers.py [--sellers 1000]``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MODES = ("before", "views", "per-task", "async-before", "async-views", "async-per-task")

_SERVER = """
import sys, threading
sys.path.insert(0, {tests!r})
from fake_spapi import FakeSpApi
server = FakeSpApi(default_rate_limit=(1000.0, 1000)).start()
for n in range({sellers}):
    server.add_refresh_token(f"Atzr|bench-seller-{{n}}")
print(server.endpoint, server.token_url, flush=True)
sys.stdin.read()
server.stop()
"""


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def _tcp_sockets() -> int:
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for table in ("/proc/self/net/tcp", "/proc/self/net/tcp6"):
        try:
            rows = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        count += sum(1 for row in rows if row.split()[9] in inodes)
    return count


def _settings(endpoint: str, token_url: str, refresh_token: str) -> dict[str, Any]:
    from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET

    return {
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": refresh_token,
        "endpoint": endpoint,
        "token_url": token_url,
        "env": {},
    }


def _mark() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


def _figures(
    started: tuple[float, float], first: tuple[float, float], rss_first: float, sellers: int
) -> dict[str, Any]:
    gc.collect()
    done = _mark()
    rest = max(sellers - 1, 1)
    return {
        "first_ms": (first[0] - started[0]) * 1000,
        "ms_per_seller": (done[0] - first[0]) * 1000 / rest,
        "cpu_ms_per_seller": (done[1] - first[1]) * 1000 / rest,
        "mb_per_seller": (_rss_mb() - rss_first) / rest,
        "sockets": _tcp_sockets(),
    }


def _run_sync(mode: str, endpoint: str, token_url: str, sellers: int, inner: str) -> dict[str, Any]:
    from fake_spapi import FAKE_REFRESH_TOKEN
    from selling_partner import SellingPartner

    def track(sp: Any) -> None:
        sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)

    tokens = [f"Atzr|bench-seller-{n}" for n in range(sellers)]
    kept: list[Any] = []
    parent = None
    if mode != "before":
        extra: dict[str, Any] = {}
        if inner == "http.client":
            from selling_partner import HttpClientTransport

            extra["transport"] = HttpClientTransport()
        parent = SellingPartner(**_settings(endpoint, token_url, FAKE_REFRESH_TOKEN), **extra)
    started = _mark()
    rss_first, first_done = 0.0, started
    for n, token in enumerate(tokens):
        if mode == "before":
            sp = SellingPartner(**_settings(endpoint, token_url, token))
            track(sp)
            kept.append(sp)
        elif mode == "views":
            assert parent is not None
            view = parent.for_seller(token)
            track(view)
            kept.append(view)
        else:
            assert parent is not None
            with parent.for_seller(token) as view:
                track(view)
        if n == 0:
            gc.collect()
            rss_first, first_done = _rss_mb(), _mark()
    figures = _figures(started, first_done, rss_first, sellers)
    for sp in kept:
        sp.close()
    if parent is not None:
        parent.close()
    return figures


def _run_amazon_sdk(endpoint: str, token_url: str, sellers: int) -> dict[str, Any]:
    """Amazon's own SDK (``amzn-sp-api``): a client per seller, as its README shows."""
    import logging

    from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET
    from spapi import FbaOutboundApi, SPAPIClient, SPAPIConfig

    logging.disable(logging.INFO)  # its import sets up INFO logging of every request
    kept: list[Any] = []
    started = _mark()
    rss_first, first_done = 0.0, started
    for n in range(sellers):
        config = SPAPIConfig(
            FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, refresh_token=f"Atzr|bench-seller-{n}"
        )
        client = SPAPIClient(config, oauth_endpoint=token_url, endpoint=endpoint)
        FbaOutboundApi(client.api_client).get_package_tracking_details(package_number=1)
        kept.append(client)
        if n == 0:
            gc.collect()
            rss_first, first_done = _rss_mb(), _mark()
    return _figures(started, first_done, rss_first, sellers)


async def _run_async(
    mode: str, endpoint: str, token_url: str, sellers: int, concurrency: int, inner: str
) -> dict[str, Any]:
    from fake_spapi import FAKE_REFRESH_TOKEN
    from selling_partner import AsyncSellingPartner

    async def track(sp: Any) -> None:
        await sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number=1)

    tokens = [f"Atzr|bench-seller-{n}" for n in range(sellers)]
    kept: list[Any] = []
    parent = None
    if mode != "async-before":
        extra: dict[str, Any] = {}
        if inner == "aiohttp":
            from selling_partner import AiohttpTransport

            extra["transport"] = AiohttpTransport()
        parent = AsyncSellingPartner(**_settings(endpoint, token_url, FAKE_REFRESH_TOKEN), **extra)
    gate = asyncio.Semaphore(concurrency)

    async def one(token: str) -> None:
        async with gate:
            if mode == "async-before":
                sp = AsyncSellingPartner(**_settings(endpoint, token_url, token))
                await track(sp)
                kept.append(sp)
            elif mode == "async-views":
                assert parent is not None
                view = parent.for_seller(token)
                await track(view)
                kept.append(view)
            else:
                assert parent is not None
                async with parent.for_seller(token) as view:
                    await track(view)

    started = _mark()
    await one(tokens[0])
    gc.collect()
    rss_first, first_done = _rss_mb(), _mark()
    await asyncio.gather(*(one(token) for token in tokens[1:]))
    figures = _figures(started, first_done, rss_first, sellers)
    for sp in kept:
        await sp.aclose()
    if parent is not None:
        await parent.aclose()
    return figures


def _child(args: argparse.Namespace) -> None:
    sys.path.insert(0, str(ROOT / "tests" / "fakes"))
    if args.mode == "amazon-sdk":
        figures = _run_amazon_sdk(args.endpoint, args.token_url, args.sellers)
    elif args.mode.startswith("async"):
        figures = asyncio.run(
            _run_async(
                args.mode, args.endpoint, args.token_url, args.sellers, args.concurrency, args.inner
            )
        )
    else:
        figures = _run_sync(args.mode, args.endpoint, args.token_url, args.sellers, args.sync_inner)
    print(json.dumps(figures))


def main() -> None:
    """Start the fake, run each mode ``--repeats`` times in fresh processes, print medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sellers", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument(
        "--inner",
        default="httpx",
        help="the async parent's inner transport for the views: httpx (default) or aiohttp",
    )
    parser.add_argument(
        "--sync-inner",
        default="httpx",
        help="the sync parent's inner transport for the views: httpx (default) or http.client",
    )
    parser.add_argument(
        "--amazon-sdk-python",
        metavar="PYTHON",
        help="a scratch venv's python holding Amazon's SDK (amzn-sp-api): its row alongside",
    )
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    parser.add_argument("--endpoint", help=argparse.SUPPRESS)
    parser.add_argument("--token-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        _child(args)
        return
    code = _SERVER.format(tests=str(ROOT / "tests" / "fakes"), sellers=args.sellers)
    server = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        endpoint, token_url = server.stdout.readline().split()
        print(
            f"{args.sellers} sellers, one getPackageTrackingDetails call each (plus its token), "
            f"fake SP-API in its own process; async: {args.concurrency} at a time"
            f" (views on the {args.inner} inner transport, sync views on {args.sync_inner}); "
            f"medians of {args.repeats} runs (os.getloadavg {os.getloadavg()[0]:.1f} "
            f"on {os.cpu_count()} cores: a loaded machine)"
        )
        print(
            f"{'mode':<16}{'ms/seller':>10}{'client CPU ms':>14}{'MB/seller':>11}"
            f"{'sockets':>9}{'first ms':>10}"
        )
        modes = args.modes.split(",") + (["amazon-sdk"] if args.amazon_sdk_python else [])
        for mode in modes:
            python = args.amazon_sdk_python if mode == "amazon-sdk" else sys.executable
            runs = []
            for _ in range(args.repeats):
                out = subprocess.run(
                    [python, __file__, "--mode", mode, "--endpoint", endpoint,
                     "--token-url", token_url, "--sellers", str(args.sellers),
                     "--concurrency", str(args.concurrency), "--inner", args.inner,
                     "--sync-inner", args.sync_inner],
                    check=True, capture_output=True, text=True,
                )  # fmt: skip
                runs.append(json.loads(out.stdout.splitlines()[-1]))

            def median(name: str, runs: list[dict[str, Any]] = runs) -> float:
                return statistics.median(run[name] for run in runs)

            print(
                f"{mode:<16}{median('ms_per_seller'):>10.2f}{median('cpu_ms_per_seller'):>14.2f}"
                f"{median('mb_per_seller'):>11.4f}"
                f"{median('sockets'):>9.0f}{median('first_ms'):>10.1f}",
                flush=True,
            )
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()

"""Document download benchmark: peak memory and throughput for a big gzip report.

A synthetic flat-file report (tab-separated rows, 200 MB uncompressed by
default) is gzipped once, into a temporary file. Each mode then runs in a fresh
Python process (so ``ru_maxrss`` is its own): a ``SellingPartner`` (or
``AsyncSellingPartner``) on an ``httpx.MockTransport`` that answers Login with
Amazon, ``getReportDocument`` (``compressionAlgorithm: GZIP``) and the presigned
S3 GET, streaming the compressed object in 64 KiB chunks as a socket would.
The compressed object is loaded, and the client warmed up on a tiny report
(imports, token), before measuring, so the figures are the download's own:

* ``stream``: ``Documents.stream_report(id, sink)`` into a sink that counts bytes;
* ``stream-async``: the same through ``AsyncDocuments``;
* ``download``: ``Documents.download_report(id)`` (the whole report as bytes),
  for contrast.

Printed per mode: peak traced Python memory (tracemalloc, one run), the
process's peak RSS after that run and before it (``resource.getrusage``; the
compressed object itself is in both), and throughput in decompressed MB/s (a
second run, untraced).

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_documents.py [--mb 200]``.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
from selling_partner import AsyncSellingPartner, SellingPartner
from selling_partner._documents import AsyncDocuments, Documents

ENDPOINT = "https://sellingpartnerapi-na.amazon.com"
TOKEN_URL = "https://api.amazon.com/auth/o2/token"
S3_URL = (
    "https://tortuga-prod-na.s3-external-1.amazonaws.com/bench/report?X-Amz-Algorithm="
    "AWS4-HMAC-SHA256&X-Amz-Credential=BENCH&X-Amz-Signature=BENCH"
)
CHUNK = 64 * 1024
MB = 1_000_000


def make_report(path: Path, size: int) -> tuple[int, int]:
    """Write a gzip report of ``size`` uncompressed bytes to ``path``; (raw, gz) sizes."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    header = b"sku\tasin\tquantity\tprice\ttitle\n"
    written, n = len(header), 0
    with path.open("wb") as out:
        out.write(compressor.compress(header))
        while written < size:
            rows = b"".join(
                b"SKU-%08d\tB0%08X\t%d\t%d.%02d\tSynthetic item %d, colour %d, size %d\n"
                % (i, i * 2654435761 % 2**32, i % 113, i % 997, i % 100, i, i % 17, i % 9)
                for i in range(n, n + 10_000)
            )
            n += 10_000
            written += len(rows)
            out.write(compressor.compress(rows))
        out.write(compressor.flush())
    return written, path.stat().st_size


def handler(body: bytes, is_async: bool) -> Callable[[httpx.Request], httpx.Response]:
    def chunks() -> Iterator[bytes]:
        view = memoryview(body)
        for start in range(0, len(body), CHUNK):
            yield bytes(view[start : start + CHUNK])

    async def achunks() -> AsyncIterator[bytes]:
        for chunk in chunks():
            yield chunk

    def answer(request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            token = {"access_token": "Atza|bench", "token_type": "bearer", "expires_in": 3600}
            return httpx.Response(200, content=json.dumps(token).encode())
        if request.url.host.endswith("amazonaws.com"):
            headers = {"content-type": "text/plain; charset=UTF-8", "etag": '"bench"'}
            return httpx.Response(200, content=achunks() if is_async else chunks(), headers=headers)
        document = {"reportDocumentId": "bench", "url": S3_URL, "compressionAlgorithm": "GZIP"}
        return httpx.Response(200, content=json.dumps(document).encode())

    return answer


class CountingSink:
    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)


CREDENTIALS: dict[str, Any] = {
    "client_id": "amzn1.application-oa2-client.bench",
    "client_secret": "bench",
    "refresh_token": "Atzr|bench",
    "endpoint": ENDPOINT,
    "token_url": TOKEN_URL,
    "env": {},
}


def run_sync(body: bytes, mode: str) -> int:
    transport = httpx.MockTransport(handler(body, False))
    with SellingPartner(transport=transport, rate_limiting=False, **CREDENTIALS) as sp:
        docs = Documents(sp, transport=transport)
        if mode == "download":
            return len(docs.download_report("bench"))
        sink = CountingSink()
        docs.stream_report("bench", sink)
        return sink.size


async def run_async(body: bytes) -> int:
    transport = httpx.MockTransport(handler(body, True))
    async with AsyncSellingPartner(transport=transport, rate_limiting=False, **CREDENTIALS) as sp:
        docs = AsyncDocuments(sp, transport=transport)
        sink = CountingSink()
        await docs.stream_report("bench", sink)
        await docs.aclose()
        return sink.size


def run(body: bytes, mode: str) -> int:
    if mode == "stream-async":
        return asyncio.run(run_async(body))
    return run_sync(body, mode)


def maxrss_bytes() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def child(path: Path, mode: str) -> None:
    body = path.read_bytes()
    # Warm up on a tiny report: imports (the operation table, the generated Reports
    # package) and the token fetch are not what is measured.
    run(gzip.compress(b"sku\n"), mode)
    rss_before = maxrss_bytes()
    tracemalloc.start()
    size = run(body, mode)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_peak = maxrss_bytes()
    started = time.perf_counter()
    run(body, mode)
    seconds = time.perf_counter() - started
    figures = {"size": size, "peak": peak, "rss0": rss_before, "rss": rss_peak, "seconds": seconds}
    print(json.dumps(figures))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="uncompressed report size in MB")
    parser.add_argument("--child", nargs=2, metavar=("PATH", "MODE"), help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args()
    if args.child:
        child(Path(args.child[0]), args.child[1])
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.tsv.gz"
        started = time.perf_counter()
        raw, compressed = make_report(path, args.mb * MB)
        print(
            f"synthetic report: {raw / MB:.1f} MB uncompressed, {compressed / MB:.1f} MB gzip "
            f"(made in {time.perf_counter() - started:.1f} s)"
        )
        with gzip.open(path) as check:  # the report is valid gzip
            check.read(1)
        print(f"{'mode':<14}{'peak traced':>14}{'peak RSS (before)':>24}{'throughput':>14}")
        for mode in ("stream", "stream-async", "download"):
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path), mode],
                check=True,
                capture_output=True,
                text=True,
            )
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            if figures["size"] != raw:
                print(f"{mode}: got {figures['size']} bytes, expected {raw}")
                return 1
            print(
                f"{mode:<14}{figures['peak'] / MB:>11.1f} MB{figures['rss'] / MB:>11.1f} MB "
                f"({figures['rss0'] / MB:>5.1f} MB)"
                f"{figures['size'] / MB / figures['seconds']:>9.0f} MB/s"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

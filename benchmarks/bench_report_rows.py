"""Report job benchmark: a 1 GB report fetched as rows, peak memory and throughput.

``sp.reports.fetch(...)`` then ``for row in report.rows()`` through the whole
stack: a ``SellingPartner`` on an ``httpx.MockTransport`` answering Login with
Amazon, ``getReports``, ``createReport``, ``getReport`` (DONE) and
``getReportDocument`` (``compressionAlgorithm: GZIP``), and the presigned S3 GET,
whose body is a synthetic tab-separated report: gzip members of about 1 MB of
rows sent back to back in 64 KiB chunks (so the server side holds no copy of it
and costs nothing).

Each run is a fresh Python process, warmed up on a tiny report first (imports,
token), so ``ru_maxrss`` before and after are the job's own. Printed: size,
rows, peak RSS before and after, peak traced Python memory (tracemalloc, on a
smaller run: tracing a 1 GB run takes too long), and the time split between
the download (gunzip into a temporary file) and reading the rows.

Run: ``./dev bench`` or ``.venv/bin/python benchmarks/bench_report_rows.py [--mb 1000]``.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from typing import Any

import httpx
from selling_partner import SellingPartner

ENDPOINT = "https://sellingpartnerapi-na.amazon.com"
TOKEN_URL = "https://api.amazon.com/auth/o2/token"
S3_URL = (
    "https://tortuga-prod-na.s3-external-1.amazonaws.com/bench/report?X-Amz-Algorithm="
    "AWS4-HMAC-SHA256&X-Amz-Credential=BENCH&X-Amz-Signature=BENCH"
)
CHUNK = 64 * 1024
MB = 1_000_000
HEADER = b"sku\tasin\tquantity\tprice\ttitle\n"
REPORT_TYPE = "GET_MERCHANT_LISTINGS_ALL_DATA"


def _block() -> bytes:
    """About 1 MB of rows as one gzip member (gzip allows members back to back)."""
    rows = b"".join(
        b"SKU-%08d\tB0%08X\t%d\t%d.%02d\tSynthetic item %d, colour %d, size %d\n"
        % (i, i * 2654435761 % 2**32, i % 113, i % 997, i % 100, i, i % 17, i % 9)
        for i in range(14_000)
    )
    return rows


BLOCK = _block()
BLOCK_GZ = zlib.compress(BLOCK, 6, wbits=31)


def report_chunks(size: int) -> Iterator[bytes]:
    """A gzip TSV report of about ``size`` uncompressed bytes: one member, then repeats.

    The server side costs nothing and holds about 1 MB, so the figures are the client's.
    """
    yield zlib.compress(HEADER, 6, wbits=31)
    for _ in range(max(1, size // len(BLOCK))):
        for start in range(0, len(BLOCK_GZ), CHUNK):
            yield BLOCK_GZ[start : start + CHUNK]


def handler(size: int) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            token = {"access_token": "Atza|bench", "token_type": "bearer", "expires_in": 3600}
            return httpx.Response(200, json=token)
        if request.url.host.endswith("amazonaws.com"):
            headers = {"content-type": "text/plain;charset=UTF-8", "etag": '"bench"'}
            return httpx.Response(200, content=report_chunks(size), headers=headers)
        path = request.url.path
        if path.endswith("/documents/bench"):
            document = {"reportDocumentId": "bench", "url": S3_URL, "compressionAlgorithm": "GZIP"}
            return httpx.Response(200, json=document)
        if request.method == "POST":
            return httpx.Response(202, json={"reportId": "1"})
        if path.endswith("/reports"):
            return httpx.Response(200, json={"reports": []})
        report = {
            "reportId": "1",
            "reportType": REPORT_TYPE,
            "processingStatus": "DONE",
            "createdTime": "2026-11-28T00:00:00Z",
            "reportDocumentId": "bench",
        }
        return httpx.Response(200, json=report)

    return answer


CREDENTIALS: dict[str, Any] = {
    "client_id": "amzn1.application-oa2-client.bench",
    "client_secret": "bench",
    "refresh_token": "Atzr|bench",
    "endpoint": ENDPOINT,
    "token_url": TOKEN_URL,
    "marketplace": "ATVPDKIKX0DER",
    "env": {},
}


def run(size: int) -> dict[str, float]:
    transport = httpx.MockTransport(handler(size))
    with SellingPartner(transport=transport, rate_limiting=False, **CREDENTIALS) as sp:
        started = time.perf_counter()
        with sp.reports.fetch(REPORT_TYPE) as report:
            fetched = time.perf_counter()
            rows = 0
            quantity = 0
            for row in report.rows():
                rows += 1
                quantity += len(row["quantity"])
            done = time.perf_counter()
            return {
                "size": report.size,
                "rows": rows,
                "download": fetched - started,
                "rows_seconds": done - fetched,
            }


def maxrss_bytes() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def child(size: int, traced: bool) -> None:
    run(1000)  # warm-up: imports, the operation table, the token
    rss_before = maxrss_bytes()
    if traced:
        tracemalloc.start()
    figures: dict[str, Any] = run(size)
    if traced:
        figures["peak"] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    figures["rss0"] = rss_before
    figures["rss"] = maxrss_bytes()
    print(json.dumps(figures))


def measure(size: int, traced: bool) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(size), "1" if traced else "0"],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=1000, help="uncompressed report size in MB")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args, _ = parser.parse_known_args()
    if args.child:
        child(int(args.child[0]), args.child[1] == "1")
        return 0
    traced = measure(min(args.mb, 50) * MB, traced=True)
    print(
        f"traced run: {traced['size'] / MB:.0f} MB, {traced['rows']:,} rows, "
        f"peak traced Python memory {traced['peak'] / MB:.2f} MB"
    )
    big = measure(args.mb * MB, traced=False)
    total = big["download"] + big["rows_seconds"]
    print(
        f"{big['size'] / MB:.0f} MB report, {big['rows']:,} rows: "
        f"peak RSS {big['rss'] / MB:.1f} MB (before the job {big['rss0'] / MB:.1f} MB); "
        f"download+gunzip {big['download']:.1f} s ({big['size'] / MB / big['download']:.0f} MB/s), "
        f"rows {big['rows_seconds']:.1f} s ({big['rows'] / big['rows_seconds']:,.0f} rows/s), "
        f"total {big['size'] / MB / total:.0f} MB/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Report, feed and Data Kiosk documents over presigned S3 URLs (``_documents``).

One ``httpx.MockTransport`` plays Login with Amazon, SP-API (the real generated
Reports, Feeds and Data Kiosk operations) and S3 (objects with Range support and
scripted failures). Nothing sleeps: sleeps go to a fake clock.
"""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import logging
import threading
import traceback
import tracemalloc
import zlib
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import httpx
import pytest
from runtime_fakes import (
    CLIENT_ID,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    SECRETS,
    TOKEN_URL,
    FakeClock,
    json_response,
    token_response,
)
from selling_partner import (
    ApiError,
    AsyncSellingPartner,
    AuthError,
    ConfigurationError,
    InMemoryBucketStore,
    SellingPartner,
)
from selling_partner._documents import (
    AsyncDocuments,
    DocumentError,
    DocumentInfo,
    Documents,
    DocumentUrlExpiredError,
    charset_of,
    codec_for,
    gunzip_needed,
    s3_error,
    safe_url,
    upload_body,
)
from selling_partner._documents._bodies import Gunzip
from selling_partner._ratelimit import BucketKey

ENDPOINT = "https://sellingpartnerapi-na.amazon.com"
S3_HOST = "tortuga-prod-na.s3-external-1.amazonaws.com"
SIGNATURE = "5ca1ab1e0ddba11SIGNATURE0do0not0leak"
CREDENTIAL = "ASIAXCREDENTIALDONOTLEAK"
SESSION = "IQoJb3JpZ2luX2VjSESSION-token-do-not-leak"
URL_SECRETS = [SIGNATURE, CREDENTIAL, SESSION]


def presigned(key: str) -> str:
    return (
        f"https://{S3_HOST}/{key}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261128T091500Z"
        f"&X-Amz-SignedHeaders=host&X-Amz-Expires=300"
        f"&X-Amz-Credential={CREDENTIAL}%2F20261128%2Fus-east-1%2Fs3%2Faws4_request"
        f"&X-Amz-Security-Token={SESSION}&X-Amz-Signature={SIGNATURE}"
    )


EXPIRED_XML = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code>'
    b"<Message>Request has expired</Message><X-Amz-Expires>300</X-Amz-Expires>"
    b"<Expires>2026-11-28T09:20:00Z</Expires><ServerTime>2026-11-28T09:31:02Z</ServerTime>"
    b"<RequestId>S3REQ1</RequestId></Error>"
)
# S3 echoes the signature and the credential in a SignatureDoesNotMatch body.
SIGNATURE_XML = (
    "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated "
    "does not match the signature you provided. Check your key and signing method.</Message>"
    f"<AWSAccessKeyId>{CREDENTIAL}</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n"
    f"{CREDENTIAL}/20261128/us-east-1/s3/aws4_request</StringToSign>"
    f"<SignatureProvided>{SIGNATURE}</SignatureProvided><CanonicalRequest>PUT\n/feed\n"
    f"X-Amz-Security-Token={SESSION}</CanonicalRequest></Error>"
).encode()

Scripted = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class FakeWorld:
    """Login with Amazon, the documents operations of SP-API, and an S3 bucket."""

    def __init__(self) -> None:
        self.documents: dict[str, dict[str, Any]] = {}  # SP-API answers by document id
        self.objects: dict[str, tuple[bytes, dict[str, str]]] = {}  # S3 key -> body, headers
        self.s3: deque[Scripted] = deque()  # served before the objects
        self.sp_requests: list[httpx.Request] = []
        self.s3_requests: list[httpx.Request] = []
        self.puts: list[tuple[str, bytes]] = []  # Content-Type, body
        self.ignore_range = False
        self.tokens = 0

    def report(
        self,
        document_id: str,
        body: bytes,
        *,
        gzip_it: bool = True,
        headers: dict[str, str] | None = None,
    ) -> bytes:
        key = f"doc/{document_id}"
        stored = gzip.compress(body, mtime=0) if gzip_it else body
        self.objects[key] = (stored, {"content-type": "text/plain", **(headers or {})})
        answer: dict[str, Any] = {"reportDocumentId": document_id, "url": presigned(key)}
        if gzip_it:
            answer["compressionAlgorithm"] = "GZIP"
        self.documents[document_id] = answer
        return stored

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            self.tokens += 1
            return token_response(self.tokens - 1)
        if request.url.host == S3_HOST:
            self.s3_requests.append(request)
            if self.s3:
                scripted = self.s3.popleft()
                if isinstance(scripted, Exception):
                    raise scripted
                if callable(scripted):
                    return scripted(request)
                return scripted
            return self._object(request)
        self.sp_requests.append(request)
        path = request.url.path
        if request.method == "POST" and path == "/feeds/2021-06-30/documents":
            spec = json.loads(request.content)
            key = "feeds/upload-1"
            self.documents["created"] = spec
            return json_response(
                201, {"feedDocumentId": "amzn1.tortuga.3.feed1", "url": presigned(key)}
            )
        document_id = path.rsplit("/", 1)[-1]
        if document_id in self.documents:
            return json_response(200, self.documents[document_id])
        return json_response(404, {"errors": [{"code": "NotFound", "message": "no document"}]})

    def _object(self, request: httpx.Request) -> httpx.Response:
        key = request.url.path.lstrip("/")
        if request.method == "PUT":
            self.puts.append((request.headers.get("content-type", ""), request.read()))
            return httpx.Response(200, headers={"etag": '"put-etag"'})
        if key not in self.objects:
            return httpx.Response(404, content=b"<Error><Code>NoSuchKey</Code></Error>")
        body, headers = self.objects[key]
        headers = {**headers, "etag": '"etag-1"'}
        wanted = request.headers.get("range")
        if wanted and not self.ignore_range:
            start = int(wanted.removeprefix("bytes=").rstrip("-"))
            headers["content-range"] = f"bytes {start}-{len(body) - 1}/{len(body)}"
            return httpx.Response(206, content=body[start:], headers=headers)
        return httpx.Response(200, content=body, headers=headers)


def broken(body: bytes, after: int, *, is_async: bool = False) -> Callable[[httpx.Request], Any]:
    """An S3 answer whose connection breaks after ``after`` bytes of ``body``."""

    def chunks() -> Iterator[bytes]:
        yield body[:after]
        raise httpx.ReadError("connection reset by peer")

    async def achunks() -> AsyncIterator[bytes]:
        yield body[:after]
        raise httpx.ReadError("connection reset by peer")

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"etag": '"etag-1"', "content-type": "text/plain"}
        return httpx.Response(200, content=achunks() if is_async else chunks(), headers=headers)

    return answer


class CountingStore(InMemoryBucketStore):
    """Counts the rate limiter's reservations."""

    def __init__(self) -> None:
        super().__init__()
        self.reserved: list[BucketKey] = []

    def reserve(self, key: BucketKey, *args: Any, **kwargs: Any) -> float:
        self.reserved.append(key)
        return super().reserve(key, *args, **kwargs)


def half() -> float:
    return 0.5


def make(world: FakeWorld, clock: FakeClock, **kwargs: Any) -> tuple[SellingPartner, Documents]:
    transport = httpx.MockTransport(world)
    sp = SellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        endpoint=ENDPOINT,
        token_url=TOKEN_URL,
        transport=transport,
        env={},
        clock=clock,
        sleep=clock.sleep,
        rng=half,
        **kwargs,
    )
    return sp, Documents(sp, transport=transport, sleep=clock.sleep, rng=half)


def amake(world: FakeWorld, clock: FakeClock) -> tuple[AsyncSellingPartner, AsyncDocuments]:
    transport = httpx.MockTransport(world)
    sp = AsyncSellingPartner(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        refresh_token=REFRESH_TOKEN,
        endpoint=ENDPOINT,
        token_url=TOKEN_URL,
        transport=transport,
        env={},
        clock=clock,
        sleep=clock.asleep,
        rng=half,
    )
    return sp, AsyncDocuments(sp, transport=transport, sleep=clock.asleep, rng=half)


REPORT = b"sku\tqty\n" + b"".join(b"SKU-%06d\t%d\n" % (n, n % 97) for n in range(20_000))


# -- downloads ------------------------------------------------------------------------


def test_download_report_gunzips_and_sends_no_sp_api_credential() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("amzn1.spdoc.1", REPORT)
    store = CountingStore()
    sp, docs = make(world, clock, bucket_store=store)
    with sp:
        assert docs.download_report("amzn1.spdoc.1") == REPORT
    (sp_request,) = world.sp_requests
    assert sp_request.url.path == "/reports/2021-06-30/documents/amzn1.spdoc.1"
    assert "x-amz-access-token" in sp_request.headers
    (s3,) = world.s3_requests
    assert str(s3.url) == presigned("doc/amzn1.spdoc.1")  # the URL is used unchanged
    sp_headers = {"x-amz-access-token", "authorization", "x-amz-date", "user-agent-sp"}
    assert not sp_headers & {name.lower() for name in s3.headers}
    # Only the SP-API call took a rate-limit slot.
    assert [key.operation for key in store.reserved] == ["getReportDocument"]


def test_stream_report_writes_bounded_chunks() -> None:
    world, clock = FakeWorld(), FakeClock()
    big = b"A" * (5 * 1024 * 1024 + 123)  # compresses ~1000:1, so one input chunk explodes
    world.report("big", big)
    sink = RecordingSink()
    sp, docs = make(world, clock)
    with sp:
        info = docs.stream_report("big", sink)
    assert b"".join(sink.chunks) == big
    assert max(len(c) for c in sink.chunks) <= 1 << 20
    assert len(sink.chunks) >= 6
    assert info.size == len(big) and info.compressed and info.attempts == 1
    assert info.raw_bytes == len(world.objects["doc/big"][0])
    assert info.location == f"https://{S3_HOST}/doc/big"


class RecordingSink:
    def __init__(self) -> None:
        self.chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        self.chunks.append(data)
        return len(data)


def test_uncompressed_report_and_text_charset_from_content_type() -> None:
    world, clock = FakeWorld(), FakeClock()
    text = "sku\tname\nA1\tCaf\u00e9 cr\u00e8me \u20ac\n"
    world.report(
        "plain",
        text.encode("cp1252"),
        gzip_it=False,
        headers={"content-type": "text/plain; charset=Cp1252"},
    )
    sp, docs = make(world, clock)
    with sp:
        assert docs.download_report("plain") == text.encode("cp1252")
        assert docs.download_report_text("plain") == text
        # An explicit encoding wins over the header.
        assert docs.download_report_text("plain", encoding="latin-1", errors="replace") != text


def test_text_defaults_to_utf8_without_bom_and_knows_java_charsets() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("bom", "\ufeffh\u00e9".encode())
    jp = "\u5546\u54c1"
    world.report(
        "jp", jp.encode("cp932"), headers={"content-type": "text/plain;charset=Windows-31J"}
    )
    sp, docs = make(world, clock)
    with sp:
        assert docs.download_report_text("bom") == "h\u00e9"
        assert docs.download_report_text("jp") == jp


def test_unknown_charset_says_to_pass_encoding() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("odd", b"x", headers={"content-type": "text/plain; charset=x-martian"})
    sp, docs = make(world, clock)
    with sp, pytest.raises(DocumentError, match="encoding="):
        docs.download_report_text("odd")


def test_feed_result_and_data_kiosk_documents() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("feedresult", b"<ProcessingReport/>")
    world.documents["feedresult"] = {
        "feedDocumentId": "feedresult",
        "url": presigned("doc/feedresult"),
        "compressionAlgorithm": "GZIP",
    }
    rows = b'{"a":1}\n{"a":2}\n'
    world.objects["kiosk/doc1"] = (
        gzip.compress(rows),
        {"content-type": "application/x-ndjson", "content-encoding": "gzip"},
    )
    world.documents["kiosk1"] = {"documentId": "kiosk1", "documentUrl": presigned("kiosk/doc1")}
    sp, docs = make(world, clock)
    with sp:
        assert docs.download_feed_result("feedresult") == b"<ProcessingReport/>"
        assert docs.download_feed_result_text("feedresult") == "<ProcessingReport/>"
        assert docs.download_data_kiosk("kiosk1") == rows
        sink = io.BytesIO()
        docs.stream_data_kiosk("kiosk1", sink)
        assert sink.getvalue() == rows
    paths = [r.url.path for r in world.sp_requests]
    assert "/feeds/2021-06-30/documents/feedresult" in paths
    assert "/dataKiosk/2023-11-15/documents/kiosk1" in paths


def test_stream_url_for_a_document_already_fetched() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("held", REPORT)
    sp, docs = make(world, clock)
    sink = io.BytesIO()
    with sp:
        info = docs.stream_url(presigned("doc/held"), sink, compression="GZIP")
    assert sink.getvalue() == REPORT and info.compressed
    assert world.sp_requests == []


# -- retries and resume ------------------------------------------------------------------


def test_get_retries_5xx_and_connection_errors_with_backoff() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("r", REPORT)
    world.s3.extend([httpx.Response(503), httpx.ConnectError("refused"), httpx.Response(500)])
    sp, docs = make(world, clock)
    with sp:
        assert docs.download_report("r") == REPORT
    assert len(world.s3_requests) == 4
    # Full jitter with rng=0.5: half of 0.5, 1, 2 seconds.
    assert clock.sleeps == [0.25, 0.5, 1.0]


def test_s3_retry_after_is_honoured() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("r", REPORT)
    world.s3.append(httpx.Response(503, headers={"retry-after": "7"}))
    sp, docs = make(world, clock)
    with sp:
        assert docs.download_report("r") == REPORT
    assert clock.sleeps == [7.0]


def test_get_gives_up_after_the_policy_attempts() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("r", REPORT)
    world.s3.extend([httpx.Response(500, headers={"x-amz-request-id": "S3RID"})] * 5)
    sp, docs = make(world, clock)
    with sp, pytest.raises(DocumentError) as caught:
        docs.download_report("r")
    assert caught.value.status == 500 and caught.value.request_id == "S3RID"
    assert isinstance(caught.value, ApiError)
    assert len(world.s3_requests) == 5


def test_connection_failures_exhausted_raise_document_error() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("r", REPORT)
    world.s3.extend([httpx.ConnectError("refused")] * 5)
    sp, docs = make(world, clock)
    with sp, pytest.raises(DocumentError, match=r"ConnectError.*attempts exhausted"):
        docs.download_report("r")


def test_broken_download_resumes_with_range_and_if_match() -> None:
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("r", REPORT)
    cut = len(stored) // 3
    world.s3.append(broken(stored, cut))
    sp, docs = make(world, clock)
    sink = io.BytesIO()
    with sp:
        info = docs.stream_report("r", sink)
    assert sink.getvalue() == REPORT
    first, second = world.s3_requests
    assert "range" not in first.headers
    assert second.headers["range"] == f"bytes={cut}-"
    assert second.headers["if-match"] == '"etag-1"'
    assert info.attempts == 2 and info.raw_bytes == len(stored)


def test_resume_answered_200_skips_what_was_already_written() -> None:
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("r", REPORT)
    world.ignore_range = True
    world.s3.append(broken(stored, 1000))
    sp, docs = make(world, clock)
    with sp:
        assert docs.download_report("r") == REPORT


def test_progress_earns_a_fresh_retry_budget() -> None:
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("r", REPORT)
    step = len(stored) // 8
    # Seven breaks, each after more bytes: more than max_attempts=5 failures in all.
    world.s3.extend(broken_range(stored, step * n, step * (n + 1)) for n in range(7))
    sp, docs = make(world, clock)
    with sp:
        assert docs.download_report("r") == REPORT
    assert len(world.s3_requests) == 8


def broken_range(body: bytes, start: int, stop: int) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        def chunks() -> Iterator[bytes]:
            yield body[start:stop]
            raise httpx.RemoteProtocolError("peer closed connection")

        status, headers = 200, {"etag": '"etag-1"'}
        if start:
            status, headers["content-range"] = 206, f"bytes {start}-{len(body) - 1}/{len(body)}"
        return httpx.Response(status, content=chunks(), headers=headers)

    return answer


def test_a_body_shorter_than_its_content_length_is_resumed() -> None:
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("r", REPORT)

    def short(request: httpx.Request) -> httpx.Response:
        headers = {"etag": '"etag-1"', "content-length": str(len(stored))}
        return httpx.Response(200, content=iter([stored[:4096]]), headers=headers)

    world.s3.append(short)
    sp, docs = make(world, clock)
    with sp:
        assert docs.download_report("r") == REPORT
    assert world.s3_requests[-1].headers["range"] == "bytes=4096-"


@pytest.mark.parametrize("streamed", [True, False])
def test_content_encoding_gzip_with_gzip_algorithm_is_gunzipped_once(streamed: bool) -> None:
    # enableContentEncodingUrlHeader=true: S3 labels the GZIP object Content-Encoding: gzip.
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("r", REPORT, headers={"content-encoding": "gzip"})

    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"content-encoding": "gzip", "etag": '"e"'}
        body = iter([stored]) if streamed else stored  # bytes: httpx decodes it up front
        return httpx.Response(200, content=body, headers=headers)

    world.s3.append(answer)
    sp, docs = make(world, clock)
    with sp:
        assert docs.download_report("r") == REPORT


def test_resume_at_the_wrong_offset_fails() -> None:
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("r", REPORT)
    world.s3.append(broken(stored, 100))
    world.s3.append(
        httpx.Response(206, content=stored[50:], headers={"content-range": "bytes 50-999/1000"})
    )
    sp, docs = make(world, clock)
    with sp, pytest.raises(DocumentError, match="resume at byte 100"):
        docs.download_report("r")


def test_document_changed_during_resume() -> None:
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("r", REPORT)
    world.s3.append(broken(stored, 100))
    world.s3.append(httpx.Response(412, content=b"<Error><Code>PreconditionFailed</Code></Error>"))
    sp, docs = make(world, clock)
    with sp, pytest.raises(DocumentError, match="changed during the download"):
        docs.download_report("r")


# -- errors ----------------------------------------------------------------------------


def test_expired_url_is_fetched_again_once_then_says_to_ask_again() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("r", REPORT)
    expired = httpx.Response(403, content=EXPIRED_XML, headers={"x-amz-request-id": "R1"})
    world.s3.extend([expired, expired])
    sp, docs = make(world, clock)
    with sp, pytest.raises(DocumentUrlExpiredError) as caught:
        docs.download_report("r")
    err = caught.value
    assert "expired" in str(err) and "get_report_document again" in str(err)
    assert err.status == 403 and err.request_id == "R1"
    assert [e.code for e in err.errors] == ["AccessDenied"]
    # Not the SP-API error hook's AuthError: S3's 403 is about the URL.
    assert not isinstance(err, AuthError)
    assert len(world.s3_requests) == 2 and len(world.sp_requests) == 2
    assert clock.sleeps == []


def test_expiry_during_a_resume_continues_at_a_fresh_url() -> None:
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("r", REPORT)
    fresh = presigned("doc/r") + "&fresh=1"

    def expire(request: httpx.Request) -> httpx.Response:
        world.documents["r"]["url"] = fresh
        return httpx.Response(403, content=EXPIRED_XML)

    world.s3.extend([broken(stored, 5000), expire])
    sp, docs = make(world, clock)
    with sp:
        assert docs.download_report("r") == REPORT
    assert [str(r.url) for r in world.s3_requests] == [presigned("doc/r")] * 2 + [fresh]
    assert world.s3_requests[-1].headers["range"] == "bytes=5000-"
    assert world.s3_requests[-1].headers["if-match"] == '"etag-1"'
    assert len(world.sp_requests) == 2


def test_stream_url_cannot_fetch_a_fresh_url() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("r", REPORT)
    world.s3.append(httpx.Response(403, content=EXPIRED_XML))
    sp, docs = make(world, clock)
    with sp, pytest.raises(DocumentUrlExpiredError, match="ask for the document again"):
        docs.stream_url(presigned("doc/r"), io.BytesIO(), compression="GZIP")
    assert world.sp_requests == []


def test_unknown_compression_fails_before_s3() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("r", REPORT)
    world.documents["r"]["compressionAlgorithm"] = "ZSTD"
    sp, docs = make(world, clock)
    with sp, pytest.raises(DocumentError, match="only GZIP"):
        docs.download_report("r")
    assert world.s3_requests == []


def test_truncated_and_corrupt_gzip() -> None:
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("short", REPORT)
    world.objects["doc/short"] = (stored[: len(stored) // 2], {})
    world.report("junk", REPORT)
    world.objects["doc/junk"] = (b"this is not gzip at all", {})
    sp, docs = make(world, clock)
    with sp:
        with pytest.raises(DocumentError, match="truncated"):
            docs.download_report("short")
        with pytest.raises(DocumentError, match="not valid gzip"):
            docs.download_report("junk")


def test_missing_document_is_the_sp_api_error() -> None:
    world, clock = FakeWorld(), FakeClock()
    sp, docs = make(world, clock)
    with sp, pytest.raises(ApiError) as caught:
        docs.download_report("nope")
    assert caught.value.status == 404 and not isinstance(caught.value, DocumentError)


def test_raise_errors_false_answer_without_url_is_an_error() -> None:
    world, clock = FakeWorld(), FakeClock()
    sp, docs = make(world, clock, raise_errors=False)
    with sp, pytest.raises(ApiError, match="answered without a url"):
        docs.download_report("nope")


@pytest.mark.parametrize("bad", ["", "  ", None, 12])
def test_bad_document_id(bad: Any) -> None:
    world, clock = FakeWorld(), FakeClock()
    sp, docs = make(world, clock)
    with sp, pytest.raises(ConfigurationError, match="report_document_id must be"):
        docs.download_report(bad)
    assert world.sp_requests == []


def test_bad_sink_and_url() -> None:
    world, clock = FakeWorld(), FakeClock()
    sp, docs = make(world, clock)
    with sp:
        with pytest.raises(ConfigurationError, match="write"):
            docs.stream_report("r", object())  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError, match="http"):
            docs.stream_url("ftp://x/y?X-Amz-Signature=" + SIGNATURE, io.BytesIO())
    assert world.sp_requests == [] and world.s3_requests == []


def test_failing_transfers_leak_no_url_secret(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, httpx's INFO request lines included
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("r", REPORT)
    world.s3.extend(
        [
            broken(stored, 10),
            httpx.ConnectError("refused"),
            httpx.Response(503),
            httpx.Response(403, content=EXPIRED_XML),
            httpx.Response(403, content=EXPIRED_XML),  # after a fresh URL
            httpx.Response(403, content=SIGNATURE_XML),
        ]
    )
    sp, docs = make(world, clock)
    failures: list[BaseException] = []
    with sp:
        for _ in range(2):
            try:
                docs.download_report("r")
            except DocumentError as exc:
                failures.append(exc)
        try:
            docs.upload_feed(b"<x/>", "text/xml; charset=UTF-8")
        except DocumentError as exc:
            failures.append(exc)
        world.s3.extend([httpx.ConnectError("refused")] * 5)
        try:
            docs.stream_url(presigned("doc/r"), io.BytesIO())
        except DocumentError as exc:
            failures.append(exc)
        info = docs.stream_url(presigned("doc/r"), io.BytesIO(), compression="GZIP")
    assert len(failures) == 3 and len(world.s3_requests) >= 10
    assert any("SignatureDoesNotMatch" in str(e) for e in failures)
    shown = [caplog.text, repr(docs), repr(info), str(info)]
    for failure in failures:
        shown += [str(failure), repr(failure), "".join(traceback.format_exception(failure))]
    assert any(f"{S3_HOST}" in text for text in shown)  # the host is shown
    for text in shown:
        for secret in [*URL_SECRETS, *SECRETS]:
            assert secret not in text


# -- uploads ---------------------------------------------------------------------------


def test_upload_feed_puts_the_bytes_with_the_exact_content_type() -> None:
    world, clock = FakeWorld(), FakeClock()
    sp, docs = make(world, clock)
    content_type = "text/xml; charset=UTF-8"
    with sp:
        feed_document_id = docs.upload_feed(b"<AmazonEnvelope/>", content_type)
    assert feed_document_id == "amzn1.tortuga.3.feed1"
    assert world.documents["created"] == {"contentType": content_type}
    assert world.puts == [(content_type, b"<AmazonEnvelope/>")]
    (put,) = world.s3_requests
    assert put.method == "PUT" and str(put.url) == presigned("feeds/upload-1")
    assert "x-amz-access-token" not in put.headers
    assert put.headers["content-length"] == str(len(b"<AmazonEnvelope/>"))


def test_upload_str_is_encoded_with_the_content_types_charset() -> None:
    world, clock = FakeWorld(), FakeClock()
    sp, docs = make(world, clock)
    with sp:
        docs.upload_feed("caf\u00e9", "text/tab-separated-values; charset=iso-8859-1")
    assert world.puts == [("text/tab-separated-values; charset=iso-8859-1", b"caf\xe9")]


def test_upload_retries_the_same_bytes() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.s3.extend([httpx.Response(500), httpx.ReadTimeout("slow")])
    sp, docs = make(world, clock)
    with sp:
        docs.upload_feed(b"<x/>", "text/xml; charset=UTF-8")
    assert len(world.s3_requests) == 3
    assert {r.read() for r in world.s3_requests} == {b"<x/>"}
    assert world.puts == [("text/xml; charset=UTF-8", b"<x/>")]
    assert len(world.sp_requests) == 1  # createFeedDocument once


def test_upload_signature_mismatch_names_the_content_type() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.s3.append(httpx.Response(403, content=SIGNATURE_XML))
    sp, docs = make(world, clock)
    with sp, pytest.raises(DocumentError, match="Content-Type must be exactly"):
        docs.upload_feed(b"<x/>", "text/xml; charset=UTF-8")


class Unseekable(io.RawIOBase):
    def readable(self) -> bool:
        return True


def test_upload_a_file_from_its_position_in_chunks_and_again_on_retry(tmp_path: Any) -> None:
    world, clock = FakeWorld(), FakeClock()
    world.s3.extend([httpx.Response(503), httpx.WriteError("broken pipe")])
    feed = b"HEADER TO SKIP|" + b"sku\tquantity\n" + b"A1\t5\n" * 400_000  # 2.4 MB: 3 chunks
    path = tmp_path / "feed.tsv"
    path.write_bytes(feed)
    sp, docs = make(world, clock)
    with sp, path.open("rb") as f:
        f.seek(len(b"HEADER TO SKIP|"))
        docs.upload_feed(f, "text/tab-separated-values; charset=UTF-8")
    expected = feed[len(b"HEADER TO SKIP|") :]
    assert world.puts == [("text/tab-separated-values; charset=UTF-8", expected)]
    final = world.s3_requests[-1]
    assert final.headers["content-length"] == str(len(expected))
    assert "transfer-encoding" not in final.headers
    assert len(world.s3_requests) == 3


def test_a_file_that_shrinks_during_upload() -> None:
    class Shrinking(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            return b"" if size else super().read(size)

    world, clock = FakeWorld(), FakeClock()
    sp, docs = make(world, clock)
    with sp, pytest.raises(ConfigurationError, match="got shorter"):
        docs.upload_feed(Shrinking(b"abc"), "text/plain; charset=UTF-8")


@pytest.mark.parametrize(
    ("content", "content_type", "match"),
    [
        ("text", "text/xml", "names no charset"),
        (b"x", "", "media type"),
        (b"x", None, "media type"),
        (io.StringIO("x"), "text/xml", "text mode"),
        (Unseekable(), "text/xml", "seekable"),
        (12, "text/xml", "bytes, str or a binary file"),
        ("x", "text/xml; charset=martian", "not a codec"),
    ],
)
def test_upload_bad_input_sends_nothing(content: Any, content_type: Any, match: str) -> None:
    world, clock = FakeWorld(), FakeClock()
    sp, docs = make(world, clock)
    with sp, pytest.raises(ConfigurationError, match=match):
        docs.upload_feed(content, content_type)
    assert world.sp_requests == [] and world.s3_requests == []


# -- lifecycle ---------------------------------------------------------------------------


def test_close_leaves_the_borrowed_transport_open() -> None:
    closed: list[str] = []

    class Transport(httpx.MockTransport):
        def close(self) -> None:
            closed.append("inner")

    world = FakeWorld()
    world.report("r", REPORT)
    docs = Documents(object(), transport=Transport(world))
    assert docs.stream_url(presigned("doc/r"), io.BytesIO(), compression="GZIP").size == len(REPORT)
    docs.close()
    with docs:  # usable again after close; with closes it too
        assert docs.stream_url(presigned("doc/r"), io.BytesIO()).compressed is False
    assert closed == []


async def test_async_context_manager_closes_its_client() -> None:
    world = FakeWorld()
    world.report("r", REPORT)
    async with AsyncDocuments(object(), transport=httpx.MockTransport(world)) as docs:
        sink = io.BytesIO()
        await docs.stream_url(presigned("doc/r"), sink, compression="GZIP")
        client = docs._http
    assert sink.getvalue() == REPORT
    assert client is not None and client.is_closed and docs._http is None


def test_bad_settings() -> None:
    with pytest.raises(ConfigurationError, match="BaseTransport"):
        Documents(object(), transport=httpx.AsyncHTTPTransport())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="AsyncBaseTransport"):
        AsyncDocuments(object(), transport=httpx.HTTPTransport())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="RetryPolicy"):
        Documents(object(), retry=3)  # type: ignore[arg-type]


# -- async -----------------------------------------------------------------------------


class AsyncSink:
    def __init__(self) -> None:
        self.data = bytearray()

    async def write(self, data: bytes) -> int:
        self.data += data
        return len(data)


async def test_async_download_stream_text_and_upload() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("r", REPORT, headers={"content-type": "text/plain; charset=UTF-8"})
    world.report("k", b"{}\n")
    world.documents["k"] = {"documentId": "k", "documentUrl": presigned("doc/k")}
    world.report("f", b"<r/>")
    world.documents["f"] = {
        "feedDocumentId": "f",
        "url": presigned("doc/f"),
        "compressionAlgorithm": "GZIP",
    }
    world.s3.append(httpx.Response(503))
    sp, docs = amake(world, clock)
    async with sp:
        assert await docs.download_report("r") == REPORT
        assert await docs.download_report_text("r") == REPORT.decode()
        sink = AsyncSink()
        info = await docs.stream_report("r", sink)
        file_sink = io.BytesIO()
        await docs.stream_feed_result("f", file_sink)
        assert await docs.download_feed_result("f") == b"<r/>"
        assert await docs.download_feed_result_text("f") == "<r/>"
        assert await docs.download_data_kiosk("k") == gzip.compress(b"{}\n", mtime=0)
        await docs.stream_data_kiosk("k", io.BytesIO())
        feed_id = await docs.upload_feed("<x/>", "text/xml; charset=UTF-8")
        world.s3.append(httpx.Response(500))
        await docs.upload_feed(io.BytesIO(b"<file/>"), "text/xml; charset=UTF-8")
        await docs.aclose()
    assert bytes(sink.data) == REPORT and info.compressed
    assert file_sink.getvalue() == b"<r/>"
    assert feed_id == "amzn1.tortuga.3.feed1"
    assert world.puts == [
        ("text/xml; charset=UTF-8", b"<x/>"),
        ("text/xml; charset=UTF-8", b"<file/>"),
    ]
    assert world.s3_requests[-1].headers["content-length"] == "7"
    assert clock.sleeps == [0.25, 0.25]
    assert all("x-amz-access-token" not in r.headers for r in world.s3_requests)


async def test_async_resume_and_expiry() -> None:
    world, clock = FakeWorld(), FakeClock()
    stored = world.report("r", REPORT)
    world.s3.append(broken(stored, 777, is_async=True))
    sp, docs = amake(world, clock)
    async with sp:
        sink = io.BytesIO()
        info = await docs.stream_url(presigned("doc/r"), sink, compression="GZIP")
        assert sink.getvalue() == REPORT and info.attempts == 2
        assert world.s3_requests[-1].headers["range"] == "bytes=777-"
        world.s3.extend([httpx.Response(403, content=EXPIRED_XML)] * 2)
        with pytest.raises(DocumentUrlExpiredError, match="get_report_document again"):
            await docs.download_report("r")


async def test_async_retries_exhausted_and_upload_errors() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("r", REPORT)
    world.s3.extend([httpx.ConnectError("refused")] * 5)
    sp, docs = amake(world, clock)
    async with sp:
        with pytest.raises(DocumentError, match="ConnectError"):
            await docs.download_report("r")
        world.s3.extend([httpx.ConnectError("refused"), httpx.Response(403, content=SIGNATURE_XML)])
        with pytest.raises(DocumentError, match="Content-Type must be exactly"):
            await docs.upload_feed(b"<x/>", "text/xml; charset=UTF-8")
        with pytest.raises(ConfigurationError):
            await docs.stream_report("r", object())


# -- the pure core -----------------------------------------------------------------------


def test_safe_url_drops_query_and_fragment() -> None:
    assert safe_url(presigned("a/b c")) == f"https://{S3_HOST}/a/b c"
    assert safe_url("http://h:8080/p?x=1#f") == "http://h:8080/p"


def test_charset_and_codec() -> None:
    assert charset_of("text/plain;charset=Cp1252") == "Cp1252"
    assert charset_of('text/plain; format=x; Charset="UTF-8"') == "UTF-8"
    assert charset_of("text/plain") is None and charset_of(None) is None
    assert codec_for("UTF-8") == "utf-8-sig"
    assert codec_for("windows-31j") == "cp932"
    assert codec_for("Cp1252") == "cp1252"


def test_gunzip_needed() -> None:
    assert gunzip_needed("GZIP", None)
    assert gunzip_needed(None, "gzip")
    assert not gunzip_needed(None, None) and not gunzip_needed(None, "identity")
    with pytest.raises(DocumentError, match="only GZIP"):
        gunzip_needed("BZIP2", None)


def test_gunzip_members_and_bounded_output() -> None:
    stream = gzip.compress(b"a" * 3_000_000) + gzip.compress(b"tail")
    decoder = Gunzip()
    out = [chunk for i in range(0, len(stream), 7) for chunk in decoder.feed(stream[i : i + 7])]
    decoder.finish()
    assert b"".join(out) == b"a" * 3_000_000 + b"tail"
    whole = list(Gunzip().feed(stream))
    assert max(map(len, whole)) <= 1 << 20 and b"".join(whole) == b"".join(out)


def test_gunzip_member_ending_on_an_output_chunk_boundary() -> None:
    mib = 1 << 20
    stream = gzip.compress(b"a" * mib) + gzip.compress(b"b" * mib)
    for step in (len(stream), 4096, 1):
        decoder = Gunzip()
        out = b"".join(
            chunk
            for i in range(0, len(stream), step)
            for chunk in decoder.feed(stream[i : i + step])
        )
        decoder.finish()
        assert out == b"a" * mib + b"b" * mib


def test_s3_error_reads_only_code_and_message() -> None:
    err = s3_error("PUT", presigned("k"), 403, httpx.Headers(), SIGNATURE_XML, again="x")
    assert [(e.code, e.message[:20]) for e in err.errors] == [
        ("SignatureDoesNotMatch", "The request signatur")
    ]
    for secret in URL_SECRETS:
        assert secret not in str(err) and secret not in repr(err)
    token = s3_error(
        "GET",
        presigned("k"),
        403,
        None,
        b"<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message>",
        again="call it again",
    )
    assert isinstance(token, DocumentUrlExpiredError)
    assert not isinstance(
        s3_error("GET", presigned("k"), 403, None, b"", again="x"), DocumentUrlExpiredError
    )


def test_upload_body() -> None:
    assert upload_body(bytearray(b"ab"), "application/octet-stream") == b"ab"
    assert upload_body("\u20ac", "text/plain; charset=Cp1252") == b"\x80"


def test_document_info_is_plain_data() -> None:
    info = DocumentInfo(f"https://{S3_HOST}/k", None, None, False, 1, 1, 1)
    assert "X-Amz" not in repr(info)


# -- over a real socket ------------------------------------------------------------------


class _LocalS3(BaseHTTPRequestHandler):
    """A local S3 stand-in: Range support; the first GET breaks after 1000 bytes."""

    protocol_version = "HTTP/1.1"
    body = b""
    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        self.seen.append({k.lower(): v for k, v in self.headers.items()})
        wanted = self.headers.get("Range")
        start = int(wanted.removeprefix("bytes=").rstrip("-")) if wanted else 0
        self.send_response(206 if wanted else 200)
        self.send_header("Content-Length", str(len(self.body) - start))
        self.send_header("ETag", '"local"')
        self.send_header("Content-Type", "text/plain; charset=UTF-8")
        if wanted:
            self.send_header(
                "Content-Range", f"bytes {start}-{len(self.body) - 1}/{len(self.body)}"
            )
        self.end_headers()
        if len(self.seen) == 1:
            self.wfile.write(self.body[:1000])
            self.close_connection = True  # the peer goes away mid-body
            return
        self.wfile.write(self.body[start:])

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_real_socket_resume_with_the_default_transport(
    caplog: pytest.LogCaptureFixture, request: pytest.FixtureRequest
) -> None:
    caplog.set_level(logging.DEBUG)  # httpcore's connection lines too
    _LocalS3.body = gzip.compress(REPORT)
    _LocalS3.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _LocalS3)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    sleeps: list[float] = []
    docs = Documents(object(), sleep=sleeps.append, rng=half)  # its own HTTPTransport
    try:
        url = f"http://127.0.0.1:{server.server_port}/doc/r?X-Amz-Signature={SIGNATURE}"
        sink = io.BytesIO()
        info = docs.stream_url(url, sink, compression="GZIP")
    finally:
        docs.close()
        server.shutdown()
        server.server_close()
    assert sink.getvalue() == REPORT
    assert info.attempts == 2 and info.charset == "UTF-8"
    assert _LocalS3.seen[1]["range"] == "bytes=1000-"
    assert _LocalS3.seen[1]["if-match"] == '"local"'
    assert sleeps == [0.25]
    # httpcore logs its connections (its lines are checked for the signature too),
    # unless the run puts HttpClientTransport in its place (--sync-inner http.client).
    httpcore_ran = request.config.getoption("--sync-inner") == "httpx"
    assert ("httpcore" in caplog.text) is httpcore_ran and SIGNATURE not in caplog.text


# -- wiring: sp.documents ----------------------------------------------------------------


def test_sp_documents_is_wired_to_the_clients_transport_and_closed_with_it() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("amzn1.spdoc.w", REPORT)
    sp, _ = make(world, clock)
    with sp:
        assert "documents" in dir(sp)
        assert sp.documents is sp.documents  # one per client
        assert sp.documents.download_report("amzn1.spdoc.w") == REPORT
    assert len(world.s3_requests) == 1
    with pytest.raises(ConfigurationError, match="closed"):
        _ = sp.documents


async def test_async_sp_documents_is_wired_and_closed_with_the_client() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("amzn1.spdoc.aw", REPORT)
    sp, _ = amake(world, clock)
    async with sp:
        assert sp.documents is sp.documents
        assert await sp.documents.download_report("amzn1.spdoc.aw") == REPORT
    with pytest.raises(ConfigurationError, match="closed"):
        _ = sp.documents


def test_a_closed_client_refuses_new_calls_instead_of_reopening_connections() -> None:
    world, clock = FakeWorld(), FakeClock()
    world.report("amzn1.spdoc.c", REPORT)
    sp, _ = make(world, clock)
    sp.close()
    with pytest.raises(ConfigurationError, match="SellingPartner is closed"):
        sp.reports_v2021_06_30.get_report_document(report_document_id="amzn1.spdoc.c")
    assert world.sp_requests == []


# -- in-memory size limit (issue 8, item 4) ----------------------------------------------


def _bomb(world: FakeWorld, document_id: str, mib: int) -> int:
    """A gzip report of ``mib`` MiB of zeros (about 1000:1); returns its stored size."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = bytes(1 << 20)
    stored = b"".join(packer.compress(chunk) for _ in range(mib)) + packer.flush()
    key = f"doc/{document_id}"
    world.objects[key] = (stored, {"content-type": "text/plain"})
    world.documents[document_id] = {
        "reportDocumentId": document_id,
        "url": presigned(key),
        "compressionAlgorithm": "GZIP",
    }
    return len(stored)


def test_a_gzip_bomb_stops_at_the_limit_and_points_to_streaming() -> None:
    from selling_partner import DocumentTooLargeError

    world, clock = FakeWorld(), FakeClock()
    stored = _bomb(world, "bomb", 64)  # ~64 KB inflating to 64 MiB
    sp, docs = make(world, clock)
    tracemalloc.start()
    try:
        with sp, pytest.raises(DocumentTooLargeError, match=r"stream_report\(id, file\)") as e:
            docs.download_report("bomb", max_size=4 << 20)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert stored < 1 << 17
    assert "larger than max_size (4,194,304 bytes)" in str(e.value)
    assert peak < 12 << 20, peak  # never inflated past the limit (and one 1 MiB chunk)


def test_every_in_memory_download_has_the_documented_default_limit() -> None:
    import inspect

    from selling_partner._documents import DEFAULT_MAX_DOWNLOAD

    assert DEFAULT_MAX_DOWNLOAD == 256 * 1024 * 1024
    for shell in (Documents, AsyncDocuments):
        methods = [name for name in dir(shell) if name.startswith("download_")]
        assert len(methods) == 5
        for name in methods:
            parameter = inspect.signature(getattr(shell, name)).parameters["max_size"]
            assert parameter.default == DEFAULT_MAX_DOWNLOAD, (shell, name)
            assert parameter.kind is inspect.Parameter.KEYWORD_ONLY


@pytest.mark.parametrize("method", ["download_report", "download_report_text"])
def test_max_size_per_call_and_streaming_stays_unlimited(method: str) -> None:
    from selling_partner import DocumentTooLargeError

    world, clock = FakeWorld(), FakeClock()
    _bomb(world, "bomb", 8)
    world.report("small", b"sku\tqty\n")
    sp, docs = make(world, clock)
    with sp:
        with pytest.raises(DocumentTooLargeError, match="larger than max_size"):
            getattr(docs, method)("bomb", max_size=4 << 20)
        assert len(getattr(docs, method)("bomb", max_size=None)) == 8 << 20
        assert len(getattr(docs, method)("small", max_size=8)) == 8
        sink = RecordingSink()
        info = docs.stream_report("bomb", sink)  # no limit when streaming; bounded chunks
        assert info.size == 8 << 20 and max(len(c) for c in sink.chunks) <= 1 << 20
        with pytest.raises(ConfigurationError, match="max_size"):
            docs.download_report("small", max_size=0)


def test_max_size_async_and_other_documents() -> None:
    from selling_partner import DocumentTooLargeError

    world, clock = FakeWorld(), FakeClock()
    _bomb(world, "bomb", 4)
    world.documents["feedbomb"] = dict(world.documents["bomb"], feedDocumentId="feedbomb")
    sp, docs = make(world, clock)
    with sp, pytest.raises(DocumentTooLargeError, match=r"stream_feed_result\(id, file\)"):
        docs.download_feed_result("feedbomb", max_size=1 << 20)

    async def go() -> None:
        asp, adocs = amake(world, clock)
        async with asp:
            with pytest.raises(DocumentTooLargeError, match=r"stream_report"):
                await adocs.download_report("bomb", max_size=1 << 20)
            assert len(await adocs.download_report("bomb", max_size=4 << 20)) == 4 << 20

    asyncio.run(go())


# -- upload_feed checks its content type before createFeedDocument (issue 8, item 4) ----


@pytest.mark.parametrize(
    "content_type",
    [
        "text/xml\r\nX-Evil: 1",
        "text/xml; charset=UTF-8\n",
        "text/xml; charset=caf\u00e9",
        "text/x\u00e9ml",
        "/",
        "text/",
        "text xml/plain",
        "text/xml; charset",
    ],
)
def test_upload_refuses_a_content_type_s3_cannot_get_before_creating_a_document(
    content_type: str,
) -> None:
    world, clock = FakeWorld(), FakeClock()
    sp, docs = make(world, clock)
    with sp, pytest.raises(ConfigurationError, match="media type"):
        docs.upload_feed(b"<x/>", content_type)
    assert world.sp_requests == [] and world.s3_requests == []  # no feed document made

    async def go() -> None:
        asp, adocs = amake(world, clock)
        async with asp:
            with pytest.raises(ConfigurationError, match="media type"):
                await adocs.upload_feed(b"<x/>", content_type)

    asyncio.run(go())
    assert world.sp_requests == []


@pytest.mark.parametrize(
    "content_type",
    ["text/xml; charset=UTF-8", "text/tab-separated-values;charset=UTF-8", 'a/b; x="y z"'],
)
def test_upload_accepts_real_media_types(content_type: str) -> None:
    world, clock = FakeWorld(), FakeClock()
    sp, docs = make(world, clock)
    with sp:
        docs.upload_feed(b"<x/>", content_type)
    assert world.puts == [(content_type, b"<x/>")]

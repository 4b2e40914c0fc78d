"""Report, feed and Data Kiosk documents: the presigned S3 leg of SP-API.

SP-API hands out documents as presigned Amazon S3 URLs: ``getReportDocument``
and ``getFeedDocument`` answer ``url`` (and ``compressionAlgorithm``, ``GZIP``
when compressed), Data Kiosk's ``getDocument`` answers ``documentUrl``, and
``createFeedDocument`` answers a ``url`` to PUT the feed to. :class:`Documents`
(sync) and :class:`AsyncDocuments` (asyncio) do both legs; a client offers one
as ``sp.documents`` (``Documents(sp)`` builds one by hand)::

    data = sp.documents.download_report("amzn1.spdoc.1.4.na.xxx")   # bytes, gunzipped
    with open("report.tsv", "wb") as f:
        info = sp.documents.stream_report("amzn1.spdoc.1.4.na.xxx", f)   # flat memory
    text = sp.documents.download_report_text("amzn1.spdoc.1.4.na.xxx")   # charset honoured
    result = sp.documents.download_feed_result(feed.result_feed_document_id)
    rows = sp.documents.download_data_kiosk(query.data_document_id)      # JSON Lines
    feed_document_id = sp.documents.upload_feed(xml, "text/xml; charset=UTF-8")
    with open("inventory.tsv", "rb") as f:                               # big feeds
        feed_document_id = sp.documents.upload_feed(f, "text/tab-separated-values; charset=UTF-8")

The S3 leg:

- goes through the client's inner transport (so ``httpx.MockTransport``, fakes
  and cassettes see it) on an httpx client of its own: no SP-API access token or
  header (the URL's signature is the credential), no rate limiter, no SP-API
  error hook;
- streams in chunks, gunzipping on the fly (bounded output per step, so a
  highly compressed report cannot balloon memory);
- retries GETs and PUTs (both idempotent for a presigned URL) on 5xx, 429 and
  transport errors with the client's :class:`RetryPolicy` backoff; a download
  broken mid-body (or shorter than its Content-Length) resumes with ``Range``
  (and ``If-Match`` on the ETag), with a fresh retry budget after progress;
- on S3's ``403 Request has expired``, a call given a document id asks SP-API
  once for a fresh URL and continues from the same byte; a second expiry, or an
  expired URL given to :meth:`Documents.stream_url`, raises
  :class:`DocumentUrlExpiredError` telling the caller to ask for the document again;
- never puts the URL's query (``X-Amz-Signature``, ``X-Amz-Credential``,
  ``X-Amz-Security-Token``) in a log record, repr or exception: only host and path.

The decisions live in one pure core (:class:`_Transfer`, :class:`_Gunzip` and
the functions below); the two shells only do I/O and sleep.
"""

from __future__ import annotations

import codecs
import inspect
import io
import logging
import random
import re
import threading
import time
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol, Self
from urllib.parse import urlsplit

import httpx

from ._errors import ApiError, ConfigurationError, ErrorDetail
from ._httpx_log import redact_presigned_urls, redact_url_text
from ._proxy import AsyncRoutedTransport, Proxies, RoutedTransport
from ._retry import Action, RetryPolicy, decide, parse_retry_after
from ._vocabulary import DEFAULT_TIMEOUT

__all__ = [
    "DEFAULT_MAX_DOWNLOAD",
    "AsyncDocuments",
    "DocumentError",
    "DocumentInfo",
    "DocumentTooLargeError",
    "DocumentUrlExpiredError",
    "Documents",
    "codec_for",
    "safe_url",
]

_log = logging.getLogger("selling_partner.documents")

# Most decompressed bytes produced per step: bounds memory whatever the ratio.
_OUT_CHUNK = 1 << 20
# Most bytes of an S3 error body read (its Code and Message come first).
_ERROR_BODY_LIMIT = 64 * 1024
# Bytes read from a feed file per chunk of the PUT.
_UPLOAD_CHUNK = 1 << 20
#: Most bytes (after gunzip) an in-memory download (``download_*``) holds unless the
#: call passes ``max_size=``; bigger documents go to a file with ``stream_*``.
DEFAULT_MAX_DOWNLOAD = 256 * 1024 * 1024
# A media type as RFC 9110 writes it: type/subtype and ;-separated parameters, in
# printable ASCII (the PUT sends it as a header, exactly as S3 signed it).
_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_MEDIA_TYPE = re.compile(
    rf"{_TOKEN}/{_TOKEN}(?:[ \t]*;[ \t]*{_TOKEN}=(?:{_TOKEN}|\"[ !#-\[\]-~]*\"))*[ \t]*"
)
# Java charset names Amazon sends that Python's codecs do not know.
_CHARSET_ALIASES = {"windows-31j": "cp932", "x-sjis": "shift_jis", "x-windows-949": "cp949"}


# -- errors ------------------------------------------------------------------------


class DocumentError(ApiError):
    """A document transfer to or from its presigned S3 URL failed.

    ``status`` is S3's status (None for a connection failure), ``request_id``
    S3's ``x-amz-request-id``, ``errors`` S3's ``Code`` and ``Message``. The
    message names the URL's host and path only, never its signature.
    """


class DocumentTooLargeError(DocumentError):
    """An in-memory download went past its ``max_size``; nothing more was read.

    Stream the document to a file instead (``stream_report`` and friends keep
    memory flat), or pass a larger ``max_size=`` (None: no limit).
    """


class DocumentUrlExpiredError(DocumentError):
    """The presigned URL has expired (S3: ``403 Request has expired``).

    Presigned document URLs are valid for about five minutes: ask SP-API for the
    document again (``getReportDocument``, ``getFeedDocument``, Data Kiosk
    ``getDocument``; ``createFeedDocument`` for an upload) and use the new URL.
    Downloads by document id do that once by themselves before raising this.
    """


# -- pure core ---------------------------------------------------------------------


def safe_url(url: str) -> str:
    """``url`` without its query and fragment (scheme, host and path): safe to log."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def check_url(url: object, what: str) -> str:
    """``url`` if it is an absolute http(s) URL, else a :class:`ConfigurationError`."""
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        shown = safe_url(url) if isinstance(url, str) else type(url).__name__
        raise ConfigurationError(f"{what} must be an http(s) URL, got {shown!r}")
    return url


def compression_of(value: object) -> str | None:
    """The document's ``compressionAlgorithm`` as text, or None when absent (``UNSET``)."""
    return str(value) if isinstance(value, str) else None


def gunzip_needed(compression: str | None, content_encoding: str | None) -> bool:
    """Whether the stored bytes are gzip: the document says ``GZIP``, or S3 says so.

    Raises:
        DocumentError: a compression algorithm this library cannot decode.
    """
    if compression is not None and compression.upper() != "GZIP":
        raise DocumentError(
            f"the document's compressionAlgorithm is {compression!r}; only GZIP is supported: "
            "stream the raw bytes with stream_url(url, sink, compression=None) and decode them"
        )
    return compression is not None or _is_gzip(content_encoding)


def _is_gzip(content_encoding: str | None) -> bool:
    return (content_encoding or "").strip().lower() in ("gzip", "x-gzip")


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, or None."""
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"').strip("'")
    return None


def codec_for(charset: str) -> str:
    """Python's codec name for ``charset`` (Java names like ``Windows-31J`` included).

    Raises:
        DocumentError: an unknown charset; the message says to pass ``encoding=``.
    """
    name = _CHARSET_ALIASES.get(charset.lower(), charset)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise DocumentError(
            f"the document's charset {charset!r} is not a codec Python knows: "
            "pass encoding= (e.g. encoding='cp1252')"
        ) from None
    # A UTF-8 byte order mark is not part of the text.
    return "utf-8-sig" if codec == "utf-8" else codec


def upload_body(content: object, content_type: object) -> bytes | FileBody:
    """What to PUT for ``content``; ``str`` is encoded with ``content_type``'s charset.

    A binary file is sent from its current position to its end, in chunks.

    Raises:
        ConfigurationError: a bad content type, content, or a str without a charset.
    """
    if not isinstance(content_type, str) or not _MEDIA_TYPE.fullmatch(content_type):
        raise ConfigurationError(
            f"content_type must be a media type such as 'text/xml; charset=UTF-8' or "
            f"'application/json; charset=UTF-8' (printable ASCII, type/subtype, then "
            f"name=value parameters), got {content_type!r}"
        )
    if isinstance(content, bytes | bytearray | memoryview):
        return bytes(content)
    if isinstance(content, str):
        charset = charset_of(content_type)
        if charset is None:
            raise ConfigurationError(
                f"content is a str but content_type {content_type!r} names no charset: say it "
                "(e.g. 'text/xml; charset=UTF-8') or pass bytes"
            )
        try:
            return content.encode(_CHARSET_ALIASES.get(charset.lower(), charset))
        except LookupError:
            raise ConfigurationError(
                f"content_type's charset {charset!r} is not a codec Python knows: pass bytes"
            ) from None
    if callable(getattr(content, "read", None)):
        return _file_body(content)
    raise ConfigurationError(
        f"content must be bytes, str or a binary file, got {type(content).__name__}"
    )


@dataclass
class FileBody:
    """A feed file to PUT from its current position to its end, read in chunks.

    Retries read it again from ``start``, so the file must be seekable.
    """

    file: Any = field(repr=False)
    start: int
    length: int

    def chunks(self) -> Iterator[bytes]:
        """The file's bytes from ``start``, at most ``length`` of them."""
        self.file.seek(self.start)
        left = self.length
        while left > 0:
            data = self.file.read(min(_UPLOAD_CHUNK, left))
            if not data:
                raise ConfigurationError(
                    "the feed file got shorter while it was being uploaded: do not change it "
                    "until upload_feed returns"
                )
            left -= len(data)
            yield data

    async def achunks(self) -> AsyncIterator[bytes]:
        """:meth:`chunks` for an async request (local file reads block briefly)."""
        for chunk in self.chunks():
            yield chunk


def _file_body(file: Any) -> FileBody:
    seekable = getattr(file, "seekable", None)
    if not callable(seekable) or not seekable():
        raise ConfigurationError(
            "a feed file must be seekable (a retry sends it again from the start): "
            "open a regular file with open(path, 'rb'), or pass its bytes"
        )
    if not isinstance(file.read(0), bytes):
        raise ConfigurationError("the feed file is open in text mode: open it with 'rb'")
    start = file.tell()
    length = file.seek(0, 2) - start
    file.seek(start)
    return FileBody(file, start, length)


def _put_args(body: bytes | FileBody, content_type: str, *, is_async: bool) -> dict[str, Any]:
    """httpx ``put`` arguments: the exact Content-Type S3 signed, a Content-Length always."""
    if isinstance(body, bytes):
        return {"content": body, "headers": {"Content-Type": content_type}}
    # A Content-Length keeps httpx from sending the file chunked, which S3 refuses.
    headers = {"Content-Type": content_type, "Content-Length": str(body.length)}
    return {"content": body.achunks() if is_async else body.chunks(), "headers": headers}


_XML_FIELD = {
    name: re.compile(rf"<{name}>([^<]{{0,500}})</{name}>") for name in ("Code", "Message")
}


def s3_error(
    method: str,
    url: str,
    status: int | None,
    headers: httpx.Headers | None,
    body: bytes,
    *,
    again: str,
) -> DocumentError:
    """The error for S3's answer ``status`` (its XML ``body``), naming host and path only.

    Only S3's ``Code`` and ``Message`` are read: its other fields (``StringToSign``,
    ``CanonicalRequest``, ``SignatureProvided``) repeat the URL's secrets.

    Args:
        method: ``GET`` or ``PUT``.
        url: The presigned URL (only its host and path are used).
        status: S3's status.
        headers: S3's headers (for ``x-amz-request-id``).
        body: The start of S3's error body.
        again: What the caller should do for a fresh URL (e.g. "call
            sp.reports_v2021_06_30.get_report_document again").
    """
    text = body[:_ERROR_BODY_LIMIT].decode("utf-8", "replace")
    found = {name: rx.search(text) for name, rx in _XML_FIELD.items()}
    code = found["Code"].group(1).strip() if found["Code"] else ""
    message = redact_url_text(found["Message"].group(1).strip()) if found["Message"] else ""
    errors = (ErrorDetail(code=code, message=message),) if code else ()
    request_id = headers.get("x-amz-request-id") if headers is not None else None
    where = f"S3 {method} {safe_url(url)}"
    facts: dict[str, Any] = {"status": status, "request_id": request_id, "errors": errors}
    expired = (code == "AccessDenied" and "expired" in message.lower()) or code in (
        "ExpiredToken",
        "TokenRefreshRequired",
    )
    if status == 403 and expired:
        return DocumentUrlExpiredError(
            f"{where}: the presigned URL has expired ({message or code}); {again} for a fresh URL "
            "(they are valid for about five minutes)",
            **facts,
        )
    hint = ""
    if code == "SignatureDoesNotMatch" and method == "PUT":
        hint = (
            "; the upload's Content-Type must be exactly the one given to createFeedDocument, "
            "and the URL must be used unchanged"
        )
    elif code == "SignatureDoesNotMatch":
        hint = "; the URL must be used unchanged (not re-encoded)"
    elif status == 412:
        hint = "; the document changed during the download: download it again"
    return DocumentError(f"{where} failed{hint}", **facts)


@dataclass(frozen=True)
class DocumentInfo:
    """What a download received.

    Attributes:
        location: The URL's scheme, host and path (never its query).
        content_type: S3's Content-Type (e.g. ``text/plain; charset=Cp1252``), or None.
        charset: The charset parameter of ``content_type``, or None.
        compressed: Whether the bytes were gunzipped on the way.
        raw_bytes: Bytes received from S3 (compressed size).
        size: Bytes written to the sink (decompressed size).
        attempts: GET requests sent (resumes included).
    """

    location: str
    content_type: str | None
    charset: str | None
    compressed: bool
    raw_bytes: int
    size: int
    attempts: int


class _Gunzip:
    """Incremental gunzip with bounded output per step; concatenated members allowed."""

    def __init__(self) -> None:
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._inside = False  # within a member (a truncated stream ends here)

    def feed(self, data: bytes) -> Iterator[bytes]:
        try:
            while True:
                if data:
                    self._inside = True
                out = self._d.decompress(data, _OUT_CHUNK)
                if out:
                    yield out
                if self._d.eof:
                    data = self._d.unused_data  # the next member, if any
                    self._d = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    self._inside = False
                    if not data:
                        return
                    continue
                data = self._d.unconsumed_tail
                # A full output chunk may leave output pending although all input was taken.
                if not data and len(out) < _OUT_CHUNK:
                    return
        except zlib.error as exc:
            raise DocumentError(f"the document is not valid gzip ({exc})") from None

    def finish(self) -> None:
        if self._inside:
            raise DocumentError("the document's gzip stream is truncated: download it again")


class _TransferStep:
    STREAM = "stream"
    RETRY = "retry"
    FAIL = "fail"


@dataclass
class _Transfer:
    """The decisions of one presigned-URL transfer (GET with resume, or PUT)."""

    method: str
    url: str = field(repr=False)
    policy: RetryPolicy
    rng: Callable[[], float] = field(repr=False)
    wall_clock: Callable[[], float] = field(repr=False)
    compression: str | None = None
    again: str = "ask SP-API for the document again"
    attempt: int = 0  # sends since the last progress
    attempts: int = 0  # all sends
    waited: float = 0.0
    offset: int = 0  # raw bytes of the object taken so far
    skip: int = 0  # raw bytes of the current answer to drop (a resume answered 200)
    size: int = 0
    etag: str | None = None
    content_type: str | None = None
    decoder: _Gunzip | None = field(default=None, repr=False)
    started: bool = False
    progressed: bool = False
    relocations: int = 0  # fresh URLs fetched after an expiry
    end: int | None = None  # where the current answer's body should end (Content-Length)

    @property
    def location(self) -> str:
        return safe_url(self.url)

    def request_headers(self) -> dict[str, str]:
        """Headers of the next GET: a ``Range`` (and ``If-Match``) when resuming."""
        self.attempt += 1
        self.attempts += 1
        if self.offset == 0:
            return {}
        headers = {"Range": f"bytes={self.offset}-"}
        if self.etag:
            headers["If-Match"] = self.etag
        return headers

    def answered(
        self, status: int, headers: httpx.Headers, *, decoded: bool = False
    ) -> tuple[str, float]:
        """What to do with an answer: stream its body, retry after a delay, or fail.

        ``decoded`` says httpx already read the body and removed its Content-Encoding
        (a response built with ``content=bytes``, as mocks and cassettes make).
        """
        _log.debug(
            "document %s host=%s path=%s status=%d attempt=%d offset=%d",
            self.method,
            urlsplit(self.url).hostname,
            urlsplit(self.url).path,
            status,
            self.attempts,
            self.offset,
        )
        if 200 <= status < 300:
            if self.method == "GET":
                self._begin_body(status, headers, decoded)
            return _TransferStep.STREAM, 0.0
        retry_after = parse_retry_after(
            headers.get("retry-after"), date=headers.get("date"), wall_now=self.wall_clock()
        )
        decision = decide(
            retry_safe=True,
            attempt=self.attempt,
            waited=self.waited,
            policy=self.policy,
            rng=self.rng,
            status=status,
            retry_after=retry_after,
        )
        if decision.action is Action.RETRY:
            return _TransferStep.RETRY, self._wait(decision.delay, str(status))
        return _TransferStep.FAIL, 0.0

    def _begin_body(self, status: int, headers: httpx.Headers, decoded: bool) -> None:
        self.skip = 0
        length = headers.get("content-length")
        self.end = None
        if not decoded and length is not None and length.strip().isdigit():
            # A 206 carries the rest from our offset; a 200 the whole object.
            self.end = int(length) + (self.offset if status == 206 else 0)
        if self.offset and status == 206:
            start = _range_start(headers.get("content-range"))
            if start != self.offset:
                raise DocumentError(
                    f"S3 GET {self.location}: asked to resume at byte {self.offset}, "
                    f"got a range starting at {start}: download it again",
                    status=status,
                    request_id=headers.get("x-amz-request-id"),
                )
        elif self.offset:
            self.skip = self.offset  # the server ignored Range: drop what we have
        if not self.started:
            self.started = True
            self.etag = headers.get("etag")
            self.content_type = headers.get("content-type")
            encoding = None if decoded else headers.get("content-encoding")
            if decoded and _is_gzip(headers.get("content-encoding")):
                # httpx removed the only layer of gzip the stored object has.
                gunzip_needed(self.compression, None)
            elif gunzip_needed(self.compression, encoding):
                self.decoder = _Gunzip()

    def failed(self, error: httpx.TransportError) -> float:
        """The delay before retrying after ``error``; raises when no retry is left."""
        decision = decide(
            retry_safe=True,
            attempt=self.attempt,
            waited=self.waited,
            policy=self.policy,
            rng=self.rng,
            error=error,
        )
        if decision.action is Action.RETRY:
            return self._wait(decision.delay, type(error).__name__)
        raise DocumentError(
            f"S3 {self.method} {self.location} failed after {self.attempts} attempt(s): "
            f"{type(error).__name__} ({decision.reason})"
        ) from error

    def _wait(self, delay: float, reason: str) -> float:
        self.waited += delay
        _log.debug(
            "document %s host=%s path=%s retry reason=%s wait=%.3f offset=%d",
            self.method,
            urlsplit(self.url).hostname,
            urlsplit(self.url).path,
            reason,
            delay,
            self.offset,
        )
        return delay

    def feed(self, raw: bytes) -> Iterator[bytes]:
        """The document bytes in ``raw`` (a chunk of the answer's body, as stored)."""
        if self.skip:
            dropped = min(self.skip, len(raw))
            self.skip -= dropped
            raw = raw[dropped:]
        if not raw:
            return
        self.offset += len(raw)
        if not self.progressed:
            # Progress earns a fresh retry budget: the next failure is a new one.
            self.progressed = True
            self.attempt = 1
            self.waited = 0.0
        if self.decoder is None:
            self.size += len(raw)
            yield raw
            return
        for out in self.decoder.feed(raw):
            self.size += len(out)
            yield out

    def sent(self) -> None:
        """A new answer is about to stream (a resume counts progress anew)."""
        self.progressed = False

    def cut_short(self) -> httpx.RemoteProtocolError | None:
        """The error to retry with when the answer ended before its Content-Length."""
        if self.end is None or self.offset >= self.end:
            return None
        return httpx.RemoteProtocolError(f"the body ended at byte {self.offset} of {self.end}")

    def finish(self) -> DocumentInfo:
        """Check the end of the stream; what was received."""
        if self.decoder is not None:
            self.decoder.finish()
        return DocumentInfo(
            location=self.location,
            content_type=self.content_type,
            charset=charset_of(self.content_type),
            compressed=self.decoder is not None,
            raw_bytes=self.offset,
            size=self.size,
            attempts=self.attempts,
        )

    def error(self, status: int, headers: httpx.Headers, body: bytes) -> DocumentError:
        return s3_error(self.method, self.url, status, headers, body, again=self.again)

    def may_relocate(self, error: DocumentError) -> bool:
        """Whether to ask SP-API for a fresh URL once, after ``error``, and go on."""
        return isinstance(error, DocumentUrlExpiredError) and self.relocations < 1

    def relocate(self, fresh: _Transfer) -> None:
        """Continue (from the same byte, on the same ETag) at ``fresh``'s URL."""
        if fresh.compression != self.compression:
            raise DocumentError(
                f"S3 GET {self.location}: the document's compressionAlgorithm changed from "
                f"{self.compression!r} to {fresh.compression!r} while downloading: "
                "download it again"
            )
        self.relocations += 1
        self.url = fresh.url
        self.attempt = 0
        _log.debug(
            "document GET host=%s path=%s fresh URL after expiry offset=%d",
            urlsplit(self.url).hostname,
            urlsplit(self.url).path,
            self.offset,
        )


def _range_start(content_range: str | None) -> int | None:
    match = re.match(r"\s*bytes\s+(\d+)-", content_range or "")
    return int(match.group(1)) if match else None


def decode_text(data: bytes, content_type: str | None, encoding: str | None, errors: str) -> str:
    """``data`` as text: ``encoding`` if given, else the Content-Type's charset, else UTF-8."""
    if encoding is not None:
        return data.decode(encoding, errors)
    charset = charset_of(content_type)
    return data.decode(codec_for(charset) if charset else "utf-8-sig", errors)


# -- what each document kind is (data, not branches) ----------------------------------


@dataclass(frozen=True)
class _Kind:
    package: str
    operation: str
    argument: str
    url_field: str
    compression_field: str | None
    what: str
    stream: str = "stream_report"

    @property
    def again(self) -> str:
        return f"call sp.{self.package}.{self.operation} again"


_REPORT = _Kind(
    "reports_v2021_06_30",
    "get_report_document",
    "report_document_id",
    "url",
    "compression_algorithm",
    "report document",
)
_FEED_RESULT = _Kind(
    "feeds_v2021_06_30",
    "get_feed_document",
    "feed_document_id",
    "url",
    "compression_algorithm",
    "feed document",
    "stream_feed_result",
)
_DATA_KIOSK = _Kind(
    "data_kiosk_v2023_11_15",
    "get_document",
    "document_id",
    "document_url",
    None,
    "document",
    "stream_data_kiosk",
)
_CREATE_FEED = _Kind(
    "feeds_v2021_06_30", "create_feed_document", "body", "url", None, "feed document"
)
_FEED_SPEC = "selling_partner_generated.feeds_v2021_06_30.models.create_feed_document_specification"


def _check_id(kind: _Kind, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConfigurationError(
            f"{kind.argument} must be the {kind.what} id SP-API gave you (a non-empty str), "
            f"got {value!r}"
        )
    return value


def _locate_args(kind: _Kind, document_id: object, restricted: bool) -> dict[str, Any]:
    """Arguments of the ``get*Document`` call; ``restricted`` asks for an RDT."""
    args: dict[str, Any] = {kind.argument: _check_id(kind, document_id)}
    if restricted:
        args["restricted"] = True
    return args


def _located(kind: _Kind, parsed: object) -> tuple[str, str | None]:
    """The URL and compression of a ``get*Document`` answer."""
    url = getattr(parsed, kind.url_field, None)
    if not isinstance(url, str):
        raise ApiError(
            f"{kind.package}.{kind.operation} answered without a {kind.url_field} "
            f"(got {type(parsed).__name__}); with raise_errors=False check the answer first"
        )
    check_url(url, f"the {kind.what}'s {kind.url_field}")
    compression = (
        compression_of(getattr(parsed, kind.compression_field, None))
        if kind.compression_field
        else None
    )
    return url, compression


def _created(parsed: object) -> tuple[str, str]:
    document_id = getattr(parsed, "feed_document_id", None)
    url = getattr(parsed, "url", None)
    if not isinstance(document_id, str) or not isinstance(url, str):
        raise ApiError(
            f"feeds_v2021_06_30.create_feed_document answered without feedDocumentId and url "
            f"(got {type(parsed).__name__}); with raise_errors=False check the answer first"
        )
    return document_id, check_url(url, "createFeedDocument's url")


def _feed_spec(content_type: str) -> Any:
    import importlib

    module = importlib.import_module(_FEED_SPEC)
    return module.CreateFeedDocumentSpecification(content_type=content_type)


class _Writable(Protocol):
    def write(self, data: bytes, /) -> object: ...


class _Memory(io.BytesIO):
    """The sink of an in-memory download: refuses to grow past ``limit`` bytes.

    Gunzip hands over at most ``_OUT_CHUNK`` bytes per write, so a gzip bomb
    stops within a chunk of the limit.
    """

    def __init__(self, kind: _Kind, limit: int | None) -> None:
        super().__init__()
        self._kind = kind
        self._limit = limit

    def write(self, data: Any, /) -> int:
        if self._limit is not None and self.tell() + len(data) > self._limit:
            stream = self._kind.stream
            raise DocumentTooLargeError(
                f"the {self._kind.what} is larger than max_size ({self._limit:,} bytes) and was "
                f"not read further: write it to a file with sp.documents.{stream}(id, file) "
                "(memory stays flat), or pass a larger max_size= (None: no limit)"
            )
        return super().write(data)


def _max_size(value: object) -> int | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and value > 0):
        return value
    raise ConfigurationError(
        f"max_size must be a positive number of bytes or None (no limit), got {value!r}"
    )


class _BorrowedTransport(httpx.BaseTransport):
    """The client's transport, which this module must not close."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)


class _AsyncBorrowedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)


class _Shell:
    """Settings both shells share."""

    def __init__(
        self,
        sp: Any,
        *,
        timeout: httpx.Timeout | None,
        retry: RetryPolicy | None,
        rng: Callable[[], float] | None,
        wall_clock: Callable[[], float] | None,
    ) -> None:
        if retry is not None and not isinstance(retry, RetryPolicy):
            raise ConfigurationError(f"retry must be a RetryPolicy, got {type(retry).__name__}")
        self._sp = sp
        self._timeout = timeout if timeout is not None else DEFAULT_TIMEOUT
        self._retry = retry if retry is not None else RetryPolicy()
        self._rng = rng if rng is not None else random.random
        self._wall_clock = wall_clock if wall_clock is not None else time.time
        # One httpx client per shell, even when threads start downloads together.
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._sp!r})"

    def _transfer(self, method: str, url: str, compression: str | None, again: str) -> _Transfer:
        gunzip_needed(compression, None)  # an unknown algorithm fails before any request
        return _Transfer(
            method=method,
            url=url,
            policy=self._retry,
            rng=self._rng,
            wall_clock=self._wall_clock,
            compression=compression,
            again=again,
        )

    def _operation(self, kind: _Kind) -> Any:
        return getattr(getattr(self._sp, kind.package), kind.operation)


class Documents(_Shell):
    """Download report, feed-result and Data Kiosk documents; upload feeds (sync).

    Build it with the client (``Documents(sp)``); ``transport=`` is the inner
    httpx transport the client was built with (the client passes its own), so the
    S3 leg reaches the same network, mock or fake, without the SP-API token,
    rate limiter or error hook.
    """

    def __init__(
        self,
        sp: Any,
        *,
        transport: httpx.BaseTransport | None = None,
        proxies: Proxies | None = None,
        timeout: httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], None] | None = None,
        rng: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
    ) -> None:
        """Wrap ``sp`` (a :class:`~selling_partner.SellingPartner`).

        Args:
            sp: The client whose operations fetch the document URLs.
            transport: The inner transport for S3 (not closed here); None opens an
                ``httpx.HTTPTransport`` of its own (closed by :meth:`close`).
            proxies: Without ``transport``: the forward proxies of its own transport
                (the client passes those its ``proxy=`` or environment chose).
            timeout: Per-request timeout (the client's ``DEFAULT_TIMEOUT`` by default).
            retry: Retry bounds and backoff for the S3 leg.
            sleep: Sleep between retries (injected in tests).
            rng: Random source for backoff jitter.
            wall_clock: Wall clock for HTTP-date ``Retry-After``.
        """
        super().__init__(sp, timeout=timeout, retry=retry, rng=rng, wall_clock=wall_clock)
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(
                f"transport must be an httpx.BaseTransport, got {type(transport).__name__}; "
                "use AsyncDocuments with an async client"
            )
        self._transport = transport
        self._proxies = proxies
        self._sleep = sleep if sleep is not None else time.sleep
        self._http: httpx.Client | None = None

    def _client(self) -> httpx.Client:
        with self._lock:
            return self._build()

    def _build(self) -> httpx.Client:
        if self._http is None:
            redact_presigned_urls()
            inner: httpx.BaseTransport = (
                _BorrowedTransport(self._transport)
                if self._transport is not None
                else RoutedTransport(self._proxies)
            )
            # No auth, no hooks, no base URL: a presigned URL carries its own credential.
            self._http = httpx.Client(transport=inner, timeout=self._timeout)
        return self._http

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections of the S3 leg (the client's own transport stays open)."""
        with self._lock:
            http, self._http = self._http, None
        if http is not None:
            http.close()

    # -- reports, feed results, Data Kiosk ------------------------------------------

    def download_report(
        self,
        report_document_id: str,
        *,
        max_size: int | None = DEFAULT_MAX_DOWNLOAD,
        restricted: bool = False,
    ) -> bytes:
        """The report's bytes (gunzipped when ``compressionAlgorithm`` is ``GZIP``).

        Args:
            report_document_id: The ``reportDocumentId`` of ``getReport``.
            max_size: Most bytes (after gunzip) held in memory;
                :data:`DEFAULT_MAX_DOWNLOAD` (256 MiB) by default, None for no limit.
                Every ``download_*`` method takes it.
            restricted: Fetch the document's URL with a Restricted Data Token
                (reports of restricted report types, which hold buyers' data).

        Raises:
            DocumentTooLargeError: the document is larger than ``max_size``: use
                :meth:`stream_report` (also a gzip bomb, stopped within 1 MiB).
            DocumentUrlExpiredError: the URL expired, and so did a fresh one.
            DocumentError: S3 refused, the connection kept failing, or the gzip
                stream is broken.
            ApiError: ``getReportDocument`` failed (e.g. ``NotFoundError``).
        """
        return self._download(_REPORT, report_document_id, max_size, restricted)[0]

    def download_report_text(
        self,
        report_document_id: str,
        *,
        encoding: str | None = None,
        errors: str = "strict",
        max_size: int | None = DEFAULT_MAX_DOWNLOAD,
        restricted: bool = False,
    ) -> str:
        """The report as text: ``encoding``, else S3's Content-Type charset, else UTF-8."""
        data = self._download(_REPORT, report_document_id, max_size, restricted)
        return decode_text(*data, encoding, errors)

    def stream_report(
        self, report_document_id: str, sink: _Writable, *, restricted: bool = False
    ) -> DocumentInfo:
        """Write the report to ``sink`` (``.write(bytes)``) in chunks; memory stays flat."""
        return self._stream(_REPORT, report_document_id, sink, restricted)

    def download_feed_result(
        self, feed_document_id: str, *, max_size: int | None = DEFAULT_MAX_DOWNLOAD
    ) -> bytes:
        """A feed's processing report (the ``resultFeedDocumentId`` of ``getFeed``)."""
        return self._download(_FEED_RESULT, feed_document_id, max_size)[0]

    def download_feed_result_text(
        self,
        feed_document_id: str,
        *,
        encoding: str | None = None,
        errors: str = "strict",
        max_size: int | None = DEFAULT_MAX_DOWNLOAD,
    ) -> str:
        """A feed's processing report as text (see :meth:`download_report_text`)."""
        data = self._download(_FEED_RESULT, feed_document_id, max_size)
        return decode_text(*data, encoding, errors)

    def stream_feed_result(self, feed_document_id: str, sink: _Writable) -> DocumentInfo:
        """Write a feed's processing report to ``sink`` in chunks."""
        return self._stream(_FEED_RESULT, feed_document_id, sink)

    def download_data_kiosk(
        self, document_id: str, *, max_size: int | None = DEFAULT_MAX_DOWNLOAD
    ) -> bytes:
        """A Data Kiosk document (JSON Lines) from ``getDocument``'s ``documentUrl``."""
        return self._download(_DATA_KIOSK, document_id, max_size)[0]

    def stream_data_kiosk(self, document_id: str, sink: _Writable) -> DocumentInfo:
        """Write a Data Kiosk document to ``sink`` in chunks."""
        return self._stream(_DATA_KIOSK, document_id, sink)

    def stream_url(
        self, url: str, sink: _Writable, *, compression: str | None = None
    ) -> DocumentInfo:
        """Write the document at a presigned ``url`` you already hold to ``sink``.

        Args:
            url: The document's ``url`` / ``documentUrl``.
            sink: Where the bytes go (``.write(bytes)``).
            compression: The document's ``compressionAlgorithm`` (``"GZIP"``) or None.
        """
        check_url(url, "url")
        _check_sink(sink)
        t = self._transfer("GET", url, compression, "ask for the document again")
        return self._get(t, sink)

    # -- feeds ------------------------------------------------------------------------

    def upload_feed(self, content: bytes | str | BinaryIO, content_type: str) -> str:
        """Create a feed document and PUT ``content`` to it; return its ``feedDocumentId``.

        Args:
            content: The feed: bytes, a str (encoded with ``content_type``'s charset),
                or a seekable binary file (sent from its position to its end, in
                chunks, so a big feed need not be in memory).
            content_type: Sent to ``createFeedDocument`` and, unchanged, on the PUT
                (S3 signed it), e.g. ``"text/xml; charset=UTF-8"``.

        Returns:
            The ``feedDocumentId`` to pass as ``inputFeedDocumentId`` to ``createFeed``.
        """
        body = upload_body(content, content_type)
        created = self._operation(_CREATE_FEED)(body=_feed_spec(content_type))
        document_id, url = _created(created)
        self._put(url, body, content_type)
        return document_id

    # -- I/O --------------------------------------------------------------------------

    def _locate(self, kind: _Kind, document_id: str, restricted: bool = False) -> _Transfer:
        parsed = self._operation(kind)(**_locate_args(kind, document_id, restricted))
        url, compression = _located(kind, parsed)
        return self._transfer("GET", url, compression, kind.again)

    def _download(
        self, kind: _Kind, document_id: str, max_size: int | None, restricted: bool = False
    ) -> tuple[bytes, str | None]:
        # BytesIO hands its buffer over without a copy: peak about 1.1x the document.
        sink = _Memory(kind, _max_size(max_size))
        info = self._stream(kind, document_id, sink, restricted)
        return sink.getvalue(), info.content_type

    def _stream(
        self, kind: _Kind, document_id: str, sink: _Writable, restricted: bool = False
    ) -> DocumentInfo:
        _check_sink(sink)
        t = self._locate(kind, document_id, restricted)
        return self._get(t, sink, lambda: self._locate(kind, document_id, restricted))

    def _get(
        self, t: _Transfer, sink: _Writable, again: Callable[[], _Transfer] | None = None
    ) -> DocumentInfo:
        http = self._client()
        while True:
            request = http.build_request("GET", t.url, headers=t.request_headers())
            try:
                response = http.send(request, stream=True)
            except httpx.TransportError as exc:
                self._sleep(t.failed(exc))
                continue
            try:
                pre_read = response.is_stream_consumed
                step, delay = t.answered(response.status_code, response.headers, decoded=pre_read)
                if step == _TransferStep.FAIL:
                    error = t.error(response.status_code, response.headers, _head(response))
                    if again is None or not t.may_relocate(error):
                        raise error
                    t.relocate(again())
                    continue
                if step == _TransferStep.RETRY:
                    self._sleep(delay)
                    continue
                t.sent()
                for raw in [response.content] if pre_read else response.iter_raw():
                    for out in t.feed(raw):
                        sink.write(out)
                short = t.cut_short()
                if short is not None:
                    raise short
                return t.finish()
            except httpx.TransportError as exc:
                delay = t.failed(exc)
                self._sleep(delay)
            finally:
                response.close()

    def _put(self, url: str, body: bytes | FileBody, content_type: str) -> None:
        t = self._transfer("PUT", url, None, "call upload_feed again (a new feed document)")
        http = self._client()
        while True:
            t.request_headers()
            try:
                response = http.put(url, **_put_args(body, content_type, is_async=False))
            except httpx.TransportError as exc:
                self._sleep(t.failed(exc))
                continue
            step, delay = t.answered(response.status_code, response.headers)
            if step == _TransferStep.STREAM:
                return
            if step == _TransferStep.FAIL:
                raise t.error(response.status_code, response.headers, response.content)
            self._sleep(delay)


class AsyncDocuments(_Shell):
    """:class:`Documents` for :class:`~selling_partner.AsyncSellingPartner`: ``await`` each call.

    Sinks may have a plain ``write`` (a file) or an async one (``aiofiles``).
    """

    def __init__(
        self,
        sp: Any,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        proxies: Proxies | None = None,
        timeout: httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        rng: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
    ) -> None:
        """Wrap ``sp`` (an :class:`~selling_partner.AsyncSellingPartner`); see ``Documents``."""
        super().__init__(sp, timeout=timeout, retry=retry, rng=rng, wall_clock=wall_clock)
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError(
                f"transport must be an httpx.AsyncBaseTransport, got {type(transport).__name__}; "
                "use Documents with a sync client"
            )
        self._transport = transport
        self._proxies = proxies
        self._sleep: Callable[[float], Awaitable[None]] = (
            sleep if sleep is not None else _asyncio_sleep
        )
        self._http: httpx.AsyncClient | None = None

    def _client(self) -> httpx.AsyncClient:
        with self._lock:
            return self._build()

    def _build(self) -> httpx.AsyncClient:
        if self._http is None:
            redact_presigned_urls()
            inner: httpx.AsyncBaseTransport = (
                _AsyncBorrowedTransport(self._transport)
                if self._transport is not None
                else AsyncRoutedTransport(self._proxies)
            )
            self._http = httpx.AsyncClient(transport=inner, timeout=self._timeout)
        return self._http

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections of the S3 leg (the client's own transport stays open)."""
        with self._lock:
            http, self._http = self._http, None
        if http is not None:
            await http.aclose()

    async def download_report(
        self,
        report_document_id: str,
        *,
        max_size: int | None = DEFAULT_MAX_DOWNLOAD,
        restricted: bool = False,
    ) -> bytes:
        """See :meth:`Documents.download_report`."""
        return (await self._download(_REPORT, report_document_id, max_size, restricted))[0]

    async def download_report_text(
        self,
        report_document_id: str,
        *,
        encoding: str | None = None,
        errors: str = "strict",
        max_size: int | None = DEFAULT_MAX_DOWNLOAD,
        restricted: bool = False,
    ) -> str:
        """See :meth:`Documents.download_report_text`."""
        data = await self._download(_REPORT, report_document_id, max_size, restricted)
        return decode_text(*data, encoding, errors)

    async def stream_report(
        self, report_document_id: str, sink: Any, *, restricted: bool = False
    ) -> DocumentInfo:
        """See :meth:`Documents.stream_report`."""
        return await self._stream(_REPORT, report_document_id, sink, restricted)

    async def download_feed_result(
        self, feed_document_id: str, *, max_size: int | None = DEFAULT_MAX_DOWNLOAD
    ) -> bytes:
        """See :meth:`Documents.download_feed_result`."""
        return (await self._download(_FEED_RESULT, feed_document_id, max_size))[0]

    async def download_feed_result_text(
        self,
        feed_document_id: str,
        *,
        encoding: str | None = None,
        errors: str = "strict",
        max_size: int | None = DEFAULT_MAX_DOWNLOAD,
    ) -> str:
        """See :meth:`Documents.download_feed_result_text`."""
        data = await self._download(_FEED_RESULT, feed_document_id, max_size)
        return decode_text(*data, encoding, errors)

    async def stream_feed_result(self, feed_document_id: str, sink: Any) -> DocumentInfo:
        """See :meth:`Documents.stream_feed_result`."""
        return await self._stream(_FEED_RESULT, feed_document_id, sink)

    async def download_data_kiosk(
        self, document_id: str, *, max_size: int | None = DEFAULT_MAX_DOWNLOAD
    ) -> bytes:
        """See :meth:`Documents.download_data_kiosk`."""
        return (await self._download(_DATA_KIOSK, document_id, max_size))[0]

    async def stream_data_kiosk(self, document_id: str, sink: Any) -> DocumentInfo:
        """See :meth:`Documents.stream_data_kiosk`."""
        return await self._stream(_DATA_KIOSK, document_id, sink)

    async def stream_url(
        self, url: str, sink: Any, *, compression: str | None = None
    ) -> DocumentInfo:
        """See :meth:`Documents.stream_url`."""
        check_url(url, "url")
        _check_sink(sink)
        t = self._transfer("GET", url, compression, "ask for the document again")
        return await self._get(t, sink)

    async def upload_feed(self, content: bytes | str | BinaryIO, content_type: str) -> str:
        """See :meth:`Documents.upload_feed`."""
        body = upload_body(content, content_type)
        created = await self._operation(_CREATE_FEED)(body=_feed_spec(content_type))
        document_id, url = _created(created)
        await self._put(url, body, content_type)
        return document_id

    async def _locate(self, kind: _Kind, document_id: str, restricted: bool = False) -> _Transfer:
        parsed = await self._operation(kind)(**_locate_args(kind, document_id, restricted))
        url, compression = _located(kind, parsed)
        return self._transfer("GET", url, compression, kind.again)

    async def _download(
        self, kind: _Kind, document_id: str, max_size: int | None, restricted: bool = False
    ) -> tuple[bytes, str | None]:
        sink = _Memory(kind, _max_size(max_size))
        info = await self._stream(kind, document_id, sink, restricted)
        return sink.getvalue(), info.content_type

    async def _stream(
        self, kind: _Kind, document_id: str, sink: Any, restricted: bool = False
    ) -> DocumentInfo:
        _check_sink(sink)
        t = await self._locate(kind, document_id, restricted)
        return await self._get(t, sink, lambda: self._locate(kind, document_id, restricted))

    async def _get(
        self,
        t: _Transfer,
        sink: Any,
        again: Callable[[], Awaitable[_Transfer]] | None = None,
    ) -> DocumentInfo:
        http = self._client()
        while True:
            request = http.build_request("GET", t.url, headers=t.request_headers())
            try:
                response = await http.send(request, stream=True)
            except httpx.TransportError as exc:
                await self._sleep(t.failed(exc))
                continue
            try:
                pre_read = response.is_stream_consumed
                step, delay = t.answered(response.status_code, response.headers, decoded=pre_read)
                if step == _TransferStep.FAIL:
                    body = await _ahead(response)
                    error = t.error(response.status_code, response.headers, body)
                    if again is None or not t.may_relocate(error):
                        raise error
                    t.relocate(await again())
                    continue
                if step == _TransferStep.RETRY:
                    await self._sleep(delay)
                    continue
                t.sent()
                async for raw in _araw(response, pre_read):
                    for out in t.feed(raw):
                        written = sink.write(out)
                        if inspect.isawaitable(written):
                            await written
                short = t.cut_short()
                if short is not None:
                    raise short
                return t.finish()
            except httpx.TransportError as exc:
                delay = t.failed(exc)
                await self._sleep(delay)
            finally:
                await response.aclose()

    async def _put(self, url: str, body: bytes | FileBody, content_type: str) -> None:
        t = self._transfer("PUT", url, None, "call upload_feed again (a new feed document)")
        http = self._client()
        while True:
            t.request_headers()
            try:
                response = await http.put(url, **_put_args(body, content_type, is_async=True))
            except httpx.TransportError as exc:
                await self._sleep(t.failed(exc))
                continue
            step, delay = t.answered(response.status_code, response.headers)
            if step == _TransferStep.STREAM:
                return
            if step == _TransferStep.FAIL:
                raise t.error(response.status_code, response.headers, response.content)
            await self._sleep(delay)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def _check_sink(sink: object) -> None:
    if not callable(getattr(sink, "write", None)):
        raise ConfigurationError(
            f"sink must have a write(bytes) method (a file opened 'wb', io.BytesIO), "
            f"got {type(sink).__name__}"
        )


async def _araw(response: httpx.Response, pre_read: bool) -> AsyncIterator[bytes]:
    if pre_read:
        yield response.content
        return
    async for raw in response.aiter_raw():
        yield raw


def _head(response: httpx.Response) -> bytes:
    if response.is_stream_consumed:
        return response.content[:_ERROR_BODY_LIMIT]
    body = b""
    for chunk in response.iter_raw():
        body += chunk
        if len(body) >= _ERROR_BODY_LIMIT:
            break
    return body


async def _ahead(response: httpx.Response) -> bytes:
    if response.is_stream_consumed:
        return response.content[:_ERROR_BODY_LIMIT]
    body = b""
    async for chunk in response.aiter_raw():
        body += chunk
        if len(body) >= _ERROR_BODY_LIMIT:
            break
    return body

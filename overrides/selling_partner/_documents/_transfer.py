"""The decisions of one presigned-URL transfer, answer by answer (pure: no I/O).

:class:`Transfer` says what to do with each answer or failure (stream the body,
retry after a delay, fail), what the next GET asks for (``Range`` and
``If-Match`` when resuming), and what the body's bytes become (gunzipped on the
way); the step generators of ``_core`` ask it at each turn.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from .._retry import Action, Decision, RetryPolicy, decide, parse_retry_after
from ._bodies import Gunzip, charset_of, gunzip_needed, is_gzip
from ._s3 import DocumentError, DocumentUrlExpiredError, s3_error, safe_url

__all__ = [
    "DocumentInfo",
    "Transfer",
    "TransferStep",
]

_log = logging.getLogger("selling_partner.documents")


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


class TransferStep:
    """What to do with an answer (:meth:`Transfer.answered`)."""

    STREAM = "stream"
    RETRY = "retry"
    FAIL = "fail"


@dataclass
class Transfer:
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
    decoder: Gunzip | None = field(default=None, repr=False)
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
        self._debug("status=%d attempt=%d offset=%d", status, self.attempts, self.offset)
        if 200 <= status < 300:
            if self.method == "GET":
                self._begin_body(status, headers, decoded)
            return TransferStep.STREAM, 0.0
        retry_after = parse_retry_after(
            headers.get("retry-after"), date=headers.get("date"), wall_now=self.wall_clock()
        )
        decision = self._decide(status=status, retry_after=retry_after)
        if decision.action is Action.RETRY:
            return TransferStep.RETRY, self._wait(decision.delay, str(status))
        return TransferStep.FAIL, 0.0

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
            if decoded and is_gzip(headers.get("content-encoding")):
                # httpx removed the only layer of gzip the stored object has.
                gunzip_needed(self.compression, None)
            elif gunzip_needed(self.compression, encoding):
                self.decoder = Gunzip()

    def failed(self, error: httpx.TransportError) -> float:
        """The delay before retrying after ``error``; raises when no retry is left."""
        decision = self._decide(error=error)
        if decision.action is Action.RETRY:
            return self._wait(decision.delay, type(error).__name__)
        raise DocumentError(
            f"S3 {self.method} {self.location} failed after {self.attempts} attempt(s): "
            f"{type(error).__name__} ({decision.reason})"
        ) from error

    def _decide(
        self,
        *,
        status: int | None = None,
        retry_after: float | None = None,
        error: httpx.HTTPError | None = None,
    ) -> Decision:
        # Sending a presigned GET or PUT again does the same thing: always safe to retry.
        return decide(
            retry_safe=True,
            attempt=self.attempt,
            waited=self.waited,
            policy=self.policy,
            rng=self.rng,
            status=status,
            retry_after=retry_after,
            error=error,
        )

    def _wait(self, delay: float, reason: str) -> float:
        self.waited += delay
        self._debug("retry reason=%s wait=%.3f offset=%d", reason, delay, self.offset)
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

    def relocate(self, fresh: Transfer) -> None:
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
        self._debug("fresh URL after expiry offset=%d", self.offset)

    def _debug(self, message: str, *args: object) -> None:
        # Host and path only: the URL's query is its credential.
        parts = urlsplit(self.url)
        _log.debug(
            "document %s host=%s path=%s " + message, self.method, parts.hostname, parts.path, *args
        )


def _range_start(content_range: str | None) -> int | None:
    match = re.match(r"\s*bytes\s+(\d+)-", content_range or "")
    return int(match.group(1)) if match else None

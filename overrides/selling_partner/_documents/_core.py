"""Every document call as one generator of I/O steps: the logic, written once.

Each call of :class:`Documents` and :class:`AsyncDocuments` is a generator here
(:func:`stream`, :func:`download`, :func:`download_text`, :func:`stream_url`,
:func:`upload_feed`); all of them send through :func:`_answer`, the one loop
that retries, resumes and fetches a fresh URL. A generator yields
``(step, argument)`` and is sent the step's result; the shell carries the step
out with sync or async httpx and does nothing else (the house model of
``_transport._Core.exchange``). Steps, each named after the shell's method that
performs it (argument -> result):

- ``send`` (a :class:`Request`) -> S3's answer (its body left unread for a GET),
  or the ``httpx.TransportError`` raised before one came. The shell keeps at most
  one answer open: it closes the previous one before sending, and the last one
  when the call ends, however it ends;
- ``body`` (an answer) -> an iterator over its raw body (sync or async);
- ``read`` (that iterator) -> its next chunk, None at its end, or the
  ``httpx.TransportError`` that broke it off;
- ``write`` (``(sink, data)``) -> None, once ``sink.write(data)`` is done;
- ``sleep`` (seconds) -> None;
- ``call`` (``(operation, arguments)``) -> the SP-API operation's answer.

Anything else a step raises (a sink that refuses, an SP-API error) ends the call.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeAlias, TypeVar

import httpx

from .._retry import RetryPolicy
from ._bodies import FileBody, decode_text, gunzip_needed, put_content, put_headers, upload_body
from ._kinds import CREATE_FEED, Kind, created, feed_spec, locate_args, located
from ._s3 import ERROR_BODY_LIMIT, check_url
from ._sinks import Memory, Writable, check_max_size, check_sink
from ._transfer import DocumentInfo, Transfer, TransferStep

__all__ = [
    "BODY",
    "CALL",
    "READ",
    "SEND",
    "SLEEP",
    "WRITE",
    "Context",
    "Request",
    "Run",
    "Steps",
    "download",
    "download_bytes",
    "download_text",
    "stream",
    "stream_url",
    "upload_feed",
]

_T = TypeVar("_T")

#: A call's steps: yields ``(step, argument)``, is sent each result, returns ``_T``.
Steps: TypeAlias = Generator[tuple[str, Any], Any, _T]

# The steps: each is the name of the shell's method that carries it out.
SEND = "send"
BODY = "body"
READ = "read"
WRITE = "write"
SLEEP = "sleep"
CALL = "call"


@dataclass(frozen=True)
class Request:
    """What to send: a GET (resuming with ``Range``) or the feed's PUT."""

    method: str
    url: str = field(repr=False)
    headers: dict[str, str]
    body: bytes | FileBody | None = None
    # A GET's body is streamed (and resumed); S3's short answer to a PUT is read whole.
    stream: bool = True

    def build(self, http: httpx.Client | httpx.AsyncClient, *, is_async: bool) -> httpx.Request:
        """The httpx request for ``http``; a file body is read anew for each attempt."""
        content = None if self.body is None else put_content(self.body, is_async=is_async)
        return http.build_request(self.method, self.url, headers=self.headers, content=content)


@dataclass(frozen=True)
class Context:
    """What a call's steps take from its shell: the client and the retry settings.

    Attributes:
        sp: The client whose operations hand out the document URLs.
        retry: Retry bounds and backoff of the S3 leg.
        rng: Random source for backoff jitter.
        wall_clock: Wall clock for HTTP-date ``Retry-After``.
    """

    sp: Any
    retry: RetryPolicy
    rng: Callable[[], float] = field(repr=False)
    wall_clock: Callable[[], float] = field(repr=False)

    def operation(self, kind: Kind) -> Any:
        """``sp.<package>.<operation>`` of ``kind``, looked up (the shell calls it)."""
        return getattr(getattr(self.sp, kind.package), kind.operation)

    def transfer(self, method: str, url: str, compression: str | None, again: str) -> Transfer:
        """The decisions of a new transfer of ``url``."""
        gunzip_needed(compression, None)  # an unknown algorithm fails before any request
        return Transfer(
            method=method,
            url=url,
            policy=self.retry,
            rng=self.rng,
            wall_clock=self.wall_clock,
            compression=compression,
            again=again,
        )


class Run(Generic[_T]):
    """A shell's view of one call's steps: iterate them, set :attr:`result` after each.

    Once the steps are done, :attr:`value` is what the call returns.
    """

    __slots__ = ("_steps", "result", "value")

    def __init__(self, steps: Steps[_T]) -> None:
        self._steps = steps
        self.result: Any = None
        self.value: _T

    def __iter__(self) -> Run[_T]:
        return self

    def __next__(self) -> tuple[str, Any]:
        try:
            return self._steps.send(self.result)
        except StopIteration as stop:
            self.value = stop.value
            raise


# -- the calls -------------------------------------------------------------------------


def stream(
    ctx: Context, kind: Kind, document_id: str, sink: Writable, restricted: bool = False
) -> Steps[DocumentInfo]:
    """Ask SP-API for the document's URL, then write the document to ``sink``."""
    check_sink(sink)
    t = yield from _locate(ctx, kind, document_id, restricted)
    return (yield from _get(t, sink, lambda: _locate(ctx, kind, document_id, restricted)))


def download(
    ctx: Context, kind: Kind, document_id: str, max_size: int | None, restricted: bool = False
) -> Steps[tuple[bytes, str | None]]:
    """The document's bytes and S3's Content-Type, held in memory up to ``max_size``."""
    # BytesIO hands its buffer over without a copy: peak about 1.1x the document.
    sink = Memory(kind, check_max_size(max_size))
    info = yield from stream(ctx, kind, document_id, sink, restricted)
    return sink.getvalue(), info.content_type


def download_bytes(
    ctx: Context, kind: Kind, document_id: str, max_size: int | None, restricted: bool = False
) -> Steps[bytes]:
    """The document's bytes, held in memory up to ``max_size``."""
    return (yield from download(ctx, kind, document_id, max_size, restricted))[0]


def download_text(
    ctx: Context,
    kind: Kind,
    document_id: str,
    max_size: int | None,
    encoding: str | None,
    errors: str,
    restricted: bool = False,
) -> Steps[str]:
    """The document as text: ``encoding``, else S3's Content-Type charset, else UTF-8."""
    data = yield from download(ctx, kind, document_id, max_size, restricted)
    return decode_text(*data, encoding, errors)


def stream_url(
    ctx: Context, url: str, sink: Writable, compression: str | None
) -> Steps[DocumentInfo]:
    """Write the document at a presigned ``url`` the caller holds to ``sink`` (no relocation)."""
    check_url(url, "url")
    check_sink(sink)
    t = ctx.transfer("GET", url, compression, "ask for the document again")
    return (yield from _get(t, sink, None))


def upload_feed(ctx: Context, content: object, content_type: str) -> Steps[str]:
    """Create a feed document, PUT ``content`` to its URL; its ``feedDocumentId``."""
    body = upload_body(content, content_type)
    operation = ctx.operation(CREATE_FEED)
    answer = yield CALL, (operation, {"body": feed_spec(content_type)})
    document_id, url = created(answer)
    t = ctx.transfer("PUT", url, None, "call upload_feed again (a new feed document)")
    put = Request("PUT", url, put_headers(body, content_type), body, stream=False)
    yield from _answer(t, put, None)
    return document_id


# -- the transfer ----------------------------------------------------------------------


def _locate(ctx: Context, kind: Kind, document_id: str, restricted: bool) -> Steps[Transfer]:
    """Ask SP-API for the document's presigned URL: a new transfer of it."""
    operation = ctx.operation(kind)
    parsed = yield CALL, (operation, locate_args(kind, document_id, restricted))
    url, compression = located(kind, parsed)
    return ctx.transfer("GET", url, compression, kind.again)


def _get(
    t: Transfer, sink: Writable, locate: Callable[[], Steps[Transfer]] | None
) -> Steps[DocumentInfo]:
    """Download to ``sink``; a body broken off (or short) resumes from the byte reached."""
    while True:
        response = yield from _answer(t, None, locate)
        t.sent()
        cut = yield from _take_body(t, response, sink)
        if cut is None:
            cut = t.cut_short()
        if cut is None:
            return t.finish()
        yield SLEEP, t.failed(cut)


def _answer(
    t: Transfer, put: Request | None, locate: Callable[[], Steps[Transfer]] | None
) -> Steps[httpx.Response]:
    """Send until S3 answers 2xx: the one loop of retries, and of the fresh URL.

    ``put`` is the upload (None: a GET of ``t``'s URL, from the byte reached);
    ``locate`` asks SP-API for a fresh URL after an expiry (None: raise it).
    Returns the 2xx answer, its body not yet taken for a GET.
    """
    while True:
        headers = t.request_headers()  # counts the attempt, for a PUT too
        request = put if put is not None else Request("GET", t.url, headers)
        outcome = yield SEND, request
        if isinstance(outcome, httpx.TransportError):
            yield SLEEP, t.failed(outcome)
            continue
        response: httpx.Response = outcome
        # Mocks and cassettes build answers with content=bytes: httpx read and decoded them.
        decoded = put is None and response.is_stream_consumed
        step, delay = t.answered(response.status_code, response.headers, decoded=decoded)
        if step == TransferStep.STREAM:
            return response
        if step == TransferStep.RETRY:
            yield SLEEP, delay
            continue
        body = yield from _head(response)
        if isinstance(body, httpx.TransportError):
            yield SLEEP, t.failed(body)
            continue
        error = t.error(response.status_code, response.headers, body)
        if locate is None or not t.may_relocate(error):
            raise error
        t.relocate((yield from locate()))


def _take_body(
    t: Transfer, response: httpx.Response, sink: Writable
) -> Steps[httpx.TransportError | None]:
    """Write the answer's document bytes to ``sink``; the error that broke it off, or None."""
    if response.is_stream_consumed:  # read already (see _answer): one chunk, no I/O
        yield from _write(t, response.content, sink)
        return None
    chunks = yield BODY, response
    while True:
        raw = yield READ, chunks
        if raw is None or isinstance(raw, httpx.TransportError):
            return raw
        yield from _write(t, raw, sink)


def _write(t: Transfer, raw: bytes, sink: Writable) -> Steps[None]:
    for out in t.feed(raw):
        yield WRITE, (sink, out)


def _head(response: httpx.Response) -> Steps[bytes | httpx.TransportError]:
    """The start of S3's error body (its Code and Message come first), or what broke it off."""
    if response.is_stream_consumed:
        return response.content[:ERROR_BODY_LIMIT]
    chunks = yield BODY, response
    body = b""
    while len(body) < ERROR_BODY_LIMIT:
        chunk = yield READ, chunks
        if chunk is None or isinstance(chunk, httpx.TransportError):
            return body if chunk is None else chunk
        body += chunk
    return body

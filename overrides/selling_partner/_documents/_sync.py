"""``sp.documents`` for :class:`~selling_partner.SellingPartner`: the sync shell.

It carries out the steps of ``_core``'s generators with a sync httpx client and
``sleep``; every decision is the core's.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, Self, TypeVar

import httpx

from .._proxy import Proxies, RoutedTransport
from .._retry import RetryPolicy
from . import _core
from ._core import Request, Run, Steps
from ._kinds import DATA_KIOSK, FEED_RESULT, REPORT
from ._shell import CallIo, Shell
from ._sinks import DEFAULT_MAX_DOWNLOAD, Writable
from ._transfer import DocumentInfo

__all__ = [
    "Documents",
]

_T = TypeVar("_T")


class Documents(Shell[httpx.BaseTransport, httpx.Client]):
    """Download report, feed-result and Data Kiosk documents; upload feeds (sync).

    Build it with the client (``Documents(sp)``); ``transport=`` is the inner
    httpx transport the client was built with (the client passes its own), so the
    S3 leg reaches the same network, mock or fake, without the SP-API token,
    rate limiter or error hook.
    """

    _transport_type = httpx.BaseTransport
    _other_shell = "use AsyncDocuments with an async client"

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
        super().__init__(
            sp,
            transport=transport,
            proxies=proxies,
            timeout=timeout,
            retry=retry,
            rng=rng,
            wall_clock=wall_clock,
        )
        self._sleep = sleep if sleep is not None else time.sleep

    def _new_client(self) -> httpx.Client:
        inner: httpx.BaseTransport = (
            _BorrowedTransport(self._transport)
            if self._transport is not None
            else RoutedTransport(self._proxies)
        )
        return httpx.Client(transport=inner, timeout=self._timeout)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections of the S3 leg (the client's own transport stays open)."""
        http = self._detach()
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
        return self._run(
            _core.download_bytes(self._context, REPORT, report_document_id, max_size, restricted)
        )

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
        return self._run(
            _core.download_text(
                self._context, REPORT, report_document_id, max_size, encoding, errors, restricted
            )
        )

    def stream_report(
        self, report_document_id: str, sink: Writable, *, restricted: bool = False
    ) -> DocumentInfo:
        """Write the report to ``sink`` (``.write(bytes)``) in chunks; memory stays flat."""
        return self._run(_core.stream(self._context, REPORT, report_document_id, sink, restricted))

    def download_feed_result(
        self, feed_document_id: str, *, max_size: int | None = DEFAULT_MAX_DOWNLOAD
    ) -> bytes:
        """A feed's processing report (the ``resultFeedDocumentId`` of ``getFeed``)."""
        return self._run(
            _core.download_bytes(self._context, FEED_RESULT, feed_document_id, max_size)
        )

    def download_feed_result_text(
        self,
        feed_document_id: str,
        *,
        encoding: str | None = None,
        errors: str = "strict",
        max_size: int | None = DEFAULT_MAX_DOWNLOAD,
    ) -> str:
        """A feed's processing report as text (see :meth:`download_report_text`)."""
        return self._run(
            _core.download_text(
                self._context, FEED_RESULT, feed_document_id, max_size, encoding, errors
            )
        )

    def stream_feed_result(self, feed_document_id: str, sink: Writable) -> DocumentInfo:
        """Write a feed's processing report to ``sink`` in chunks."""
        return self._run(_core.stream(self._context, FEED_RESULT, feed_document_id, sink))

    def download_data_kiosk(
        self, document_id: str, *, max_size: int | None = DEFAULT_MAX_DOWNLOAD
    ) -> bytes:
        """A Data Kiosk document (JSON Lines) from ``getDocument``'s ``documentUrl``."""
        return self._run(_core.download_bytes(self._context, DATA_KIOSK, document_id, max_size))

    def stream_data_kiosk(self, document_id: str, sink: Writable) -> DocumentInfo:
        """Write a Data Kiosk document to ``sink`` in chunks."""
        return self._run(_core.stream(self._context, DATA_KIOSK, document_id, sink))

    def stream_url(
        self, url: str, sink: Writable, *, compression: str | None = None
    ) -> DocumentInfo:
        """Write the document at a presigned ``url`` you already hold to ``sink``.

        Args:
            url: The document's ``url`` / ``documentUrl``.
            sink: Where the bytes go (``.write(bytes)``).
            compression: The document's ``compressionAlgorithm`` (``"GZIP"``) or None.
        """
        return self._run(_core.stream_url(self._context, url, sink, compression))

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
        return self._run(_core.upload_feed(self._context, content, content_type))

    # -- I/O --------------------------------------------------------------------------

    def _run(self, steps: Steps[_T]) -> _T:
        run, io = Run(steps), _Io(self)
        try:
            for step, argument in run:
                run.result = getattr(io, step)(argument)  # each step names an _Io method
        finally:
            io.close()
        return run.value


class _Io(CallIo[httpx.Client]):
    """The I/O of one call of :class:`Documents`: the steps of ``_core``, carried out."""

    __slots__ = ()
    _shell: Documents

    def send(self, request: Request) -> httpx.Response | httpx.TransportError:
        self.close()
        http = self._client()
        try:
            self._open = http.send(request.build(http, is_async=False), stream=request.stream)
        except httpx.TransportError as exc:
            return exc
        return self._open

    def body(self, response: httpx.Response) -> Iterator[bytes]:
        return response.iter_raw()

    def read(self, chunks: Iterator[bytes]) -> bytes | httpx.TransportError | None:
        try:
            return next(chunks, None)
        except httpx.TransportError as exc:
            return exc

    def write(self, argument: tuple[Writable, bytes]) -> None:
        sink, data = argument
        sink.write(data)

    def sleep(self, seconds: float) -> None:
        self._shell._sleep(seconds)

    def call(self, argument: tuple[Callable[..., Any], dict[str, Any]]) -> Any:
        operation, arguments = argument
        return operation(**arguments)

    def close(self) -> None:
        response = self._closing()
        if response is not None:
            response.close()


class _BorrowedTransport(httpx.BaseTransport):
    """The client's transport, which this module must not close."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)

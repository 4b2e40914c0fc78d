"""``sp.documents`` for :class:`~selling_partner.SellingPartner`: the sync shell.

It carries out the steps of ``_core``'s generators with a sync httpx client and
``sleep``; every decision is the core's.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, BinaryIO, Self

import httpx

from .._errors import ConfigurationError
from .._httpx_log import redact_presigned_urls
from .._proxy import Proxies, RoutedTransport
from .._retry import RetryPolicy
from ._bodies import FileBody, _put_args, decode_text, upload_body
from ._kinds import (
    _CREATE_FEED,
    _DATA_KIOSK,
    _FEED_RESULT,
    _REPORT,
    _created,
    _feed_spec,
    _Kind,
    _locate_args,
    _located,
)
from ._s3 import _ERROR_BODY_LIMIT, check_url
from ._shell import _Shell
from ._sinks import DEFAULT_MAX_DOWNLOAD, _check_sink, _max_size, _Memory, _Writable
from ._transfer import DocumentInfo, _Transfer, _TransferStep


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


class _BorrowedTransport(httpx.BaseTransport):
    """The client's transport, which this module must not close."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._inner.handle_request(request)


def _head(response: httpx.Response) -> bytes:
    if response.is_stream_consumed:
        return response.content[:_ERROR_BODY_LIMIT]
    body = b""
    for chunk in response.iter_raw():
        body += chunk
        if len(body) >= _ERROR_BODY_LIMIT:
            break
    return body

"""``sp.documents`` for :class:`~selling_partner.AsyncSellingPartner`: the asyncio shell.

It carries out the steps of ``_core``'s generators with an async httpx client and
an async ``sleep``; every decision is the core's.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, BinaryIO, Self

import httpx

from .._errors import ConfigurationError
from .._httpx_log import redact_presigned_urls
from .._proxy import AsyncRoutedTransport, Proxies
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
from ._sinks import DEFAULT_MAX_DOWNLOAD, _check_sink, _max_size, _Memory
from ._transfer import DocumentInfo, _Transfer, _TransferStep


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


class _AsyncBorrowedTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)


async def _araw(response: httpx.Response, pre_read: bool) -> AsyncIterator[bytes]:
    if pre_read:
        yield response.content
        return
    async for raw in response.aiter_raw():
        yield raw


async def _ahead(response: httpx.Response) -> bytes:
    if response.is_stream_consumed:
        return response.content[:_ERROR_BODY_LIMIT]
    body = b""
    async for chunk in response.aiter_raw():
        body += chunk
        if len(body) >= _ERROR_BODY_LIMIT:
            break
    return body

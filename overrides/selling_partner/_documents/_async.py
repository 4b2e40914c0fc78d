"""``sp.documents`` for :class:`~selling_partner.AsyncSellingPartner`: the asyncio shell.

It carries out the steps of ``_core``'s generators with an async httpx client and
an async ``sleep``; every decision is the core's.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, BinaryIO, Self, TypeVar

import httpx

from .._proxy import AsyncRoutedTransport, Proxies
from .._retry import RetryPolicy
from . import _core
from ._core import Request, Run, Steps
from ._kinds import DATA_KIOSK, FEED_RESULT, REPORT
from ._shell import CallIo, Shell
from ._sinks import DEFAULT_MAX_DOWNLOAD
from ._transfer import DocumentInfo

__all__ = [
    "AsyncDocuments",
]

_T = TypeVar("_T")


class AsyncDocuments(Shell[httpx.AsyncBaseTransport, httpx.AsyncClient]):
    """:class:`Documents` for :class:`~selling_partner.AsyncSellingPartner`: ``await`` each call.

    Sinks may have a plain ``write`` (a file) or an async one (``aiofiles``).
    """

    _transport_type = httpx.AsyncBaseTransport
    _other_shell = "use Documents with a sync client"

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
        super().__init__(
            sp,
            transport=transport,
            proxies=proxies,
            timeout=timeout,
            retry=retry,
            rng=rng,
            wall_clock=wall_clock,
        )
        self._sleep: Callable[[float], Awaitable[None]] = (
            sleep if sleep is not None else _asyncio_sleep
        )

    def _new_client(self) -> httpx.AsyncClient:
        inner: httpx.AsyncBaseTransport = (
            _AsyncBorrowedTransport(self._transport)
            if self._transport is not None
            else AsyncRoutedTransport(self._proxies)
        )
        return httpx.AsyncClient(transport=inner, timeout=self._timeout)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections of the S3 leg (the client's own transport stays open)."""
        http = self._detach()
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
        return await self._run(
            _core.download_bytes(self._context, REPORT, report_document_id, max_size, restricted)
        )

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
        return await self._run(
            _core.download_text(
                self._context, REPORT, report_document_id, max_size, encoding, errors, restricted
            )
        )

    async def stream_report(
        self, report_document_id: str, sink: Any, *, restricted: bool = False
    ) -> DocumentInfo:
        """See :meth:`Documents.stream_report`."""
        return await self._run(
            _core.stream(self._context, REPORT, report_document_id, sink, restricted)
        )

    async def download_feed_result(
        self, feed_document_id: str, *, max_size: int | None = DEFAULT_MAX_DOWNLOAD
    ) -> bytes:
        """See :meth:`Documents.download_feed_result`."""
        return await self._run(
            _core.download_bytes(self._context, FEED_RESULT, feed_document_id, max_size)
        )

    async def download_feed_result_text(
        self,
        feed_document_id: str,
        *,
        encoding: str | None = None,
        errors: str = "strict",
        max_size: int | None = DEFAULT_MAX_DOWNLOAD,
    ) -> str:
        """See :meth:`Documents.download_feed_result_text`."""
        return await self._run(
            _core.download_text(
                self._context, FEED_RESULT, feed_document_id, max_size, encoding, errors
            )
        )

    async def stream_feed_result(self, feed_document_id: str, sink: Any) -> DocumentInfo:
        """See :meth:`Documents.stream_feed_result`."""
        return await self._run(_core.stream(self._context, FEED_RESULT, feed_document_id, sink))

    async def download_data_kiosk(
        self, document_id: str, *, max_size: int | None = DEFAULT_MAX_DOWNLOAD
    ) -> bytes:
        """See :meth:`Documents.download_data_kiosk`."""
        return await self._run(
            _core.download_bytes(self._context, DATA_KIOSK, document_id, max_size)
        )

    async def stream_data_kiosk(self, document_id: str, sink: Any) -> DocumentInfo:
        """See :meth:`Documents.stream_data_kiosk`."""
        return await self._run(_core.stream(self._context, DATA_KIOSK, document_id, sink))

    async def stream_url(
        self, url: str, sink: Any, *, compression: str | None = None
    ) -> DocumentInfo:
        """See :meth:`Documents.stream_url`."""
        return await self._run(_core.stream_url(self._context, url, sink, compression))

    async def upload_feed(self, content: bytes | str | BinaryIO, content_type: str) -> str:
        """See :meth:`Documents.upload_feed`."""
        return await self._run(_core.upload_feed(self._context, content, content_type))

    async def _run(self, steps: Steps[_T]) -> _T:
        run, io = Run(steps), _AsyncIo(self)
        try:
            for step, argument in run:
                run.result = await getattr(io, step)(argument)  # each step names an _AsyncIo method
        finally:
            await io.close()
        return run.value


class _AsyncIo(CallIo[httpx.AsyncClient]):
    """The I/O of one call of :class:`AsyncDocuments`: the steps of ``_core``, awaited."""

    __slots__ = ()
    _shell: AsyncDocuments

    async def send(self, request: Request) -> httpx.Response | httpx.TransportError:
        await self.close()
        http = self._client()
        try:
            self._open = await http.send(request.build(http, is_async=True), stream=request.stream)
        except httpx.TransportError as exc:
            return exc
        return self._open

    async def body(self, response: httpx.Response) -> AsyncIterator[bytes]:
        return response.aiter_raw()

    async def read(self, chunks: AsyncIterator[bytes]) -> bytes | httpx.TransportError | None:
        try:
            return await anext(chunks, None)
        except httpx.TransportError as exc:
            return exc

    async def write(self, argument: tuple[Any, bytes]) -> None:
        # A sink may have a plain write (a file) or an async one (aiofiles).
        sink, data = argument
        written = sink.write(data)
        if inspect.isawaitable(written):
            await written

    async def sleep(self, seconds: float) -> None:
        await self._shell._sleep(seconds)

    async def call(self, argument: tuple[Callable[..., Any], dict[str, Any]]) -> Any:
        operation, arguments = argument
        return await operation(**arguments)

    async def close(self) -> None:
        response = self._closing()
        if response is not None:
            await response.aclose()


class _AsyncBorrowedTransport(httpx.AsyncBaseTransport):
    """The client's async transport, which this module must not close."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._inner.handle_async_request(request)


async def _asyncio_sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)

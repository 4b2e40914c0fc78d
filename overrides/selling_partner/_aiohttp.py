"""An aiohttp-backed inner transport for AsyncSellingPartner (the ``aiohttp`` extra).

httpcore's async pool scans every connection on each request (its
``has_expired`` asks the socket through anyio's typed attributes), so the
client's CPU per call grows with concurrency; aiohttp's connector keeps idle
connections per host in a queue. This transport sends httpx requests over one
``aiohttp.ClientSession`` and hands httpx responses back, so everything above
it (auth, the SP-API transport, hooks, the generated code) is unchanged.
docs/throughput.md has the figures.

aiohttp's errors become the httpx errors that say the same thing about whether
the request reached the server (the retry policy and ``OutcomeUnknownError``
depend on it): only failures to connect or to get a connection in time are
"not sent"; a disconnect, reset or read timeout after sending is not.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import ConfigurationError
from ._proxy import check_pool_bound

if TYPE_CHECKING:
    import aiohttp

__all__ = ["AiohttpTransport"]

_CHUNK = 64 * 1024


def _aiohttp() -> Any:
    try:
        import aiohttp
    except ImportError:
        raise ConfigurationError(
            "AiohttpTransport needs aiohttp: pip install 'selling-partner[aiohttp]'"
        ) from None
    return aiohttp


@contextmanager
def _mapped(request: httpx.Request) -> Iterator[None]:
    import aiohttp

    # Most specific first: several of these subclass each other.
    table: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
        (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
        (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
        (aiohttp.ClientConnectorError, httpx.ConnectError),  # DNS, refused, TLS: never sent
        (aiohttp.SocketTimeoutError, httpx.ReadTimeout),
        (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
        (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
        (aiohttp.ClientPayloadError, httpx.ReadError),
        (asyncio.TimeoutError, httpx.ReadTimeout),
        (aiohttp.ClientError, httpx.ReadError),  # anything else: maybe sent
    )
    try:
        yield
    except httpx.TransportError:
        raise
    except Exception as exc:
        for source, target in table:
            if isinstance(exc, source):
                raise target(f"{type(exc).__name__}: {exc}", request=request) from exc
        raise


class _Body(httpx.AsyncByteStream):
    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request) -> None:
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped(self._request):
            async for chunk in self._response.content.iter_chunked(_CHUNK):
                yield chunk

    async def aclose(self) -> None:
        # Back to the pool when the body was read whole; closed otherwise.
        self._response.release()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """``httpx.AsyncBaseTransport`` over one ``aiohttp.ClientSession``.

    ::

        from selling_partner import AiohttpTransport, AsyncSellingPartner

        async with AsyncSellingPartner(transport=AiohttpTransport()) as sp:
            ...

    Used for SP-API, Login with Amazon and the S3 document leg alike (like any
    ``transport=``). Timeouts come from each request (the client's
    ``timeout=``): connect plus pool wait bound getting a connection, read
    bounds each socket read. Proxies are not routed: the environment's
    ``HTTPS_PROXY`` is not read with ``transport=``.

    Args:
        max_connections: open connections at most (across hosts); more
            concurrent requests wait for one (the pool timeout).
        keepalive_expiry: seconds an idle connection is kept.
        verify: TLS verification, as httpx takes it (True, a CA bundle path
            or an ``ssl.SSLContext``).

    Raises:
        ConfigurationError: aiohttp is not installed (the ``aiohttp`` extra).
    """

    def __init__(
        self,
        *,
        max_connections: int = 100,
        keepalive_expiry: float = 30.0,
        verify: ssl.SSLContext | str | bool = True,
    ) -> None:
        _aiohttp()
        check_pool_bound(max_connections)
        self._limit = max_connections
        self._keepalive = float(keepalive_expiry)
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None

    def __repr__(self) -> str:
        return f"AiohttpTransport(max_connections={self._limit})"

    def _open(self) -> aiohttp.ClientSession:
        # Built on first use: a ClientSession belongs to the running event loop.
        if self._session is None or self._session.closed:
            aiohttp = _aiohttp()
            # The CA bundle is loaded here, not when the transport is built (as _tls does).
            context = httpx.create_ssl_context(verify=self._verify)
            connector = aiohttp.TCPConnector(
                limit=self._limit, keepalive_timeout=self._keepalive, ssl=context
            )
            self._session = aiohttp.ClientSession(
                connector=connector, trust_env=False, auto_decompress=False
            )
        return self._session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` over aiohttp; the body streams back through httpx."""
        aiohttp = _aiohttp()
        timeout = request.extensions.get("timeout", {})
        connect, pool = timeout.get("connect"), timeout.get("pool")
        data: bytes | AsyncIterator[bytes] | None
        headers = request.headers.multi_items()
        try:
            data = request.content or None
        except httpx.RequestNotRead:
            data = _stream(request)
            # aiohttp frames a streamed body itself.
            headers = [(k, v) for k, v in headers if k.lower() != "transfer-encoding"]
        with _mapped(request):
            response = await self._open().request(
                request.method,
                str(request.url),
                headers=headers,
                data=data,
                allow_redirects=False,
                compress=False,
                # httpx set these from the request already; aiohttp must not add its own.
                skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent", "Content-Type"),
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=None if connect is None or pool is None else connect + pool,
                    sock_connect=connect,
                    sock_read=timeout.get("read"),
                ),
            )
        return httpx.Response(
            status_code=response.status,
            headers=list(response.raw_headers),
            stream=_Body(response, request),
            request=request,
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode("ascii", "replace"),
            },
        )

    async def aclose(self) -> None:
        """Close the session and its connections."""
        session, self._session = self._session, None
        if session is not None:
            await session.close()


async def _stream(request: httpx.Request) -> AsyncIterator[bytes]:
    async for chunk in request.stream:  # type: ignore[union-attr]
        yield chunk

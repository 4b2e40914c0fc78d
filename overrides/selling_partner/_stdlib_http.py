"""A sync inner transport on the standard library's ``http.client`` (no extra needed).

httpx's own sync transport (httpcore and h11) costs about 0.8 ms of CPU per
request on the machine of record; ``http.client``'s parser is largely C and a
keep-alive request costs a quarter of that (docs/throughput.md). This
transport sends httpx requests over pooled ``http.client`` connections and
hands httpx responses back, so everything above it (auth, the SP-API
transport, hooks, the generated code) is unchanged. Pass it as ``transport=``
to :class:`~selling_partner.SellingPartner`.

Errors become the httpx errors that say the same thing about whether the
request reached the server (the retry policy and ``OutcomeUnknownError`` depend
on it): only a failure to connect, or to get a connection in time, is "not
sent"; anything after the first byte was written is "maybe sent". A pooled
connection is checked before it is reused (as httpcore does): one the server
has closed, or that has bytes waiting, is dropped, so a stale keep-alive
connection does not turn a create into an unknown outcome.
"""

from __future__ import annotations

import functools
import http.client
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx

from ._proxy import check_pool_bound

__all__ = ["HttpClientTransport"]

_CHUNK = 64 * 1024
_Origin = tuple[str, str, int]


@contextmanager
def _mapped(
    request: httpx.Request, timeout: type[httpx.TimeoutException], error: type[httpx.TransportError]
) -> Iterator[None]:
    try:
        yield
    except httpx.TransportError:
        raise
    except TimeoutError as exc:  # socket.timeout is TimeoutError
        raise timeout(f"{type(exc).__name__}: {exc}", request=request) from exc
    except (http.client.HTTPException, ConnectionError) as exc:
        raise httpx.RemoteProtocolError(f"{type(exc).__name__}: {exc}", request=request) from exc
    except OSError as exc:
        raise error(f"{type(exc).__name__}: {exc}", request=request) from exc


@contextmanager
def _refused(request: httpx.Request) -> Iterator[None]:
    # http.client refuses a header name or value it cannot send (a line break in
    # it) before writing anything: httpx's own word for that.
    try:
        yield
    except ValueError as exc:
        raise httpx.LocalProtocolError(str(exc), request=request) from exc


def _dead(connection: http.client.HTTPConnection) -> bool:
    """Whether a pooled connection cannot carry another request (closed, or bytes waiting)."""
    sock = connection.sock
    if sock is None:
        return True
    try:
        if hasattr(select, "poll"):  # select() fails on descriptors above 1023
            poller = select.poll()
            poller.register(sock, select.POLLIN)
            # Readable while idle: the server closed it (EOF) or sent something unasked.
            return bool(poller.poll(0))
        readable, _, _ = select.select([sock], [], [], 0)
        return bool(readable)
    except (OSError, ValueError):
        return True


class _Pool:
    """Idle connections per origin, and a bound on the connections open at once."""

    def __init__(self, limit: int, keepalive: float) -> None:
        self._limit = limit
        self._keepalive = keepalive
        self._idle: dict[_Origin, list[tuple[float, http.client.HTTPConnection]]] = {}
        self._open = 0
        self._freed = threading.Condition()
        self._closed = False

    def take(self, origin: _Origin, wait: float | None) -> http.client.HTTPConnection | None:
        """A live idle connection to ``origin``, or None after reserving room for a new one.

        Raises:
            TimeoutError: no room within ``wait`` seconds (None: no bound).
        """
        deadline = None if wait is None else time.monotonic() + wait
        with self._freed:
            while True:
                if self._closed:
                    raise OSError("the transport is closed")
                idle = self._idle.get(origin)
                now = time.monotonic()
                while idle:
                    since, connection = idle.pop()
                    if now - since < self._keepalive and not _dead(connection):
                        return connection
                    self._drop(connection)
                if self._open < self._limit:
                    self._open += 1
                    return None
                if not self._evict_other():
                    left = None if deadline is None else deadline - time.monotonic()
                    if left is not None and left <= 0:
                        raise TimeoutError("no connection free in the pool")
                    self._freed.wait(left)

    def _evict_other(self) -> bool:
        # At the bound with idle connections to other origins: close the oldest.
        oldest: tuple[float, _Origin] | None = None
        for origin, idle in self._idle.items():
            if idle and (oldest is None or idle[0][0] < oldest[0]):
                oldest = (idle[0][0], origin)
        if oldest is None:
            return False
        _, connection = self._idle[oldest[1]].pop(0)
        self._drop(connection)
        return True

    def _drop(self, connection: http.client.HTTPConnection) -> None:
        connection.close()
        self._open -= 1
        self._freed.notify()

    def release(
        self, origin: _Origin, connection: http.client.HTTPConnection | None, reusable: bool
    ) -> None:
        """Keep ``connection`` for ``origin``'s next request, or close it.

        ``None`` gives back the room reserved for a connection that never opened.
        """
        with self._freed:
            if connection is None:
                self._open -= 1
                self._freed.notify()
            elif reusable and not self._closed:
                self._idle.setdefault(origin, []).append((time.monotonic(), connection))
                self._freed.notify()
            else:
                self._drop(connection)

    def close(self) -> None:
        with self._freed:
            self._closed = True
            for idle in self._idle.values():
                for _, connection in idle:
                    self._drop(connection)
            self._idle.clear()


class _Body(httpx.SyncByteStream):
    def __init__(
        self,
        response: http.client.HTTPResponse,
        request: httpx.Request,
        release: Callable[[bool], None],
    ) -> None:
        self._response = response
        self._request = request
        self._release: Callable[[bool], None] | None = release  # (reusable), called once

    def __iter__(self) -> Iterator[bytes]:
        response = self._response
        with _mapped(self._request, httpx.ReadTimeout, httpx.ReadError):
            # read1: what has arrived, without waiting to fill a chunk. A body
            # with a length ends when it is all read (http.client does not mark
            # that by itself); a chunked one when http.client closes it.
            while response.length != 0:
                chunk = response.read1(_CHUNK)
                if not chunk:
                    break
                yield chunk
        if response.length:  # read1 ends quietly when the peer hangs up mid-body
            self._finish(reusable=False)
            raise httpx.RemoteProtocolError(
                f"peer closed connection without sending complete message body "
                f"({response.length} bytes short)",
                request=self._request,
            )
        whole = response.length == 0 or response.isclosed()
        self._finish(reusable=whole and not response.will_close)

    def close(self) -> None:
        # Closed before the end of the body: the connection cannot be reused.
        self._finish(reusable=False)

    def _finish(self, *, reusable: bool) -> None:
        release, self._release = self._release, None
        if release is not None:
            self._response.close()  # the answer's reader; the socket stays the connection's
            release(reusable)


class HttpClientTransport(httpx.BaseTransport):
    """``httpx.BaseTransport`` over the standard library's ``http.client``, pooled.

    ::

        from selling_partner import HttpClientTransport, SellingPartner

        with SellingPartner(transport=HttpClientTransport(), ...) as sp:
            ...

    Used for SP-API, Login with Amazon and the S3 document leg alike (like any
    ``transport=``). HTTP/1.1 with keep-alive; thread-safe (one pool for every
    thread). Timeouts come from each request (the client's ``timeout=``):
    connect, write and read bound each socket operation, pool bounds the wait
    for a connection. Proxies are not routed: the environment's
    ``HTTPS_PROXY`` is not read with ``transport=``.

    Args:
        max_connections: open connections at most (across hosts); more
            concurrent requests wait for one (the pool timeout).
        keepalive_expiry: seconds an idle connection is kept.
        verify: TLS verification, as httpx takes it (True, a CA bundle path
            or an ``ssl.SSLContext``).

    Raises:
        ConfigurationError: ``max_connections`` is not an int >= 1.
    """

    def __init__(
        self,
        *,
        max_connections: int = 100,
        keepalive_expiry: float = 30.0,
        verify: ssl.SSLContext | str | bool = True,
    ) -> None:
        check_pool_bound(max_connections)
        self._limit = max_connections
        self._verify = verify
        self._context: ssl.SSLContext | None = None
        self._context_lock = threading.Lock()
        self._pool = _Pool(max_connections, float(keepalive_expiry))

    def __repr__(self) -> str:
        return f"HttpClientTransport(max_connections={self._limit})"

    def _ssl(self) -> ssl.SSLContext:
        # Built on the first https connection (loading the CA bundle costs ~15 ms).
        with self._context_lock:
            if self._context is None:
                self._context = httpx.create_ssl_context(verify=self._verify)
            return self._context

    def _connect(
        self, request: httpx.Request, origin: _Origin, connect: float | None
    ) -> http.client.HTTPConnection:
        scheme, host, port = origin
        connection: http.client.HTTPConnection
        if scheme == "https":
            connection = http.client.HTTPSConnection(
                host, port, timeout=connect, context=self._ssl()
            )
        elif scheme == "http":
            connection = http.client.HTTPConnection(host, port, timeout=connect)
        else:
            raise httpx.UnsupportedProtocol(
                f"Request URL has an unsupported protocol '{scheme}://'.", request=request
            )
        with _mapped(request, httpx.ConnectTimeout, httpx.ConnectError):
            try:
                connection.connect()
            except (http.client.HTTPException, ConnectionError) as exc:
                # Refused, reset during the TLS handshake...: nothing was sent.
                raise httpx.ConnectError(f"{type(exc).__name__}: {exc}", request=request) from exc
        sock = connection.sock
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` over a pooled connection; the body streams back through httpx."""
        url = request.url
        scheme = url.scheme
        port = url.port or (443 if scheme == "https" else 80)
        origin: _Origin = (scheme, url.host, port)
        timeout = request.extensions.get("timeout", {})
        with _mapped(request, httpx.PoolTimeout, httpx.ConnectError):
            connection = self._pool.take(origin, timeout.get("pool"))
        try:
            if connection is None:
                connection = self._connect(request, origin, timeout.get("connect"))
            self._send(connection, request, timeout.get("write"))
            sock = connection.sock
            if sock is not None:
                sock.settimeout(timeout.get("read"))
            with _mapped(request, httpx.ReadTimeout, httpx.ReadError):
                response = connection.getresponse()
        except BaseException:
            self._pool.release(origin, connection, reusable=False)
            raise
        version = b"HTTP/1.0" if response.version == 10 else b"HTTP/1.1"
        release = functools.partial(self._pool.release, origin, connection)
        return httpx.Response(
            status_code=response.status,
            # The bytes as sent (http.client decoded them as latin-1): a header
            # that is not ASCII reaches httpx as it does from httpcore.
            headers=[
                (name.encode("latin-1"), value.encode("latin-1"))
                for name, value in response.msg.items()
            ],
            stream=_Body(response, request, release),
            request=request,
            extensions={
                "http_version": version,
                "reason_phrase": (response.reason or "").encode("ascii", "replace"),
            },
        )

    @staticmethod
    def _send(
        connection: http.client.HTTPConnection, request: httpx.Request, write: float | None
    ) -> None:
        sock = connection.sock
        if sock is not None:
            sock.settimeout(write)
        target = request.url.raw_path.decode("ascii")
        with _mapped(request, httpx.WriteTimeout, httpx.WriteError), _refused(request):
            connection.putrequest(request.method, target, skip_host=True, skip_accept_encoding=True)
            for name, value in request.headers.raw:
                connection.putheader(name, value)
            try:
                content: bytes | None = request.content
            except httpx.RequestNotRead:
                content = None
            if content is not None:
                connection.endheaders(content or None)
                return
            connection.endheaders()
            # A streamed body (a feed upload): httpx set Content-Length or chunked.
            chunked = request.headers.get("transfer-encoding", "").lower() == "chunked"
            for chunk in request.stream:  # type: ignore[union-attr]
                if not chunk:
                    continue
                connection.send(b"%x\r\n%b\r\n" % (len(chunk), chunk) if chunked else chunk)
            if chunked:
                connection.send(b"0\r\n\r\n")

    def close(self) -> None:
        """Close the pool's connections."""
        self._pool.close()

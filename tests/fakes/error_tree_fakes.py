"""Fakes for the error-tree and time-bound tests: cut bodies, trickles, a raw HTTP server.

``RawServer`` is a real local HTTP/1.1 server on a free port that answers each
request with scripted raw bytes (so a body can be cut before its
Content-Length, a chunked body cut mid-way, or a body trickled byte by byte),
and Login with Amazon's token request with a token. It runs in a thread of this
process and is stopped by the fixture that started it.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

TOKEN_PATH = "/auth/o2/token"


class CutStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that yields ``chunks`` then breaks with ``error`` (as httpcore reports a cut)."""

    def __init__(self, chunks: list[bytes], error: Exception) -> None:
        self._chunks = chunks
        self._error = error

    def __iter__(self) -> Iterator[bytes]:
        yield from self._chunks
        raise self._error

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk
        raise self._error


class TrickleStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body arriving one byte at a time, each byte ``every`` seconds of ``clock``."""

    def __init__(self, body: bytes, clock: Any, every: float) -> None:
        self._body = body
        self._clock = clock
        self._every = every
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for i in range(len(self._body)):
            self._clock.now += self._every
            self.sent += 1
            yield self._body[i : i + 1]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def cut_response(status: int, body: bytes = b'{"payload": {"thingId": "T-') -> httpx.Response:
    """An answer whose body breaks off before its Content-Length."""
    error = httpx.RemoteProtocolError(
        "peer closed connection without sending complete message body"
    )
    return httpx.Response(
        status,
        headers={"Content-Length": "500", "x-amzn-RequestId": "req-cut"},
        stream=CutStream([body], error),
    )


def deep_json(depth: int = 100_000) -> bytes:
    """JSON nested ``depth`` levels deep (json.loads raises RecursionError)."""
    return b"[" * depth + b"]" * depth


def _http(status: int, headers: dict[str, str], body: bytes) -> bytes:
    head = f"HTTP/1.1 {status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return head.encode() + b"\r\n" + body


class RawServer:
    """A local HTTP/1.1 server answering SP-API requests from a queue of scripts.

    Each script is ``bytes`` (sent as they are, then the connection closes) or a
    callable writing to the socket itself (to trickle). The token request is
    answered with a fresh token.
    """

    def __init__(self) -> None:
        self.scripts: deque[bytes | Callable[[socket.socket], None]] = deque()
        self.api_requests = 0
        self.token_requests = 0
        outer = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                outer._serve(self.request)

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _serve(self, sock: socket.socket) -> None:
        data = b""
        while b"\r\n\r\n" not in data:
            got = sock.recv(65536)
            if not got:
                return
            data += got
        head, _, body = data.partition(b"\r\n\r\n")
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip())
        while len(body) < length:
            body += sock.recv(65536)
        path = head.split(b" ", 2)[1].decode()
        if path.startswith(TOKEN_PATH):
            self.token_requests += 1
            token = json.dumps({"access_token": "Atza|raw-server-token", "expires_in": 3600})
            headers = {"Content-Length": str(len(token)), "Connection": "close"}
            sock.sendall(_http(200, headers, token.encode()))
            return
        self.api_requests += 1
        script = self.scripts.popleft() if self.scripts else ok_bytes()
        if callable(script):
            script(sock)
        else:
            sock.sendall(script)


THING = json.dumps({"payload": {"thingId": "T-1", "status": "Active", "tags": []}}).encode()


def ok_bytes() -> bytes:
    return _http(200, {"Content-Length": str(len(THING)), "Connection": "close"}, THING)


def cut_before_length(status: int = 200) -> bytes:
    """Headers promising 500 bytes, then 20, then the connection closes."""
    return _http(status, {"Content-Length": "500", "Connection": "close"}, THING[:20])


def cut_chunked(status: int = 200) -> bytes:
    """A chunked body whose second chunk never comes."""
    first = THING[:20]
    return _http(
        status,
        {"Transfer-Encoding": "chunked", "Connection": "close"},
        f"{len(first):x}\r\n".encode() + first + b"\r\n",
    )


def trickle(every: float, padding: int) -> Callable[[socket.socket], None]:
    """Send a valid Thing padded with spaces, one byte every ``every`` seconds."""
    body = THING + b" " * padding

    def send(sock: socket.socket) -> None:
        sock.sendall(_http(200, {"Content-Length": str(len(body)), "Connection": "close"}, b""))
        try:
            for i in range(len(body)):
                sock.sendall(body[i : i + 1])
                time.sleep(every)
        except OSError:
            pass  # the client hung up: what the deadline is for

    return send

"""HttpClientTransport: the sync inner transport on the standard library's http.client.

Real HTTP against the local fake SP-API, and raw socket servers for what a
server can do to a connection (hang up, go silent, close an idle one). The
throughput figures are benchmarks/bench_throughput.py's (``--inner http.client``).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import ConfigurationError, HttpClientTransport, SellingPartner

FORM = {
    "grant_type": "refresh_token",
    "refresh_token": FAKE_REFRESH_TOKEN,
    "client_id": FAKE_CLIENT_ID,
    "client_secret": FAKE_CLIENT_SECRET,
}


@pytest.fixture
def server() -> Iterator[FakeSpApi]:
    with FakeSpApi(advertised_rate=1000.0) as fake:
        yield fake


def test_it_carries_every_call_from_many_threads(server: FakeSpApi) -> None:
    transport = HttpClientTransport()
    with SellingPartner(
        client_id=FAKE_CLIENT_ID,
        client_secret=FAKE_CLIENT_SECRET,
        refresh_token=FAKE_REFRESH_TOKEN,
        endpoint=server.endpoint,
        token_url=server.token_url,
        rate_limiting=False,
        transport=transport,
        env={},
    ) as sp:
        api = sp.fulfillment_outbound_v2020_07_01
        with ThreadPoolExecutor(8) as pool:
            replies = list(
                pool.map(
                    lambda _: api.get_package_tracking_details.detailed(package_number=1), range(40)
                )
            )
        features = api.get_features(marketplace_id="ATVPDKIKX0DER")
        assert transport._pool._open <= 8  # one connection per thread at most
    assert transport._pool._closed  # closed with the client
    assert {r.status_code for r in replies} == {200}
    assert all(r.parsed.payload is not None for r in replies)
    assert features.payload is not None
    stats = server.stats
    assert stats.requests["fulfillment_outbound_v2020_07_01.getPackageTrackingDetails"] == 40
    assert sum(stats.token_requests.values()) == 1  # Login with Amazon went through it too


def test_it_posts_forms_and_streams_answers(server: FakeSpApi) -> None:
    with httpx.Client(transport=HttpClientTransport()) as client:
        token = client.post(server.token_url, data=FORM)
        with client.stream("GET", server.token_url) as reply:
            body = b"".join(reply.iter_bytes())
    assert token.status_code == 200
    assert token.json()["access_token"]
    assert token.headers["content-type"].startswith("application/json")
    assert token.http_version == "HTTP/1.1"
    assert body


class RawServer:
    """Accepts connections and runs ``serve(conn)`` for each, counting them."""

    def __init__(self, serve: Any) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = 0
        self.received: list[bytes] = []
        self._serve = serve
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted += 1
            threading.Thread(target=self._serve, args=(self, conn), daemon=True).start()

    def close(self) -> None:
        self.sock.close()


def _read_request(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        try:
            part = conn.recv(65536)
        except ConnectionResetError:  # the client closed a connection it did not read whole
            part = b""
        if not part:
            return data
        data += part
    head, _, rest = data.partition(b"\r\n\r\n")
    if b"transfer-encoding: chunked" in head.lower():
        while not rest.endswith(b"0\r\n\r\n"):
            rest += conn.recv(65536)
    else:
        for line in head.split(b"\r\n"):
            if line.lower().startswith(b"content-length:"):
                while len(rest) < int(line.split(b":")[1]):
                    rest += conn.recv(65536)
    return head + b"\r\n\r\n" + rest


OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n\r\nok"


def test_a_connection_is_kept_and_reused() -> None:
    def serve(server: RawServer, conn: socket.socket) -> None:
        while request := _read_request(conn):
            server.received.append(request)
            conn.sendall(OK)

    raw = RawServer(serve)
    try:
        with httpx.Client(transport=HttpClientTransport()) as client:
            replies = [client.get(f"http://127.0.0.1:{raw.port}/x?n={n}") for n in range(20)]
    finally:
        raw.close()
    assert [r.text for r in replies] == ["ok"] * 20
    assert raw.accepted == 1
    assert raw.received[3].startswith(b"GET /x?n=3 HTTP/1.1\r\n")
    assert replies[0].headers.get_list("set-cookie") == ["a=1", "b=2"]


def test_an_idle_connection_the_server_closed_is_not_used() -> None:
    # The server answers once and closes: the next request goes on a new
    # connection, without an error (a create is never turned into "maybe sent").
    def serve(server: RawServer, conn: socket.socket) -> None:
        server.received.append(_read_request(conn))
        conn.sendall(OK)
        conn.close()

    raw = RawServer(serve)
    try:
        with httpx.Client(transport=HttpClientTransport()) as client:
            first = client.post(f"http://127.0.0.1:{raw.port}/orders", content=b"{}")
            time.sleep(0.1)  # the server's close reaches the client
            second = client.post(f"http://127.0.0.1:{raw.port}/orders", content=b"{}")
    finally:
        raw.close()
    assert (first.text, second.text) == ("ok", "ok")
    assert raw.accepted == 2


def test_a_streamed_body_is_sent_chunked() -> None:
    def serve(server: RawServer, conn: socket.socket) -> None:
        server.received.append(_read_request(conn))
        conn.sendall(OK)

    raw = RawServer(serve)
    try:
        with httpx.Client(transport=HttpClientTransport()) as client:
            reply = client.put(
                f"http://127.0.0.1:{raw.port}/feed", content=iter([b"abc", b"", b"de"])
            )
    finally:
        raw.close()
    assert reply.text == "ok"
    request = raw.received[0]
    assert b"transfer-encoding: chunked" in request.lower()
    assert request.endswith(b"\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n")


def test_a_refused_connection_is_not_sent() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    with httpx.Client(transport=HttpClientTransport()) as client, pytest.raises(httpx.ConnectError):
        client.get(f"http://127.0.0.1:{port}/")


def test_a_disconnect_after_sending_is_maybe_sent() -> None:
    # The server reads the request, then hangs up without answering: the request
    # may have been acted on, so it is not a ConnectError (which would resend a create).
    def serve(server: RawServer, conn: socket.socket) -> None:
        _read_request(conn)
        conn.close()

    raw = RawServer(serve)
    try:
        with (
            httpx.Client(transport=HttpClientTransport()) as client,
            pytest.raises(httpx.TransportError) as caught,
        ):
            client.post(f"http://127.0.0.1:{raw.port}/orders", content=b"{}")
    finally:
        raw.close()
    assert isinstance(caught.value, httpx.RemoteProtocolError | httpx.ReadError)
    assert not isinstance(caught.value, httpx.ConnectError | httpx.ConnectTimeout)


def test_a_silent_server_is_a_read_timeout(server: FakeSpApi) -> None:
    server.latency = 1.0
    with (
        httpx.Client(transport=HttpClientTransport(), timeout=0.3) as client,
        pytest.raises(httpx.ReadTimeout),
    ):
        client.get(server.endpoint + "/fba/outbound/2020-07-01/tracking")


def test_the_pool_is_bounded_and_its_wait_too() -> None:
    release = threading.Event()

    def serve(server: RawServer, conn: socket.socket) -> None:
        while request := _read_request(conn):
            if b"/slow" in request:
                release.wait(5)
            conn.sendall(OK)

    raw = RawServer(serve)
    transport = HttpClientTransport(max_connections=1)
    try:
        with httpx.Client(transport=transport, timeout=httpx.Timeout(5, pool=0.2)) as client:
            with ThreadPoolExecutor(1) as pool:
                slow = pool.submit(client.get, f"http://127.0.0.1:{raw.port}/slow")
                time.sleep(0.1)
                with pytest.raises(httpx.PoolTimeout):
                    client.get(f"http://127.0.0.1:{raw.port}/fast")
                release.set()
                assert slow.result().text == "ok"
            assert client.get(f"http://127.0.0.1:{raw.port}/fast").text == "ok"
    finally:
        release.set()
        raw.close()
    assert raw.accepted == 1


def test_a_body_left_unread_closes_its_connection() -> None:
    def serve(server: RawServer, conn: socket.socket) -> None:
        while _read_request(conn):
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n" + b"x" * 100000)

    raw = RawServer(serve)
    transport = HttpClientTransport()
    try:
        with httpx.Client(transport=transport) as client:
            with client.stream("GET", f"http://127.0.0.1:{raw.port}/big") as reply:
                next(reply.iter_raw(10))
            assert transport._pool._open == 0  # not put back half read
            assert len(client.get(f"http://127.0.0.1:{raw.port}/big").content) == 100000
    finally:
        raw.close()
    assert raw.accepted == 2


def test_it_checks_its_arguments() -> None:
    with pytest.raises(ConfigurationError, match="max_connections"):
        HttpClientTransport(max_connections=0)
    with pytest.raises(ConfigurationError, match="max_connections"):
        HttpClientTransport(max_connections=True)
    assert repr(HttpClientTransport()) == "HttpClientTransport(max_connections=100)"
    with (
        httpx.Client(transport=HttpClientTransport()) as client,
        pytest.raises(httpx.UnsupportedProtocol),
    ):
        client.get("ftp://example.com/x")


def test_a_header_it_cannot_send_is_refused_before_sending() -> None:
    def serve(server: RawServer, conn: socket.socket) -> None:
        server.received.append(_read_request(conn))

    raw = RawServer(serve)
    try:
        with (
            httpx.Client(transport=HttpClientTransport()) as client,
            pytest.raises(httpx.LocalProtocolError),
        ):
            request = client.build_request("GET", f"http://127.0.0.1:{raw.port}/x")
            request.headers["x-bad"] = "a\r\nInjected: 1"
            client.send(request)
    finally:
        raw.close()
    assert not any(raw.received)


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", "7 bytes short"),
        (b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n", "Incomplete"),
    ],
    ids=["length", "chunked"],
)
def test_a_body_cut_short_is_a_protocol_error(answer: bytes, message: str) -> None:
    # Shorter than it said: httpx's RemoteProtocolError, as from httpcore (the
    # retry policy reads it as "maybe sent"), never a short body taken as whole.
    def serve(server: RawServer, conn: socket.socket) -> None:
        _read_request(conn)
        conn.sendall(answer)
        conn.close()

    raw = RawServer(serve)
    try:
        with (
            httpx.Client(transport=HttpClientTransport()) as client,
            pytest.raises(httpx.RemoteProtocolError, match=message),
        ):
            client.get(f"http://127.0.0.1:{raw.port}/x")
    finally:
        raw.close()


NOT_ASCII = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nx-amz-meta-name: caf\xc3\xa9\r\n\r\nok"


def test_header_bytes_reach_httpx_as_sent() -> None:
    # Not ASCII (S3 metadata can be UTF-8): the raw bytes, as httpcore hands them over.
    def serve(server: RawServer, conn: socket.socket) -> None:
        while _read_request(conn):
            conn.sendall(NOT_ASCII)

    raw = RawServer(serve)
    try:
        with httpx.Client(transport=HttpClientTransport()) as client:
            ours = client.get(f"http://127.0.0.1:{raw.port}/x")
        with httpx.Client(transport=httpx.HTTPTransport()) as plain:
            httpcore_own = plain.get(f"http://127.0.0.1:{raw.port}/x")
    finally:
        raw.close()
    assert (b"x-amz-meta-name", "café".encode()) in ours.headers.raw
    assert ours.headers.raw == httpcore_own.headers.raw

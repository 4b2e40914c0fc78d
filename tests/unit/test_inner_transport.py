"""The inner transports: a pool that keeps its connections, and AiohttpTransport.

Real HTTP against the local fake SP-API (and a raw socket server for broken
connections); the throughput figures are benchmarks/bench_throughput.py's.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx
import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import (
    AiohttpTransport,
    AsyncSellingPartner,
    ConfigurationError,
    SellingPartner,
)

TASKS = 50


@pytest.fixture
def server() -> Iterator[FakeSpApi]:
    with FakeSpApi(advertised_rate=1000.0) as fake:
        yield fake


def settings(server: FakeSpApi, **extra: Any) -> dict[str, Any]:
    return {
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": FAKE_REFRESH_TOKEN,
        "endpoint": server.endpoint,
        "token_url": server.token_url,
        "rate_limiting": False,
        **extra,
    }


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each connection httpcore's pools open (sync and async)."""
    origins: list[str] = []
    for pool in (httpcore.AsyncConnectionPool, httpcore.ConnectionPool):
        create = pool.create_connection

        def counted(self: Any, origin: httpcore.Origin, _create: Any = create) -> Any:
            origins.append(str(origin))
            return _create(self, origin)

        monkeypatch.setattr(pool, "create_connection", counted)
    return origins


def test_async_pool_keeps_a_connection_per_task(server: FakeSpApi, opened: list[str]) -> None:
    server.latency = 0.05  # every task's request in flight at once

    async def run() -> None:
        async with AsyncSellingPartner(**settings(server)) as sp:
            call = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details

            async def loop() -> None:
                for _ in range(6):
                    await call(package_number=1)

            await asyncio.gather(*(loop() for _ in range(TASKS)))

    asyncio.run(run())
    # httpx's default pool (20 kept) reopened a connection for most of the 300 calls.
    assert len(opened) <= TASKS + 1, f"{len(opened)} connections for {TASKS} tasks"


def test_threaded_pool_keeps_its_connections(server: FakeSpApi, opened: list[str]) -> None:
    server.latency = 0.05
    with SellingPartner(**settings(server)) as sp:
        call = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details

        def loop() -> None:
            for _ in range(6):
                call(package_number=1)

        threads = [threading.Thread(target=loop) for _ in range(25)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert len(opened) <= 25 + 1, f"{len(opened)} connections for 25 threads"


def test_aiohttp_transport_carries_every_call(server: FakeSpApi) -> None:
    async def run() -> list[Any]:
        transport = AiohttpTransport()
        async with AsyncSellingPartner(**settings(server, transport=transport)) as sp:
            api = sp.fulfillment_outbound_v2020_07_01
            replies = await asyncio.gather(
                *(api.get_package_tracking_details.detailed(package_number=1) for _ in range(30))
            )
            features = await api.get_features(marketplace_id="ATVPDKIKX0DER")
        assert transport._session is None  # closed with the client
        return [*replies, features]

    *replies, features = asyncio.run(run())
    assert {r.status_code for r in replies} == {200}
    assert all(r.parsed.payload is not None for r in replies)
    assert features.payload is not None
    # One token request, then every call with the token (LWA went through aiohttp too).
    stats = server.stats
    assert stats.requests["fulfillment_outbound_v2020_07_01.getPackageTrackingDetails"] == 30
    assert sum(stats.token_requests.values()) == 1


def test_aiohttp_transport_posts_forms_and_streams_answers(server: FakeSpApi) -> None:
    async def run() -> tuple[httpx.Response, bytes]:
        transport = AiohttpTransport()
        async with httpx.AsyncClient(transport=transport) as client:
            form = {
                "grant_type": "refresh_token",
                "refresh_token": FAKE_REFRESH_TOKEN,
                "client_id": FAKE_CLIENT_ID,
                "client_secret": FAKE_CLIENT_SECRET,
            }
            token = await client.post(server.token_url, data=form)

            async with client.stream("GET", server.token_url) as reply:
                body = b"".join([chunk async for chunk in reply.aiter_bytes()])
            return token, body

    token, body = asyncio.run(run())
    assert token.status_code == 200
    assert token.json()["access_token"]
    assert token.headers["content-type"].startswith("application/json")
    assert body  # the fake's answer to a GET on the token URL, streamed whole


def _listener() -> socket.socket:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    return sock


def test_aiohttp_refused_connection_is_not_sent() -> None:
    sock = _listener()
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now

    async def run() -> None:
        async with httpx.AsyncClient(transport=AiohttpTransport()) as client:
            await client.get(f"http://127.0.0.1:{port}/")

    with pytest.raises(httpx.ConnectError):
        asyncio.run(run())


def test_aiohttp_disconnect_after_sending_is_maybe_sent() -> None:
    # The server reads the request, then hangs up without answering: the request
    # may have been acted on, so it is not a ConnectError (which would resend a create).
    sock = _listener()
    port = sock.getsockname()[1]

    def serve() -> None:
        conn, _ = sock.accept()
        conn.recv(65536)
        conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()

    async def run() -> None:
        async with httpx.AsyncClient(transport=AiohttpTransport()) as client:
            await client.post(f"http://127.0.0.1:{port}/orders", content=b"{}")

    try:
        with pytest.raises(httpx.TransportError) as caught:
            asyncio.run(run())
    finally:
        thread.join(timeout=5)
        sock.close()
    assert isinstance(caught.value, httpx.RemoteProtocolError | httpx.ReadError)
    assert not isinstance(caught.value, httpx.ConnectError | httpx.ConnectTimeout)


def test_aiohttp_read_timeout_is_a_read_timeout(server: FakeSpApi) -> None:
    server.latency = 1.0

    async def run() -> None:
        async with httpx.AsyncClient(transport=AiohttpTransport(), timeout=0.3) as client:
            await client.get(server.endpoint + "/fba/outbound/2020-07-01/tracking")

    with pytest.raises(httpx.ReadTimeout):
        asyncio.run(run())


def test_aiohttp_transport_checks_its_arguments() -> None:
    with pytest.raises(ConfigurationError, match="max_connections"):
        AiohttpTransport(max_connections=0)
    assert repr(AiohttpTransport()) == "AiohttpTransport(max_connections=100)"

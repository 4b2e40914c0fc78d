"""Fixtures shared by every test folder: a real Redis (fleet mode)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from redis_server import RedisServer


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """One private redis-server for the session (a missing binary fails, never skips)."""
    with RedisServer() as server:
        yield server


@pytest.fixture
def redis_url(redis_server: RedisServer) -> Iterator[str]:
    """The session server's URL, emptied before each test."""
    import redis

    client = redis.Redis.from_url(redis_server.url)
    client.flushall()
    client.close()
    yield redis_server.url


@pytest.fixture
def own_redis() -> Iterator[RedisServer]:
    """A redis-server of the test's own, to stop and restart."""
    with RedisServer() as server:
        yield server


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--sync-inner",
        choices=("httpx", "http.client"),
        default="httpx",
        help="the sync client's default direct transport for this run: httpx's pool (the"
        " default) or HttpClientTransport, to run the whole suite through it",
    )


@pytest.fixture(autouse=True)
def _sync_inner(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """With ``--sync-inner http.client``, the clients' direct route goes through http.client."""
    if request.config.getoption("--sync-inner") != "http.client":
        return
    from selling_partner import _proxy
    from selling_partner._stdlib_http import HttpClientTransport

    def direct(**options: object) -> HttpClientTransport:
        limits = options.get("limits")
        bound = getattr(limits, "max_connections", None) or 100
        return HttpClientTransport(max_connections=bound)

    monkeypatch.setattr(_proxy, "SchemeTransport", direct)

"""No request searches for a module: the HTTP stack's dependencies are all installed.

httpcore asks ``sniffio`` which async library runs each time it makes a lock;
when ``sniffio`` is missing (recent anyio no longer installs it) that is a failed
``import sniffio``, a search of every ``sys.path`` entry, per request (about 80
``find_spec`` calls each). A finder placed first on ``sys.meta_path`` sees every
such search: after a warm-up (token, generated modules, pool), real requests
against the local fake SP-API must trigger none.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Iterator, Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import AsyncSellingPartner, SellingPartner

WARM = 20
CALLS = 60


class ImportSearches:
    """A meta-path finder that finds nothing and records what was looked for."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self._lock = threading.Lock()

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        with self._lock:
            self.names.append(fullname)
        return None


@pytest.fixture
def searches() -> Iterator[ImportSearches]:
    finder = ImportSearches()
    sys.meta_path.insert(0, finder)
    try:
        yield finder
    finally:
        sys.meta_path.remove(finder)


@pytest.fixture
def server() -> Iterator[FakeSpApi]:
    with FakeSpApi(advertised_rate=1000.0) as fake:
        yield fake


def settings(server: FakeSpApi, limiter: bool) -> dict[str, Any]:
    return {
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": FAKE_REFRESH_TOKEN,
        "endpoint": server.endpoint,
        "token_url": server.token_url,
        "rate_limiting": limiter,
    }


def test_sniffio_is_installed() -> None:
    # What httpcore's async locks need; pinned in pyproject.toml.
    import sniffio

    assert sniffio.current_async_library  # the function httpcore calls


@pytest.mark.parametrize("limiter", [False, True], ids=["limiter-off", "limiter-on"])
def test_async_requests_search_no_module(
    server: FakeSpApi, searches: ImportSearches, limiter: bool
) -> None:
    async def run() -> None:
        async with AsyncSellingPartner(**settings(server, limiter)) as sp:
            call = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details

            async def loop(n: int) -> None:
                for _ in range(n):
                    await call(package_number=1)

            await asyncio.gather(*(loop(WARM // 5) for _ in range(5)))
            searches.names.clear()
            await asyncio.gather(*(loop(CALLS // 5) for _ in range(5)))
            found = list(searches.names)
        assert found == [], f"{len(found)} module searches in {CALLS} requests: {found[:10]}"

    asyncio.run(run())


@pytest.mark.parametrize("limiter", [False, True], ids=["limiter-off", "limiter-on"])
def test_threaded_requests_search_no_module(
    server: FakeSpApi, searches: ImportSearches, limiter: bool
) -> None:
    with SellingPartner(**settings(server, limiter)) as sp:
        call = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details

        def loop(n: int) -> None:
            for _ in range(n):
                call(package_number=1)

        def in_threads(n: int) -> None:
            threads = [threading.Thread(target=loop, args=(n // 4,)) for _ in range(4)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()

        in_threads(WARM)
        searches.names.clear()
        in_threads(CALLS)
        found = list(searches.names)
    assert found == [], f"{len(found)} module searches in {CALLS} requests: {found[:10]}"

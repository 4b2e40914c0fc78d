"""Cassette tests: record against the local fake (or Amazon), replay offline.

Modes (pytest-recording's ``--record-mode``):

- ``none`` (the default, what ``./dev test`` and CI run): every HTTP exchange is
  replayed from ``cassettes/<module>/<test>.yaml``; the network is blocked, and
  a request with no recorded answer fails the test.
- ``rewrite`` / ``once`` / ``all`` (``./dev record``): the ``sp`` / ``asp``
  clients talk to a real server and vcrpy writes what it answered, scrubbed.
  ``SPAPI_RECORD_TARGET`` picks the server: ``fake`` (default: the local fake
  SP-API, started per test), ``sandbox`` or ``production`` (Amazon, with the
  credentials the client reads from the environment, ``SELLING_PARTNER_*``, and
  ``SPAPI_RECORD_REGION``, default ``na``). Tests that need the fake's scenario
  controls (429s, expired tokens, planted bodies) are marked ``fake_only`` and
  keep replaying their cassette when the target is Amazon.

Requests match on method, path, query and body (never scheme, host or port), and
on whether they carried ``x-amz-access-token`` (the value is scrubbed): a
cassette recorded against the fake on a random port, or against Amazon, replays
with the client pointed at the fixed nominal endpoint. Every replayed test must
also play every recorded interaction, so a retry, a refresh or a token fetch the
code stops making is caught.

Time is a :class:`FakeClock` shared by the client (rate limiter, token expiry,
retry sleeps) and, when recording, the fake server (its buckets and token
expiry): nothing sleeps, in replay or in recording against the fake.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from _recording import (
    NOMINAL_ENDPOINT,
    REPLAY_CREDENTIALS,
    AsyncTimedTransport,
    FakeClock,
    Sent,
    TimedTransport,
    access_token_header_matcher,
    cassette_root,
    record_target,
    vcr_options,
)
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import AsyncSellingPartner, InMemoryTokenCache, SellingPartner


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "fake_only: the test drives the local fake's scenario controls; when recording "
        "against Amazon its cassette is replayed, not re-recorded",
    )
    config.addinivalue_line(
        "markers",
        "reads_cassettes: checks the files of the cassette folder (SPAPI_CASSETTE_DIR); "
        "`./dev record --check` runs these with the vcr tests on its scratch copy",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Every test here replays with the network blocked; recording lifts the block.
    here = os.path.dirname(__file__)
    for item in items:
        if str(item.path).startswith(here) and item.get_closest_marker("vcr") is not None:
            item.add_marker(pytest.mark.block_network)


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("access_token_header", access_token_header_matcher)


@pytest.fixture
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """``<cassette root>/<test module>``; the root moves with ``SPAPI_CASSETTE_DIR``."""
    return str(cassette_root() / request.node.path.stem)


@pytest.fixture(scope="session")
def record_mode_option(request: pytest.FixtureRequest) -> str:
    """The record mode given on the command line (``none`` when not given)."""
    return str(request.config.getoption("--record-mode") or "none")


@pytest.fixture
def recording(request: pytest.FixtureRequest, record_mode_option: str) -> bool:
    """True when this test talks to a real server and writes its cassette."""
    if record_mode_option == "none":
        return False
    return not (record_target() != "fake" and request.node.get_closest_marker("fake_only"))


@pytest.fixture
def vcr_config(recording: bool) -> dict[str, Any]:
    """vcrpy settings: scrub before writing, match without host, replay strictly."""
    config = vcr_options()
    if not recording:
        config["record_mode"] = "none"
    return config


def _require_vcr(request: pytest.FixtureRequest) -> None:
    if request.node.get_closest_marker("vcr") is None:
        # Without the marker nothing is replayed and the network is not blocked:
        # the client would call Amazon's real endpoint with replay credentials.
        pytest.fail(
            f"{request.node.nodeid} uses the cassette clients without @pytest.mark.vcr "
            "(set `pytestmark = pytest.mark.vcr` in the module)",
            pytrace=False,
        )


@pytest.fixture
def clock() -> FakeClock:
    """The fake time shared by the client and, when recording, the fake server."""
    return FakeClock()


@pytest.fixture
def sent() -> list[Sent]:
    """Requests in the order the client sent them (after pacing and retries)."""
    return []


@pytest.fixture
def fake(recording: bool, clock: FakeClock) -> Iterator[FakeSpApi | None]:
    """The local fake SP-API when recording against it; None otherwise.

    Tests set its scenario controls under ``if fake is not None:``, so replay
    (where there is no server) runs the same test code.
    """
    if not recording or record_target() != "fake":
        yield None
        return
    # The fake clock for the times in answers too (createdTime): recordings repeat.
    with FakeSpApi(clock=clock, wall_clock=clock) as server:
        yield server


_CALL_REPORT = pytest.StashKey[pytest.TestReport]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.when == "call":
        item.stash[_CALL_REPORT] = report


@pytest.fixture(autouse=True)
def _every_interaction_played(
    request: pytest.FixtureRequest, vcr: Any, recording: bool
) -> Iterator[None]:
    """After a passing replay, fail if any recorded interaction was not requested."""
    yield
    report = request.node.stash.get(_CALL_REPORT, None)
    if recording or vcr is None or report is None or not report.passed:
        return
    cassette = vcr
    if not cassette.all_played:
        unplayed = [
            f"{r.method} {r.path}"
            for i, (r, _) in enumerate(cassette.data)
            if cassette.play_counts[i] == 0
        ]
        pytest.fail(f"recorded interactions never requested on replay: {unplayed}", pytrace=False)


def _client_kwargs(recording: bool, fake: FakeSpApi | None, clock: FakeClock) -> dict[str, Any]:
    if not recording:
        return {
            **REPLAY_CREDENTIALS,
            "endpoint": NOMINAL_ENDPOINT,
            "env": {},
            "clock": clock,
            "wall_clock": clock,
        }
    if fake is not None:
        return {
            "client_id": FAKE_CLIENT_ID,
            "client_secret": FAKE_CLIENT_SECRET,
            "refresh_token": FAKE_REFRESH_TOKEN,
            "endpoint": fake.endpoint,
            "token_url": fake.token_url,
            "env": {},
            "clock": clock,
            "wall_clock": clock,
        }
    # Amazon: credentials from the environment, real time (Amazon's buckets are real).
    target = record_target()
    return {
        "region": os.environ.get("SPAPI_RECORD_REGION", "na"),
        "sandbox": target == "sandbox",
        "env": dict(os.environ),
        "clock": time.monotonic,
        "wall_clock": time.time,
    }


@pytest.fixture
def sp(
    request: pytest.FixtureRequest,
    recording: bool,
    fake: FakeSpApi | None,
    clock: FakeClock,
    sent: list[Sent],
) -> Iterator[SellingPartner]:
    """The public sync client, wired for replay or recording (see the module doc)."""
    _require_vcr(request)
    kwargs = _client_kwargs(recording, fake, clock)
    real_time = recording and fake is None
    with SellingPartner(
        **kwargs,
        token_cache=InMemoryTokenCache(),
        rng=lambda: 0.5,
        sleep=time.sleep if real_time else clock.sleep,
        transport=TimedTransport(clock, sent),
    ) as client:
        yield client


@pytest.fixture
async def asp(
    request: pytest.FixtureRequest,
    recording: bool,
    fake: FakeSpApi | None,
    clock: FakeClock,
    sent: list[Sent],
) -> AsyncIterator[AsyncSellingPartner]:
    """The public asyncio client, wired like :func:`sp`."""
    _require_vcr(request)
    kwargs = _client_kwargs(recording, fake, clock)
    real_time = recording and fake is None
    async with AsyncSellingPartner(
        **kwargs,
        token_cache=InMemoryTokenCache(),
        rng=lambda: 0.5,
        sleep=asyncio.sleep if real_time else clock.asleep,
        transport=AsyncTimedTransport(clock, sent),
    ) as client:
        yield client

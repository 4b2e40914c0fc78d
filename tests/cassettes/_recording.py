"""Where cassettes are recorded, and the credentials that must never reach one.

``SPAPI_RECORD_TARGET`` chooses the server a recording run talks to:

- ``fake`` (default): the local fake SP-API (``tests/fakes/fake_spapi``), started by
  the ``fake`` fixture with its fake credentials;
- ``sandbox`` / ``production``: Amazon, with the credentials the client reads
  from the environment (``SELLING_PARTNER_CLIENT_ID``,
  ``SELLING_PARTNER_CLIENT_SECRET``, ``SELLING_PARTNER_REFRESH_TOKEN`` or their
  aliases) and ``SPAPI_RECORD_REGION`` (``na``, ``eu``, ``fe``; default ``na``).

Replays never read the environment: they use :data:`REPLAY_CREDENTIALS` against
:data:`NOMINAL_ENDPOINT`, which are no one's credentials.

``SPAPI_CASSETTE_DIR`` moves the cassette folder (default: the committed
``tests/cassettes/cassettes``): ``./dev record --check`` records into a scratch
copy there, replays and scans it, and compares it with the committed one.
"""

from __future__ import annotations

import asyncio
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN
from vcr_scrub import scrub_request, scrub_response

__all__ = [
    "CASSETTE_DIR_ENV",
    "COMMITTED_CASSETTES",
    "NOMINAL_ENDPOINT",
    "RECORD_TARGETS",
    "RECORD_TARGET_ENV",
    "REPLAY_CREDENTIALS",
    "AsyncTimedTransport",
    "FakeClock",
    "Sent",
    "TimedTransport",
    "access_token_header_matcher",
    "cassette_root",
    "record_target",
    "recording_literals",
    "vcr_options",
]

RECORD_TARGET_ENV = "SPAPI_RECORD_TARGET"
CASSETTE_DIR_ENV = "SPAPI_CASSETTE_DIR"
COMMITTED_CASSETTES = Path(__file__).resolve().parent / "cassettes"
RECORD_TARGETS = ("fake", "sandbox", "production")
NOMINAL_ENDPOINT = "https://sellingpartnerapi-na.amazon.com"
START = 1_800_000_000.0  # the fake clock's epoch (2027-01-15)
REPLAY_CREDENTIALS = {
    "client_id": "replay-client-id",
    "client_secret": "replay-client-secret",
    "refresh_token": "replay-refresh-token",
}
_CREDENTIAL_VARS = (
    "SELLING_PARTNER_CLIENT_ID",
    "LWA_CLIENT_ID",
    "LWA_APP_ID",
    "SELLING_PARTNER_CLIENT_SECRET",
    "LWA_CLIENT_SECRET",
    "SELLING_PARTNER_REFRESH_TOKEN",
    "LWA_REFRESH_TOKEN",
    "SP_API_REFRESH_TOKEN",
)


def access_token_header_matcher(r1: Any, r2: Any) -> None:
    """vcrpy matcher: both requests carry ``x-amz-access-token``, or neither does.

    Values are scrubbed, so only presence can be compared: an SP-API request
    recorded with a token must be replayed with one (this catches an auth flow
    that stops adding it).
    """

    def has(r: Any) -> bool:
        return any(name.lower() == "x-amz-access-token" for name in r.headers)

    assert has(r1) == has(r2), "x-amz-access-token presence differs"


def vcr_options() -> dict[str, Any]:
    """The vcrpy settings of every cassette test (record mode aside).

    Scrub before anything is written (``decode_compressed_response`` first, so
    gzip bodies are scrubbed too), match on method, path, query, body and the
    access-token header's presence (never on scheme, host or port), and play
    each recorded answer once.
    """
    return {
        "match_on": ["method", "path", "query", "body", "access_token_header"],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "allow_playback_repeats": False,
    }


def cassette_root() -> Path:
    """The folder holding ``<module>/<test>.yaml``: ``SPAPI_CASSETTE_DIR`` or the committed one."""
    configured = os.environ.get(CASSETTE_DIR_ENV, "").strip()
    return Path(configured).resolve() if configured else COMMITTED_CASSETTES


def record_target() -> str:
    """The recording target from ``SPAPI_RECORD_TARGET`` (``fake`` when unset).

    Raises:
        ValueError: the variable names no known target.
    """
    target = os.environ.get(RECORD_TARGET_ENV, "fake").strip().lower() or "fake"
    if target not in RECORD_TARGETS:
        raise ValueError(f"{RECORD_TARGET_ENV}={target!r}: use one of {', '.join(RECORD_TARGETS)}")
    return target


def recording_literals() -> tuple[str, ...]:
    """Credential values that must never appear in a cassette.

    The fake's credentials, the replay credentials, and any real credentials set
    in the environment (so a scan after recording against Amazon checks them).
    """
    values = [FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, *REPLAY_CREDENTIALS.values()]
    values += [os.environ.get(name, "").strip() for name in _CREDENTIAL_VARS]
    return tuple(v for v in dict.fromkeys(values) if len(v) >= 8)


@dataclass
class FakeClock:
    """A clock that moves only when something sleeps on it (or a test advances it).

    Attributes:
        now: the current time, in seconds.
        sleeps: every duration slept, in order.
    """

    now: float = START
    sleeps: list[float] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __call__(self) -> float:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward without recording a sleep."""
        with self._lock:
            self.now += seconds

    def sleep(self, seconds: float) -> None:
        """The client's sleep: record it and move time, return at once."""
        with self._lock:
            self.sleeps.append(seconds)
            self.now += max(0.0, seconds)

    async def asleep(self, seconds: float) -> None:
        """The async client's sleep."""
        self.sleep(seconds)
        await asyncio.sleep(0)


@dataclass(frozen=True)
class Sent:
    """One request as it left the client (below the rate limiter and retries)."""

    at: float
    method: str
    path: str
    status: int


class _TimedMixin:
    clock: FakeClock
    sent: list[Sent]

    def _note(self, request: httpx.Request, response: httpx.Response) -> None:
        self.sent.append(Sent(self.clock(), request.method, request.url.path, response.status_code))


class TimedTransport(httpx.HTTPTransport, _TimedMixin):
    """``httpx.HTTPTransport`` noting when each request went out (on the fake clock).

    A subclass, so vcrpy's patch of ``HTTPTransport.handle_request`` still serves it.
    """

    def __init__(self, clock: FakeClock, sent: list[Sent]) -> None:
        super().__init__()
        self.clock, self.sent = clock, sent

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        self._note(request, response)
        return response


class AsyncTimedTransport(httpx.AsyncHTTPTransport, _TimedMixin):
    """The asyncio twin of :class:`TimedTransport`."""

    def __init__(self, clock: FakeClock, sent: list[Sent]) -> None:
        super().__init__()
        self.clock, self.sent = clock, sent

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        self._note(request, response)
        return response

"""Retry decisions: a pure core the sync and async transports share.

Given what happened to one attempt (a status, or an httpx exception), the
operation's ``retry_safe`` flag and the budget already spent, :func:`decide`
answers return, retry after some delay, or raise. It never sleeps and reads no
clock: delays come from the policy and an injected random source.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime

import httpx

__all__ = [
    "Action",
    "Decision",
    "RetryPolicy",
    "backoff_delay",
    "decide",
    "parse_rate_limit",
    "parse_retry_after",
]


@dataclass(frozen=True)
class RetryPolicy:
    """Bounds on the retries of one request.

    Attributes:
        max_attempts: Most sends of one request, all causes together.
        max_total_wait: Most seconds spent waiting between the attempts of one
            request; a retry that would exceed it is not made.
        backoff_base: Backoff ceiling of the first retry, in seconds; doubled
            for each further retry.
        backoff_max: Largest backoff ceiling, in seconds.
        max_queue_wait: Most seconds one send may wait for its rate-limit slot
            (behind other calls of the same operation, or a 429 pause). A send
            that would wait longer raises :class:`~selling_partner.ThrottledError`
            at once, sending nothing and keeping no slot. ``None`` waits as long
            as it takes (batch jobs that must get through).

    Backoff is "full jitter": a uniform draw between 0 and the ceiling.

    The default ``max_queue_wait`` of 300 s never refuses a caller that calls
    an operation one call after another: such a caller waits at most one
    interval, and the slowest usage plan in Amazon's models is 0.0056/s (one
    call every 180 s). It stops a call queued behind many others (e.g. 8
    concurrent callers of a 1-per-minute operation) from hanging silently for
    many minutes.
    """

    max_attempts: int = 5
    max_total_wait: float = 120.0
    backoff_base: float = 0.5
    backoff_max: float = 20.0
    max_queue_wait: float | None = 300.0

    def __post_init__(self) -> None:
        attempts = self.max_attempts
        if not isinstance(attempts, int) or isinstance(attempts, bool) or attempts < 1:
            raise ValueError(
                f"RetryPolicy.max_attempts must be an integer >= 1, got {self.max_attempts!r}"
            )
        for name in ("max_total_wait", "backoff_base", "backoff_max"):
            value = getattr(self, name)
            if not _seconds(value):
                raise ValueError(f"RetryPolicy.{name} must be a number >= 0, got {value!r}")
        if self.max_queue_wait is not None and not _seconds(self.max_queue_wait):
            raise ValueError(
                "RetryPolicy.max_queue_wait must be a number of seconds >= 0, or None to wait "
                f"as long as it takes, got {self.max_queue_wait!r}"
            )


def _seconds(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value >= 0
    )


class Action(enum.Enum):
    """What the transport does after one attempt."""

    RETURN = "return"  # hand the response to the caller (the hook may raise)
    RETRY = "retry"  # wait ``delay`` seconds, then send again
    RAISE = "raise"  # re-raise the transport exception
    OUTCOME_UNKNOWN = "outcome_unknown"  # raise OutcomeUnknownError


@dataclass(frozen=True)
class Decision:
    """The outcome of :func:`decide`.

    Attributes:
        action: What to do.
        delay: Seconds to wait before the retry (``RETRY`` only).
        pause_bucket: Whether the wait is a 429 pause of the operation's bucket.
        reason: Short text for logs.
    """

    action: Action
    delay: float = 0.0
    pause_bucket: bool = False
    reason: str = ""


class _ErrorKind(enum.Enum):
    NOT_SENT = "not_sent"  # the request never left: resending is always safe
    MAYBE_SENT = "maybe_sent"  # the server may have acted on it
    FATAL = "fatal"  # a local or configuration problem: resending cannot help


# Ordered: subclasses before their bases.
_ERROR_KINDS: tuple[tuple[type[httpx.TransportError], _ErrorKind], ...] = (
    (httpx.ConnectError, _ErrorKind.NOT_SENT),
    (httpx.ConnectTimeout, _ErrorKind.NOT_SENT),
    (httpx.PoolTimeout, _ErrorKind.NOT_SENT),
    (httpx.LocalProtocolError, _ErrorKind.FATAL),
    (httpx.UnsupportedProtocol, _ErrorKind.FATAL),
    (httpx.ProxyError, _ErrorKind.FATAL),
)


def _classify(error: httpx.TransportError) -> _ErrorKind:
    for cls, kind in _ERROR_KINDS:
        if isinstance(error, cls):
            return kind
    # ReadTimeout, WriteTimeout, ReadError, WriteError, RemoteProtocolError,
    # CloseError and anything new: bytes may have reached the server.
    return _ErrorKind.MAYBE_SENT


def backoff_delay(policy: RetryPolicy, retry: int, rng: Callable[[], float]) -> float:
    """Full-jitter backoff before retry number ``retry`` (1 for the first retry)."""
    ceiling = min(policy.backoff_max, policy.backoff_base * 2.0 ** max(0, retry - 1))
    return max(0.0, min(1.0, rng())) * ceiling


def parse_retry_after(value: str | None, *, date: str | None, wall_now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header, or ``None`` if absent or unusable.

    Args:
        value: The header: delay seconds, or an HTTP date.
        date: The response's ``Date`` header; an HTTP-date ``Retry-After`` is
            measured from it when present (the server's own clock), else from
            ``wall_now``.
        wall_now: The local wall-clock time (POSIX seconds).
    """
    if value is None:
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        target = _http_date(text)
        if target is None:
            return None
        origin = _http_date(date) if date else None
        base = origin.timestamp() if origin is not None else wall_now
        return max(0.0, target.timestamp() - base)
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


def _http_date(text: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None


def parse_rate_limit(value: str | None) -> float | None:
    """The rate from an ``x-amzn-RateLimit-Limit`` header, or ``None`` if absent or garbage."""
    if value is None:
        return None
    try:
        rate = float(value.strip())
    except ValueError:
        return None
    return rate if math.isfinite(rate) and rate > 0 else None


def decide(
    *,
    retry_safe: bool,
    attempt: int,
    waited: float,
    policy: RetryPolicy,
    rng: Callable[[], float],
    status: int | None = None,
    retry_after: float | None = None,
    error: httpx.TransportError | None = None,
) -> Decision:
    """Decide what follows attempt number ``attempt`` (1-based) of one request.

    Args:
        retry_safe: Whether resending the operation cannot do the work twice.
        attempt: How many sends were made so far, this one included.
        waited: Seconds already waited between earlier attempts.
        policy: The retry bounds.
        rng: Uniform random source in [0, 1) for jitter.
        status: The response status, when a response came.
        retry_after: Parsed ``Retry-After`` of that response, if any.
        error: The transport exception, when no response came.
    """
    if error is not None:
        kind = _classify(error)
        if kind is _ErrorKind.FATAL:
            return Decision(Action.RAISE, reason=type(error).__name__)
        if kind is _ErrorKind.MAYBE_SENT and not retry_safe:
            return Decision(Action.OUTCOME_UNKNOWN, reason=type(error).__name__)
        return _retry_or(Action.RAISE, attempt, waited, policy, rng, None, type(error).__name__)
    if status == 429:
        # Throttled requests were not executed, so any operation may be resent.
        return _retry_or(Action.RETURN, attempt, waited, policy, rng, retry_after, "429", True)
    if status is not None and status >= 500 and retry_safe:
        return _retry_or(Action.RETURN, attempt, waited, policy, rng, retry_after, str(status))
    return Decision(Action.RETURN)


def _retry_or(
    give_up: Action,
    attempt: int,
    waited: float,
    policy: RetryPolicy,
    rng: Callable[[], float],
    retry_after: float | None,
    reason: str,
    pause_bucket: bool = False,
) -> Decision:
    if attempt >= policy.max_attempts:
        return Decision(give_up, reason=f"{reason}, attempts exhausted")
    delay = retry_after if retry_after is not None else backoff_delay(policy, attempt, rng)
    if waited + delay > policy.max_total_wait:
        # Waiting less than the server asked would only earn another refusal.
        return Decision(give_up, reason=f"{reason}, wait budget exhausted")
    return Decision(Action.RETRY, delay=delay, pause_bucket=pause_bucket, reason=reason)

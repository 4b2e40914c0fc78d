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
    "PLAUSIBLE_RATES",
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
        deadline: Most seconds one request may take in all, from its first
            rate-limit reservation to the last byte of its answer: queue waits,
            backoff, retries and every read count against it. Each attempt's
            connect, read, write and pool timeouts are cut to the time left, a
            body still arriving at the deadline is cut off, and no retry is made
            that could not finish before it.
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

    The default ``deadline`` of 600 s leaves room for the default queue wait
    (300 s) plus the retries' default wait budget (120 s) and their attempts; a
    batch job that sets ``max_queue_wait=None`` raises it too. It must be a
    finite number: every call is bounded in time.
    """

    max_attempts: int = 5
    max_total_wait: float = 120.0
    backoff_base: float = 0.5
    backoff_max: float = 20.0
    max_queue_wait: float | None = 300.0
    deadline: float = 600.0

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
        if not _seconds(self.deadline) or self.deadline <= 0:
            raise ValueError(
                "RetryPolicy.deadline must be a positive, finite number of seconds (every call "
                f"is bounded in time), got {self.deadline!r}"
            )
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
_ERROR_KINDS: tuple[tuple[type[httpx.HTTPError], _ErrorKind], ...] = (
    (httpx.ConnectError, _ErrorKind.NOT_SENT),
    (httpx.ConnectTimeout, _ErrorKind.NOT_SENT),
    (httpx.PoolTimeout, _ErrorKind.NOT_SENT),
    (httpx.LocalProtocolError, _ErrorKind.FATAL),
    (httpx.UnsupportedProtocol, _ErrorKind.FATAL),
    (httpx.ProxyError, _ErrorKind.FATAL),
)


def _classify(error: httpx.HTTPError) -> _ErrorKind:
    for cls, kind in _ERROR_KINDS:
        if isinstance(error, cls):
            return kind
    # ReadTimeout, WriteTimeout, ReadError, WriteError, RemoteProtocolError,
    # CloseError, a body that could not be decoded, and anything new: bytes may
    # have reached the server.
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


#: The rates an ``x-amzn-RateLimit-Limit`` header may set (requests per second).
#: Amazon's slowest usage plan is 0.0056/s (one call every 180 s) and its fastest
#: a few hundred per second: a value outside this range is a broken header, and
#: adopting it could starve the bucket (1e-9/s: nothing sent again for 30 years,
#: so no later header could correct it).
PLAUSIBLE_RATES = (0.005, 1000.0)


def parse_rate_limit(value: str | None) -> float | None:
    """The rate from an ``x-amzn-RateLimit-Limit`` header, or ``None`` if absent or implausible.

    Only rates within :data:`PLAUSIBLE_RATES` are returned.
    """
    if value is None:
        return None
    try:
        rate = float(value.strip())
    except ValueError:
        return None
    low, high = PLAUSIBLE_RATES
    return rate if math.isfinite(rate) and low <= rate <= high else None


def decide(
    *,
    retry_safe: bool,
    attempt: int,
    waited: float,
    policy: RetryPolicy,
    rng: Callable[[], float],
    status: int | None = None,
    retry_after: float | None = None,
    error: httpx.HTTPError | None = None,
    remaining: float | None = None,
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
        error: The transport exception, when no response came (or its body broke off).
        remaining: Seconds left before the request's deadline; a retry whose wait
            would reach it is not made.

    A 429 given up on (attempts, wait budget or deadline spent) with a
    ``Retry-After`` still says ``pause_bucket`` with that delay: the next call
    must wait it out too.
    """
    if error is not None:
        kind = _classify(error)
        if kind is _ErrorKind.FATAL:
            return Decision(Action.RAISE, reason=type(error).__name__)
        if kind is _ErrorKind.MAYBE_SENT and not retry_safe:
            return Decision(Action.OUTCOME_UNKNOWN, reason=type(error).__name__)
        return _retry_or(
            Action.RAISE, attempt, waited, policy, rng, None, type(error).__name__, remaining
        )
    if status == 429:
        # Throttled requests were not executed, so any operation may be resent.
        decision = _retry_or(
            Action.RETURN, attempt, waited, policy, rng, retry_after, "429", remaining, True
        )
        if decision.action is Action.RETURN and retry_after:
            return Decision(Action.RETURN, retry_after, True, decision.reason)
        return decision
    if status is not None and status >= 500 and retry_safe:
        return _retry_or(
            Action.RETURN, attempt, waited, policy, rng, retry_after, str(status), remaining
        )
    return Decision(Action.RETURN)


def _retry_or(
    give_up: Action,
    attempt: int,
    waited: float,
    policy: RetryPolicy,
    rng: Callable[[], float],
    retry_after: float | None,
    reason: str,
    remaining: float | None,
    pause_bucket: bool = False,
) -> Decision:
    if attempt >= policy.max_attempts:
        return Decision(give_up, reason=f"{reason}, attempts exhausted")
    delay = retry_after if retry_after is not None else backoff_delay(policy, attempt, rng)
    if waited + delay > policy.max_total_wait:
        # Waiting less than the server asked would only earn another refusal.
        return Decision(give_up, reason=f"{reason}, wait budget exhausted")
    if remaining is not None and delay >= remaining:
        return Decision(give_up, reason=f"{reason}, deadline reached")
    return Decision(Action.RETRY, delay=delay, pause_bucket=pause_bucket, reason=reason)

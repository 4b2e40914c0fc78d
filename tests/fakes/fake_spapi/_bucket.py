"""The fake server's token bucket: pure maths, the caller passes ``now``."""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["TokenBucket"]

# Float rounding only (0.199 + 0.001 s at 5/s must make a whole token): a
# billionth of a token is nanoseconds of pacing, no real slack.
_ROUNDING = 1e-9


@dataclass
class TokenBucket:
    """A strict token bucket, full at creation, refilled continuously.

    No tolerance in the client's favour: a request is admitted only when a whole
    token is there, so a client that paces exactly at ``rate`` after spending
    ``burst`` never sees a 429, and one that is a hair faster does.

    Attributes:
        rate: Tokens added per second.
        burst: Capacity (and the number of tokens at creation).
        tokens: Tokens available at ``updated``.
        updated: Clock reading of the last refill.
    """

    rate: float
    burst: float
    tokens: float
    updated: float

    @classmethod
    def full(cls, rate: float, burst: float, now: float) -> TokenBucket:
        """A bucket holding ``burst`` tokens at ``now``."""
        if rate <= 0 or burst < 1:
            raise ValueError(f"a bucket needs rate > 0 and burst >= 1, got {rate=} {burst=}")
        return cls(rate=rate, burst=burst, tokens=float(burst), updated=now)

    def _refill(self, now: float) -> None:
        # A clock that steps back (it should not: monotonic) must not mint tokens.
        if now > self.updated:
            self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
            self.updated = now

    def try_take(self, now: float) -> bool:
        """Take one token if a whole one is available at ``now``."""
        self._refill(now)
        if self.tokens >= 1.0 - _ROUNDING:
            self.tokens = max(0.0, self.tokens - 1.0)
            return True
        return False

    def seconds_until_token(self, now: float) -> float:
        """Seconds from ``now`` until one whole token is available (0 if one is)."""
        self._refill(now)
        missing = 1.0 - self.tokens
        return 0.0 if missing <= _ROUNDING else missing / self.rate

    def retry_after_header(self, now: float) -> str:
        """``Retry-After`` value: whole seconds, rounded up, at least 1."""
        return str(max(1, math.ceil(self.seconds_until_token(now))))

    def reconfigure(self, rate: float, burst: float, now: float) -> None:
        """Switch to a new plan at ``now``, keeping the tokens earned so far."""
        if rate <= 0 or burst < 1:
            raise ValueError(f"a bucket needs rate > 0 and burst >= 1, got {rate=} {burst=}")
        self._refill(now)
        self.rate = rate
        self.burst = burst
        self.tokens = min(self.tokens, float(burst))

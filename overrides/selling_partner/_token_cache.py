"""Where access tokens live between requests: the TokenCache interface.

A cache maps a key (a non-secret digest of the LWA identity and grant, see
``Credentials.identity``) to a :class:`CachedToken`. Expiry times are absolute
wall-clock seconds (``time.time()`` unless a clock is injected), so a shared cache
(a later issue adds Redis) means the same thing in every process.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

__all__ = [
    "DEFAULT_LIFETIME",
    "LIFETIME_RANGE",
    "CachedToken",
    "InMemoryTokenCache",
    "TokenCache",
]

#: Seconds an LWA token or RDT lives when the answer gives no usable lifetime
#: (Amazon documents one hour for both).
DEFAULT_LIFETIME = 3600.0
#: The lifetimes an answer may set, in seconds. Below 120 s a token would be
#: stale (60 s refresh margin) almost at once and fetched again on every call;
#: above two hours (twice what Amazon documents) a broken value such as 1e300
#: would cache a token for ever. A value outside is clamped into the range (a
#: token really shorter lived is refreshed after its 403, like a revoked one).
LIFETIME_RANGE = (120.0, 7200.0)


@dataclass(frozen=True, slots=True)
class CachedToken:
    """An LWA access token and the wall-clock time at which it expires.

    Attributes:
        access_token: the token sent as ``x-amz-access-token`` (never in ``repr``).
        expires_at: absolute expiry, in seconds of the cache's clock.
    """

    access_token: str = field(repr=False)
    expires_at: float

    @classmethod
    def expiring(cls, access_token: str, now: float, expires_in: object) -> CachedToken:
        """A token answered at ``now`` that lives ``expires_in`` seconds.

        ``expires_in`` is the answer's raw value (LWA ``expires_in``, Tokens API
        ``expiresIn``); anything but a positive finite number (NaN, Infinity, a
        negative or boolean value, text) counts as :data:`DEFAULT_LIFETIME`: a NaN
        expiry would never be fresh, an infinite one never refreshed. A usable
        value is clamped into :data:`LIFETIME_RANGE`.
        """
        lifetime = DEFAULT_LIFETIME
        if isinstance(expires_in, int | float | str) and not isinstance(expires_in, bool):
            try:
                value = float(expires_in)
            except (ValueError, OverflowError):
                value = math.nan
            if math.isfinite(value) and value > 0:
                low, high = LIFETIME_RANGE
                lifetime = min(max(value, low), high)
        return cls(access_token=access_token, expires_at=now + lifetime)

    def fresh(self, now: float, margin: float) -> bool:
        """True while ``now`` is more than ``margin`` seconds before expiry."""
        return now < self.expires_at - margin


@runtime_checkable
class TokenCache(Protocol):
    """Storage for access tokens, shared by every client given the same instance.

    Implementations must be safe to call from several threads. They store; they
    do not decide freshness (the caller compares ``expires_at`` with its clock).
    """

    def get(self, key: str) -> CachedToken | None:
        """The token stored under ``key``, or None."""
        ...

    def set(self, key: str, token: CachedToken) -> None:
        """Store ``token`` under ``key``, replacing any previous one."""
        ...

    def delete(self, key: str, access_token: str | None = None) -> None:
        """Forget ``key``; with ``access_token``, only if that is the stored token."""
        ...


class InMemoryTokenCache:
    """A process-local :class:`TokenCache` (the default)."""

    def __init__(self) -> None:
        """Start empty."""
        self._tokens: dict[str, CachedToken] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> CachedToken | None:
        """The token stored under ``key``, or None."""
        with self._lock:
            return self._tokens.get(key)

    def set(self, key: str, token: CachedToken) -> None:
        """Store ``token`` under ``key``."""
        with self._lock:
            self._tokens[key] = token

    def delete(self, key: str, access_token: str | None = None) -> None:
        """Forget ``key``; with ``access_token``, only if that is the stored token."""
        with self._lock:
            current = self._tokens.get(key)
            if current is not None and (
                access_token is None or current.access_token == access_token
            ):
                del self._tokens[key]

    def __len__(self) -> int:
        return len(self._tokens)

    def __repr__(self) -> str:
        return f"InMemoryTokenCache({len(self._tokens)} tokens)"

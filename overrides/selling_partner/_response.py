"""ApiResponse: the full answer of one operation call (``op.detailed(...)``)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import httpx

from ._errors import ResponseParseError
from ._headers import RATE_LIMIT, REQUEST_ID
from ._tolerant import Deviation
from ._vocabulary import ATTEMPTS_EXTENSION

__all__ = ["ApiResponse", "parse_error", "rate_of"]

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ApiResponse(Generic[T]):
    """Status, headers and the parsed model of a successful call.

    Attributes:
        status_code: the HTTP status (2xx: errors raise instead).
        parsed: the generated model parsed from the body (None when the model
            documents no body for this status).
        operation: the operationId, e.g. ``getPackageTrackingDetails``.
        request_id: ``x-amzn-RequestId``, to quote to Amazon support.
        rate_limit: ``x-amzn-RateLimit-Limit``, the rate Amazon applied in
            requests per second (None when absent or not a positive number).
        attempts: how many times the request was sent (retries included), if known;
            for a recovered create (see ``recovered``), how many times it was sent.
        headers: the response headers.
        content: the raw body.
        recovered: None when this is the operation's own answer. For a create whose
            answer was lost (5xx or a broken connection) and whose object was then
            found by its id (``spec/creates.toml``): the lookup's response; ``parsed``
            and ``content`` are then built from it.
        deviations: where the body strays from Amazon's model (JSON path, kind,
            what the model expects), read tolerantly; empty when it conforms
            (and always with ``strict=True``, which raises instead).

    ``repr`` names the parsed model's type but shows no body data (it may hold
    buyer data).
    """

    status_code: int
    parsed: T = field(repr=False)
    operation: str
    request_id: str | None = None
    rate_limit: float | None = None
    attempts: int | None = None
    headers: httpx.Headers = field(default_factory=httpx.Headers, repr=False)
    content: bytes = field(default=b"", repr=False)
    recovered: ApiResponse[Any] | None = field(default=None, repr=False)
    deviations: tuple[Deviation, ...] = ()

    def __repr__(self) -> str:
        return (
            f"ApiResponse(status_code={self.status_code}, operation={self.operation!r}, "
            f"request_id={self.request_id!r}, rate_limit={self.rate_limit!r}, "
            f"attempts={self.attempts!r}, deviations={len(self.deviations)}, "
            f"parsed=<{type(self.parsed).__name__}>"
            + (f", recovered by {self.recovered.operation}" if self.recovered else "")
            + ")"
        )

    @classmethod
    def build(
        cls,
        generated: Any,
        operation: str,
        raw: httpx.Response | None,
        deviations: tuple[Deviation, ...] = (),
    ) -> ApiResponse[Any]:
        """Combine a generated ``Response`` with the httpx response it came from."""
        headers = raw.headers if raw is not None else httpx.Headers(dict(generated.headers))
        attempts = raw.extensions.get(ATTEMPTS_EXTENSION) if raw is not None else None
        return cls(
            status_code=int(generated.status_code),
            parsed=generated.parsed,
            operation=operation,
            request_id=headers.get(REQUEST_ID),
            rate_limit=rate_of(headers.get(RATE_LIMIT)),
            attempts=attempts if isinstance(attempts, int) else None,
            headers=headers,
            content=bytes(generated.content),
            deviations=deviations,
        )


def rate_of(header: str | None) -> float | None:
    """``x-amzn-RateLimit-Limit`` as requests per second (None: absent or not a positive number)."""
    if header is None:
        return None
    try:
        rate = float(header)
    except ValueError:
        return None
    return rate if math.isfinite(rate) and rate > 0 else None


_ENUM_VALUE = re.compile(r"is not a valid (\w+)\s*$")


def parse_error(
    operation: str, status: int, headers: httpx.Headers, exc: Exception
) -> ResponseParseError:
    """A ResponseParseError for a body the generated model could not parse.

    Names the exception type and, for a KeyError, the missing key; for an unknown
    enum value, the enum's name. Never any value from the body (it may be PII).
    """
    detail = type(exc).__name__
    if isinstance(exc, KeyError) and exc.args:
        detail += f" (missing key {str(exc.args[0])[:100]!r})"
    elif isinstance(exc, ValueError):
        match = _ENUM_VALUE.search(str(exc))
        if match:
            detail += f" (a value not listed in enum {match.group(1)})"
    return ResponseParseError(
        f"the HTTP {status} answer of {operation} does not match Amazon's model: {detail}",
        status=status,
        operation=operation,
        request_id=headers.get(REQUEST_ID),
        rate_limit=headers.get(RATE_LIMIT),
    )

"""The exceptions raised by selling_partner.

Every exception derives from :class:`SellingPartnerError`::

    SellingPartnerError
    ├── ConfigurationError      a bad region, marketplace, credential, argument or setting,
    │                           found before anything is sent (also a ValueError)
    │   └── InvalidArgumentError an operation argument the model refuses (wrong type or
    │                           enum value, naive datetime, body mapping); also a TypeError
    ├── RetiredOperationError   sp.<api> or sp.<api>.<op> that Amazon removed; names the
    │                           successor (also an AttributeError, so hasattr() is False)
    ├── MissingFieldError       reading a required field Amazon left out of an answer
    │                           (also an AttributeError, so getattr(m, name, None) works)
    └── _WithResponseFacts      (private base: the facts below)
        ├── AuthError           Login with Amazon refused the credentials, SP-API answered
        │                       401/403, or the Tokens API refused an RDT (names the role)
        ├── ApiError            SP-API answered with an error status (ApiError itself:
        │                       a paged operation repeated a next-page token)
        │   ├── ClientError     other 4xx (400 with Amazon's ``errors`` list)
        │   │   └── NotFoundError   404
        │   ├── ThrottledError  429 after the bounded retries and total wait, or a
        │   │                   rate-limit slot beyond RetryPolicy.max_queue_wait
        │   │                   (then nothing was sent)
        │   └── ServerError     5xx after the retries that were safe; also Login with
        │                       Amazon unavailable after its retries
        ├── ResponseParseError  a 2xx body that does not match the model (names the
        │                       missing key or enum, never a value)
        ├── OutcomeUnknownError the connection broke after a non-idempotent request was
        │                       sent (``__cause__`` is the httpx error)
        └── TransportError      no answer: the connection failed after the retries that
                                were safe, or the call ran past its deadline; names the
                                operation, host and attempts (``__cause__``: the last
                                httpx error)

No httpx exception escapes a call: a transport error that is not retried (or
still fails after the retries) is raised as :class:`TransportError` with the
httpx error as its ``__cause__``, on SP-API and Login with Amazon calls alike.

Errors about a response carry ``status``, ``operation``, ``request_id``
(``x-amzn-RequestId``), ``rate_limit`` (``x-amzn-RateLimit-Limit``) and Amazon's
``errors`` list (each may be None or empty when there was no response). No
message or repr ever contains a secret: only facts chosen here are formatted,
never request headers or bodies; Login with Amazon's own error description is
formatted with the credentials redacted. Amazon's own text (message, code,
details) is scrubbed of the tokens the request carried (``secrets=``, in any
spelling SP-API could echo) and of anything shaped like an LWA token, RDT or
client secret, before it reaches ``str``, ``args``, ``errors`` or a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote, quote_plus

__all__ = [
    "ApiError",
    "AuthError",
    "ClientError",
    "ConfigurationError",
    "ErrorDetail",
    "InvalidArgumentError",
    "MissingFieldError",
    "NotFoundError",
    "OutcomeUnknownError",
    "ResponseParseError",
    "RetiredOperationError",
    "SellingPartnerError",
    "ServerError",
    "ThrottledError",
    "TransportError",
    "describe",
    "scrub",
]

#: Shapes of secrets SP-API or LWA text might echo: LWA access and refresh tokens
#: (``Atza|``, ``Atzr|``), Restricted Data Tokens (``Atz.sprdt|``), also with the
#: bar URL-encoded, and LWA client secrets (``amzn1.oa2-cs.v1.``).
_SECRET_SHAPES = re.compile(
    r"Atz[A-Za-z.]*(?:\||%7[Cc])[^\s\"'<>,;]+|amzn1\.oa2-cs\.v\d+\.[0-9A-Za-z_-]+"
)
_REDACTED = "[redacted]"


def scrub(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` without ``secrets`` (as sent, URL- or form-encoded) or token shapes."""
    for secret in secrets:
        if secret:
            for spelling in {secret, quote_plus(secret), quote(secret, safe="")}:
                text = text.replace(spelling, _REDACTED)
    return _SECRET_SHAPES.sub(_REDACTED, text)


def describe(error: BaseException) -> str:
    """``Type: message`` of a lower-level error, scrubbed and short, for a message of ours."""
    text = scrub(str(error)).strip()
    if len(text) > 200:
        text = text[:200] + "..."
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


@dataclass(frozen=True)
class ErrorDetail:
    """One entry of Amazon's ``errors`` list.

    Attributes:
        code: Amazon's error code, e.g. ``InvalidInput``.
        message: Amazon's human-readable message.
        details: Amazon's optional extra details.
    """

    code: str
    message: str = ""
    details: str | None = None

    @classmethod
    def list_from_body(cls, body: Any) -> tuple[ErrorDetail, ...]:
        """Parse ``{"errors": [...]}`` leniently; anything else gives ``()``."""
        if not isinstance(body, Mapping):
            return ()
        raw = body.get("errors")
        if not isinstance(raw, Sequence) or isinstance(raw, str | bytes):
            return ()
        out: list[ErrorDetail] = []
        for item in raw:
            if isinstance(item, Mapping):
                details = item.get("details")
                out.append(
                    cls(
                        code=str(item.get("code", "")),
                        message=str(item.get("message", "")),
                        details=None if details is None else str(details),
                    )
                )
        return tuple(out)


class SellingPartnerError(Exception):
    """Base class of every exception raised by selling_partner."""


class ConfigurationError(SellingPartnerError, ValueError):
    """A bad argument or setting: the message says what to fix."""


class InvalidArgumentError(ConfigurationError, TypeError):
    """An operation argument Amazon's model refuses, found before anything is sent.

    The message names the parameter (and the JSON path inside a body), what the
    model expects and what was given.
    """


class RetiredOperationError(SellingPartnerError, AttributeError):
    """An operation or API Amazon has retired; the message names the successor."""


class MissingFieldError(SellingPartnerError, AttributeError):
    """A required field Amazon left out of an answer (or sent as null or unreadable).

    Attributes:
        field: the Python name of the field.
        path: its JSON path in the body, e.g. ``$.payload.fulfillmentOrders[1].marketplaceId``.
        operation: the operationId of the call that read the answer.
        request_id: ``x-amzn-RequestId`` of that answer.
        raw: what Amazon sent there (None when the field was absent); never in the message.
    """

    def __init__(
        self,
        message: str,
        *,
        field: str,
        path: str,
        operation: str,
        request_id: str | None,
        raw: Any = None,
    ) -> None:
        self.field = field
        self.path = path
        self.operation = operation
        self.request_id = request_id
        self.raw = raw
        facts = f"operation={operation}" + (f", request_id={request_id}" if request_id else "")
        super().__init__(f"{message} ({facts})")

    def __repr__(self) -> str:
        return (
            f"MissingFieldError(field={self.field!r}, path={self.path!r}, "
            f"operation={self.operation!r}, request_id={self.request_id!r})"
        )


class _WithResponseFacts(SellingPartnerError):
    """Base of the errors about a response: stores its facts (see the module docstring)."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        operation: str | None = None,
        request_id: str | None = None,
        rate_limit: str | None = None,
        errors: Sequence[ErrorDetail] = (),
        secrets: Iterable[str] = (),
    ) -> None:
        """Store the facts; ``secrets`` (the request's tokens) are scrubbed from all text.

        Only the scrubbed text is stored.
        """
        hidden = tuple(s for s in secrets if s)
        self.status = status
        self.operation = operation
        self.request_id = request_id
        self.rate_limit = rate_limit
        self.errors = tuple(
            replace(
                err,
                code=scrub(err.code, hidden),
                message=scrub(err.message, hidden),
                details=None if err.details is None else scrub(err.details, hidden),
            )
            for err in errors
        )
        self.message = scrub(message, hidden)
        super().__init__(self._format())

    def _format(self) -> str:
        parts = [self.message]
        facts = []
        if self.operation:
            facts.append(f"operation={self.operation}")
        if self.status is not None:
            facts.append(f"status={self.status}")
        if self.request_id:
            facts.append(f"request_id={self.request_id}")
        if self.rate_limit:
            facts.append(f"rate_limit={self.rate_limit}")
        if facts:
            parts.append("(" + ", ".join(facts) + ")")
        for err in self.errors:
            line = f"  {err.code}: {err.message}"
            if err.details:
                line += f" [{err.details}]"
            parts.append("\n" + line)
        return " ".join(parts[:2]) + "".join(parts[2:])

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status={self.status!r}, operation={self.operation!r}, "
            f"request_id={self.request_id!r}, errors={[e.code for e in self.errors]!r})"
        )


class AuthError(_WithResponseFacts):
    """Authentication or authorisation failed (LWA refused, or SP-API 401/403)."""


class ApiError(_WithResponseFacts):
    """SP-API answered with an error status."""


class ClientError(ApiError):
    """A 4xx answer: the request was wrong. ``errors`` holds Amazon's reasons."""


class NotFoundError(ClientError):
    """A 404 answer: the resource does not exist (or not for this seller)."""


class ThrottledError(ApiError):
    """Still throttled (429) after the bounded retries and total wait.

    Also raised before sending when the call's rate-limit slot is further away
    than ``RetryPolicy.max_queue_wait`` (``status`` is then None).
    """


class ServerError(ApiError):
    """A 5xx answer, after the retries that were safe to make.

    Also Login with Amazon answering 5xx/429 after its own bounded retries.
    """


class ResponseParseError(_WithResponseFacts):
    """A successful answer whose body does not match Amazon's model."""


class OutcomeUnknownError(_WithResponseFacts):
    """The connection broke after a non-idempotent request was sent.

    The operation may or may not have taken effect: check (for instance with the
    matching get operation) before sending it again.
    """


class TransportError(_WithResponseFacts):
    """No usable answer came: the connection failed, or the call ran past its deadline.

    Raised after the retries that were safe to make. ``__cause__`` is the last
    httpx error (``httpx.ConnectError``, ``httpx.ReadTimeout``...).

    Attributes:
        host: the host the request went to.
        attempts: how many times it was sent (or tried to connect).
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        host: str | None = None,
        attempts: int | None = None,
        status: int | None = None,
        request_id: str | None = None,
    ) -> None:
        self.host = host
        self.attempts = attempts
        super().__init__(message, status=status, operation=operation, request_id=request_id)

    def __repr__(self) -> str:
        return (
            f"TransportError(operation={self.operation!r}, host={self.host!r}, "
            f"attempts={self.attempts!r}, cause={_name(self.__cause__)})"
        )


def _name(cause: BaseException | None) -> str | None:
    return None if cause is None else type(cause).__name__

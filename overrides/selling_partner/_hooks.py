"""httpx response hooks: every 4xx/5xx becomes an exception from ``_errors``.

The generated code parses documented error statuses into a model and returns it
(and returns None for undocumented ones); this hook runs first and raises, so a
caller never mistakes an error body for a result. A 3xx answer to an SP-API
operation raises too: redirects are never followed (the token must not travel),
and the generated code would return it as a parsed ``None``.
"""

from __future__ import annotations

import logging

import httpx

from ._errors import (
    ApiError,
    AuthError,
    ClientError,
    ErrorDetail,
    NotFoundError,
    ServerError,
    ThrottledError,
)
from ._headers import ACCESS_TOKEN, RATE_LIMIT, REQUEST_ID
from ._vocabulary import (
    AUTH_RETRY_PENDING,
    OPERATION_EXTENSION,  # where the request carries its Operation
    is_token_rejection,
    json_or_none,
)

__all__ = [
    "OPERATION_EXTENSION",
    "async_raise_for_status",
    "error_for",
    "operation_id_of",
    "raise_for_status",
]

_log = logging.getLogger("selling_partner.client")


_HINTS = {
    400: "the request was rejected; Amazon's reasons follow",
    401: "not authenticated: check the LWA credentials",
    403: "access denied: check that the app has the role this operation needs and that the "
    "seller authorised it (a fresh token was tried where the token was the problem)",
    404: "not found (or not visible to this seller)",
    429: "still throttled after the bounded retries",
}


def operation_id_of(request: httpx.Request) -> str | None:
    """The operationId the transport recorded on ``request``, or None."""
    op = request.extensions.get(OPERATION_EXTENSION)
    operation_id = getattr(op, "operation_id", None)
    return operation_id if isinstance(operation_id, str) else None


def error_for(
    status: int,
    headers: httpx.Headers,
    content: bytes,
    *,
    operation: str | None,
    auth_retry_pending: bool = False,
    secrets: tuple[str, ...] = (),
) -> ApiError | AuthError | None:
    """The exception for an error response, or None for a success.

    Also None for a token rejection that :class:`~selling_partner._login.LwaAuth`
    will answer by refreshing and resending (``auth_retry_pending``). ``secrets``
    (the token the request carried) are scrubbed from Amazon's text.
    """
    if status < 300:
        return None
    if status < 400:
        # Redirects are not followed: the request did not reach the operation.
        return ApiError(
            f"{operation or 'request'} was answered with a redirect (HTTP {status}), which is "
            "not followed: check endpoint= (a proxy or gateway in front of SP-API must "
            "forward requests, not redirect them)",
            status=status,
            operation=operation,
            request_id=headers.get(REQUEST_ID),
            rate_limit=headers.get(RATE_LIMIT),
        )
    errors = ErrorDetail.list_from_body(json_or_none(content))
    if auth_retry_pending and is_token_rejection(status, errors):
        return None
    cls: type[ApiError] | type[AuthError]
    if status in (401, 403):
        cls = AuthError
    elif status == 404:
        cls = NotFoundError
    elif status == 429:
        cls = ThrottledError
    elif status >= 500:
        cls = ServerError
    else:
        cls = ClientError
    hint = _HINTS.get(status, "server error" if status >= 500 else "the request was rejected")
    name = operation or "request"
    return cls(
        f"{name} failed with HTTP {status}: {hint}",
        status=status,
        operation=operation,
        request_id=headers.get(REQUEST_ID),
        rate_limit=headers.get(RATE_LIMIT),
        errors=errors,
        secrets=secrets,
    )


def _raise(response: httpx.Response) -> None:
    if response.status_code < 400 and OPERATION_EXTENSION not in response.request.extensions:
        return  # a redirect answering something else (a presigned URL): not ours to judge
    exc = error_for(
        response.status_code,
        response.headers,
        response.content,
        operation=operation_id_of(response.request),
        auth_retry_pending=bool(response.request.extensions.get(AUTH_RETRY_PENDING)),
        # The access token or RDT sent: SP-API's error text may echo it.
        secrets=tuple(response.request.headers.get_list(ACCESS_TOKEN)),
    )
    if exc is not None:
        _log.debug(
            "error operation=%s status=%d request_id=%s raising=%s",
            exc.operation,
            response.status_code,
            exc.request_id,
            type(exc).__name__,
        )
        raise exc


def raise_for_status(response: httpx.Response) -> None:
    """Sync response hook: raise the matching exception for a 3xx/4xx/5xx response."""
    if response.status_code >= 300:
        response.read()
        _raise(response)


async def async_raise_for_status(response: httpx.Response) -> None:
    """Async response hook: raise the matching exception for a 3xx/4xx/5xx response."""
    if response.status_code >= 300:
        await response.aread()
        _raise(response)

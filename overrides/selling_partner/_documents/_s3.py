"""What may be said about a presigned URL, and the errors S3's answers become.

A presigned URL's query (``X-Amz-Signature``, ``X-Amz-Credential``,
``X-Amz-Security-Token``) is its credential: nothing here puts it in a message,
only the URL's scheme, host and path (:func:`safe_url`). S3's error bodies repeat
the URL's secrets too, so :func:`s3_error` reads only their ``Code`` and ``Message``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import httpx

from .._errors import ApiError, ConfigurationError, ErrorDetail
from .._httpx_log import redact_url_text

__all__ = [
    "ERROR_BODY_LIMIT",
    "DocumentError",
    "DocumentTooLargeError",
    "DocumentUrlExpiredError",
    "check_url",
    "s3_error",
    "safe_url",
]

# Most bytes of an S3 error body read (its Code and Message come first).
ERROR_BODY_LIMIT = 64 * 1024


class DocumentError(ApiError):
    """A document transfer to or from its presigned S3 URL failed.

    ``status`` is S3's status (None for a connection failure), ``request_id``
    S3's ``x-amz-request-id``, ``errors`` S3's ``Code`` and ``Message``. The
    message names the URL's host and path only, never its signature.
    """


class DocumentTooLargeError(DocumentError):
    """An in-memory download went past its ``max_size``; nothing more was read.

    Stream the document to a file instead (``stream_report`` and friends keep
    memory flat), or pass a larger ``max_size=`` (None: no limit).
    """


class DocumentUrlExpiredError(DocumentError):
    """The presigned URL has expired (S3: ``403 Request has expired``).

    Presigned document URLs are valid for about five minutes: ask SP-API for the
    document again (``getReportDocument``, ``getFeedDocument``, Data Kiosk
    ``getDocument``; ``createFeedDocument`` for an upload) and use the new URL.
    Downloads by document id do that once by themselves before raising this.
    """


def safe_url(url: str) -> str:
    """``url`` without its query and fragment (scheme, host and path): safe to log."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def check_url(url: object, what: str) -> str:
    """``url`` if it is an absolute http(s) URL, else a :class:`ConfigurationError`."""
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        shown = safe_url(url) if isinstance(url, str) else type(url).__name__
        raise ConfigurationError(f"{what} must be an http(s) URL, got {shown!r}")
    return url


_XML_FIELD = {
    name: re.compile(rf"<{name}>([^<]{{0,500}})</{name}>") for name in ("Code", "Message")
}


def s3_error(
    method: str,
    url: str,
    status: int | None,
    headers: httpx.Headers | None,
    body: bytes,
    *,
    again: str,
) -> DocumentError:
    """The error for S3's answer ``status`` (its XML ``body``), naming host and path only.

    Only S3's ``Code`` and ``Message`` are read: its other fields (``StringToSign``,
    ``CanonicalRequest``, ``SignatureProvided``) repeat the URL's secrets.

    Args:
        method: ``GET`` or ``PUT``.
        url: The presigned URL (only its host and path are used).
        status: S3's status.
        headers: S3's headers (for ``x-amz-request-id``).
        body: The start of S3's error body.
        again: What the caller should do for a fresh URL (e.g. "call
            sp.reports_v2021_06_30.get_report_document again").
    """
    text = body[:ERROR_BODY_LIMIT].decode("utf-8", "replace")
    found = {name: rx.search(text) for name, rx in _XML_FIELD.items()}
    code = found["Code"].group(1).strip() if found["Code"] else ""
    message = redact_url_text(found["Message"].group(1).strip()) if found["Message"] else ""
    errors = (ErrorDetail(code=code, message=message),) if code else ()
    request_id = headers.get("x-amz-request-id") if headers is not None else None
    where = f"S3 {method} {safe_url(url)}"
    facts: dict[str, Any] = {"status": status, "request_id": request_id, "errors": errors}
    expired = (code == "AccessDenied" and "expired" in message.lower()) or code in (
        "ExpiredToken",
        "TokenRefreshRequired",
    )
    if status == 403 and expired:
        return DocumentUrlExpiredError(
            f"{where}: the presigned URL has expired ({message or code}); {again} for a fresh URL "
            "(they are valid for about five minutes)",
            **facts,
        )
    hint = ""
    if code == "SignatureDoesNotMatch" and method == "PUT":
        hint = (
            "; the upload's Content-Type must be exactly the one given to createFeedDocument, "
            "and the URL must be used unchanged"
        )
    elif code == "SignatureDoesNotMatch":
        hint = "; the URL must be used unchanged (not re-encoded)"
    elif status == 412:
        hint = "; the document changed during the download: download it again"
    return DocumentError(f"{where} failed{hint}", **facts)

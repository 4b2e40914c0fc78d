"""Keep presigned-URL signatures out of httpx's own request log.

httpx logs every request it sends at INFO on the ``httpx`` logger, full URL
included (``HTTP Request: GET https://...?X-Amz-Signature=... "HTTP/1.1 200 OK"``),
and ``logging.basicConfig(level=logging.INFO)`` is enough to print it. The
SP-API and Login with Amazon URLs this library sends carry no secret (tokens
travel in headers and form bodies), but a presigned document URL fetched with
``sp.httpx_client()`` carries its signature, credential and session token in the
query. :func:`redact_presigned_urls` adds a filter to the ``httpx`` logger that
replaces the values of those query parameters with ``[redacted]`` in each
record; the request itself is not touched.

The filter is added when a client builds its httpx client (never at import),
once per process; it changes only records that hold such a parameter.
"""

from __future__ import annotations

import logging
import re

__all__ = ["redact_presigned_urls", "redact_url_text"]

_SIGNED = re.compile(
    r"(?i)([?&](?:X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token)=)[^&#\s\"']*"
)


def redact_url_text(text: str) -> str:
    """``text`` with the values of presigned-URL secret query parameters redacted."""
    return _SIGNED.sub(r"\1[redacted]", text)


class _PresignedUrlFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str) and _SIGNED.search(record.msg):
            record.msg = redact_url_text(record.msg)
        if isinstance(record.args, tuple) and record.args:
            # Only arguments that hold a secret become strings; the others keep their
            # type, so the message's %d and %s still format them.
            record.args = tuple(
                redact_url_text(str(arg))
                if not isinstance(arg, int | float) and _SIGNED.search(str(arg))
                else arg
                for arg in record.args
            )
        return True


_FILTER = _PresignedUrlFilter()


def redact_presigned_urls() -> None:
    """Add the redacting filter to the ``httpx`` logger (once; later calls do nothing)."""
    logging.getLogger("httpx").addFilter(_FILTER)

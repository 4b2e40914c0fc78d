"""What the command line prints: JSON documents, and errors with their exit codes.

Exit codes (also in ``selling-partner --help``):

====  ==================================================================
0     success
1     an unexpected error (a bug: please report it with the traceback)
2     usage: unknown API, operation or parameter; a value of the wrong type
3     configuration: missing credentials, region, a bad config file
4     authentication: Login with Amazon refused, or SP-API 401/403
5     not found (404)
6     other 4xx answers (and other API errors)
7     throttled (429) after the retries
8     server error (5xx) after the retries
9     outcome unknown: the connection broke after a create was sent
10    the answer does not match Amazon's model
11    the operation or API was retired by Amazon
12    a report, feed or Data Kiosk document transfer failed
13    a report, feed or Data Kiosk query ended FATAL (Amazon's error document quoted)
14    ... was CANCELLED (a report without data, usually)
15    ... was not done within --timeout (it goes on at Amazon: fetch it later)
130   interrupted (Ctrl-C)
====  ==================================================================
"""

from __future__ import annotations

import datetime
import enum
import json
from typing import Any

from .. import _errors
from .._documents import DocumentError
from .._jobs import JobCancelledError, JobError, JobFailedError, JobTimeoutError
from ._args import ArgumentError

__all__ = ["EXIT_CODES", "EXIT_CODES_HELP", "describe_error", "exit_code", "jsonable"]

#: Exception class -> exit code; the most specific class of an error wins.
EXIT_CODES: dict[type[BaseException], int] = {
    ArgumentError: 2,
    _errors.ConfigurationError: 3,
    _errors.AuthError: 4,
    _errors.NotFoundError: 5,
    _errors.ClientError: 6,
    _errors.ApiError: 6,
    _errors.ThrottledError: 7,
    _errors.ServerError: 8,
    _errors.OutcomeUnknownError: 9,
    _errors.ResponseParseError: 10,
    _errors.RetiredOperationError: 11,
    DocumentError: 12,
    JobError: 13,
    JobFailedError: 13,
    JobCancelledError: 14,
    JobTimeoutError: 15,
    KeyboardInterrupt: 130,
}

EXIT_CODES_HELP = (
    "Exit codes: 0 ok, 1 unexpected error, 2 usage, 3 configuration, 4 authentication, "
    "5 not found, 6 other 4xx, 7 throttled, 8 server error, 9 outcome unknown, "
    "10 answer does not match the model, 11 retired, 12 document transfer, 13 job FATAL, "
    "14 job cancelled, 15 job timed out, 130 interrupted."
)


def exit_code(error: BaseException) -> int:
    """The exit code of ``error``: its most specific class in :data:`EXIT_CODES`, else 1."""
    for cls in type(error).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return 1


def describe_error(error: BaseException) -> str:
    """The text for stderr: the class, the message (with Amazon's codes and request id)."""
    if isinstance(error, ArgumentError):
        return f"error: {error}"
    return f"error: {type(error).__name__}: {error}"


def _default(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if type(value).__name__ == "Unset":
        return None
    return str(value)


def jsonable(parsed: Any, content: bytes = b"") -> Any:
    """A parsed answer as JSON data (wire names); the raw body when nothing was parsed."""
    if parsed is None:
        if not content.strip():
            return None
        try:
            return json.loads(content)
        except ValueError:
            return content.decode("utf-8", "replace")
    if isinstance(parsed, list):
        return [jsonable(item) for item in parsed]
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    return json.loads(json.dumps(parsed, default=_default))


def dumps(value: Any, *, pretty: bool) -> str:
    """One JSON document (indented when ``pretty``), dates and enums as their text."""
    return json.dumps(value, default=_default, ensure_ascii=False, indent=2 if pretty else None)

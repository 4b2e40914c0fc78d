"""The SP-API header names the runtime reads or writes, named once; what a value may hold."""

import re

__all__ = ["ACCESS_TOKEN", "RATE_LIMIT", "REQUEST_ID", "header_value_problem"]

ACCESS_TOKEN = "x-amz-access-token"  # the LWA access token or an RDT
REQUEST_ID = "x-amzn-RequestId"  # Amazon's id of the request, for support cases
RATE_LIMIT = "x-amzn-RateLimit-Limit"  # the rate Amazon applied, when it says


# What no header value may hold: control characters (a tab is allowed) and DEL.
# One regex search, not a Python test per character: a token is 300 of them.
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f]")


def header_value_problem(value: str) -> str | None:
    """Why ``value`` cannot be sent as an HTTP header value as it is, or None."""
    try:
        value.encode("ascii")
    except UnicodeEncodeError:
        return "holds a non-ASCII character"
    if _CONTROL.search(value):
        return "holds a control character (CR, LF, NUL...)"
    return None

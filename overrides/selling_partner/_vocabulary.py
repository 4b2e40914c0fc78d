"""Values several runtime modules share, defined once (no imports of the runtime).

The client, the document transfers and anything else that needs one of these
imports it from here, so that none of them has to reach through another
module (or copy it) to get it.
"""

from __future__ import annotations

import functools
import json
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    from ._errors import ErrorDetail

__all__ = [
    "ATTEMPTS_EXTENSION",
    "AUTH_RETRY_PENDING",
    "DEADLINE_EXTENSION",
    "DEFAULT_TIMEOUT",
    "LOOKED_UP_EXTENSION",
    "OPERATION_EXTENSION",
    "REFRESH_MARGIN",
    "base_path_of",
    "implements",
    "is_token_rejection",
    "json_or_none",
    "operation_path",
    "parsed_url",
]

#: Every request's timeout unless ``timeout=`` says otherwise: 10 s to connect,
#: 30 s for each read/write/pool wait.
# Per request: 10 s to connect, 30 s for every other wait (read, write, pool).
# SP-API answers within seconds; a document download streams, so 30 s is the
# longest silence, not the longest transfer.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)

#: Seconds before expiry at which a cached token (LWA or RDT) counts as stale.
REFRESH_MARGIN = 60.0

# ``request.extensions`` / ``response.extensions`` keys the runtime's pieces pass
# each other on (httpx carries them untouched).

#: ``request.extensions`` key holding the request's :class:`Operation` (``_routing``).
OPERATION_EXTENSION = "selling_partner.operation"
#: Set on a request whose lookup found no operation, so nobody looks it up again.
LOOKED_UP_EXTENSION = "selling_partner.operation_looked_up"
#: ``response.extensions`` key: how many times the transport sent the request.
ATTEMPTS_EXTENSION = "selling_partner.attempts"
#: ``request.extensions`` key: the request's deadline on the transport's clock.
DEADLINE_EXTENSION = "selling_partner.deadline"
#: ``request.extensions`` key: True while LwaAuth may still refresh and resend on a
#: token rejection, so the response hook must not raise for that 403 yet.
AUTH_RETRY_PENDING = "selling_partner.auth_retry_pending"


def json_or_none(content: bytes) -> Any:
    """``content`` as JSON, or None when it is not JSON (an error page, a cut body).

    Error bodies, Login with Amazon's answers and lookups are read this way: what
    they hold is a bonus, their absence is not an error of its own. JSON nested
    thousands deep (RecursionError) counts as not JSON.
    """
    try:
        return json.loads(content)
    except (ValueError, RecursionError):
        return None


def operation_path(request: httpx.Request, base_path: str = "") -> str:
    """The request's path as the operation table writes it (percent-encoded, no query).

    ``base_path`` is the endpoint's own path (``/spapi`` for a gateway at
    ``https://gateway.example/spapi``, else ``""``): it is not part of the operation's.
    """
    path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    if base_path and path.startswith(base_path + "/"):
        return path[len(base_path) :]
    return path


def is_token_rejection(status: int, errors: tuple[ErrorDetail, ...]) -> bool:
    """True for a 403 saying the access token expired or is invalid.

    A plain "Access to requested resource is denied." (missing role, unauthorised
    seller) is not a token problem: refreshing would not help.
    """
    if status != 403:
        return False
    for err in errors:
        text = f"{err.message} {err.details or ''}".lower()
        if "token" in text and any(
            word in text for word in ("expired", "invalid", "revoked", "malformed")
        ):
            return True
    return False


@functools.lru_cache(maxsize=256)
def _class_implements(cls: type, protocol: type) -> bool:
    try:
        return issubclass(cls, protocol)
    except TypeError:  # a protocol with data members: only instances can be checked
        return False


def implements(obj: object, protocol: type) -> bool:
    """``isinstance(obj, protocol)`` for a runtime-checkable protocol, decided per class.

    A protocol ``isinstance`` walks every member of the protocol (about 25 us
    each time), and a client checks its stores and caches again for every
    seller view it builds. The answer is kept per class; an object that carries
    callables of its own (methods set on the instance, a ``SimpleNamespace``)
    or makes attributes up (``__getattr__``: a mock, a proxy) is still checked
    itself.
    """
    cls = type(obj)
    if _class_implements(cls, protocol):  # type: ignore[arg-type]  # classes hash
        return True
    if hasattr(cls, "__getattr__"):
        return isinstance(obj, protocol)
    own = getattr(obj, "__dict__", None)
    if own and any(callable(value) for value in own.values()):
        return isinstance(obj, protocol)
    return False


@functools.lru_cache(maxsize=64)
def parsed_url(url: str) -> httpx.URL:
    """``httpx.URL(url)``, parsed once per text (the URL is immutable).

    For the few URLs a client reuses for every seller view and token request
    (endpoint, token URL): httpx parses a string URL each time it gets one,
    about 60 us here.
    """
    return httpx.URL(url)


def base_path_of(endpoint: str) -> str:
    """The endpoint's own path (``/spapi`` for ``https://gateway.example/spapi``, else "").

    It precedes every operation's path on the wire; the operation table's paths
    do not have it.
    """
    return parsed_url(endpoint).raw_path.decode("ascii").rstrip("/")

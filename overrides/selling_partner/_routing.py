"""Which operation a request is for: tagged when it is built, looked up at most once.

A call (``sp.<api>.<op>(...)``) sets :data:`CALLING` while the generated function
runs. The shared httpx client (:class:`SpApiClient` / :class:`AsyncSpApiClient`)
tags the request it builds then with that :class:`Operation`
(``request.extensions[OPERATION_EXTENSION]``), after checking what the generated
code formatted against the operation's path template: a path parameter that is
empty, ``.`` or ``..`` would make httpx (which removes dot segments) or the
server send the request to *another* operation, so it is refused with a
:class:`~selling_partner.ConfigurationError` naming the parameter, before any
token is fetched or anything is sent. (Every other value reaches the server as
one percent-encoded segment: the generated code quotes ``/``, ``?``, ``#``, ``%``,
CR/LF and non-ASCII.) A value equal to a literal segment of another operation at
the same place (which the server would route there) is refused the same way.
Header values that cannot be sent as they are (non-ASCII, control characters)
are refused there too.

A request built outside a call (a generated function called directly on
``client_for``, or ``sp.httpx_client().get(...)``) is looked up by method and
path once, by whichever runtime piece sees it first (:func:`operation_of`: the
token router, else the transport); relative paths with dot or empty segments are
refused when built.

The transport finally checks that the path about to be sent still has the
operation's template's shape (:func:`path_problem`), and refuses to send it
otherwise: defence in depth against anything that rewrote the URL on the way.
"""

from __future__ import annotations

import contextvars
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

import httpx

from ._cookies import AnswerCookies
from ._errors import ConfigurationError
from ._headers import header_value_problem
from ._operations import Operation, OperationIndex
from ._vocabulary import LOOKED_UP_EXTENSION, OPERATION_EXTENSION, operation_path

__all__ = [
    "CALLING",
    "AsyncSpApiClient",
    "SpApiClient",
    "operation_of",
    "path_problem",
]

_DOTS = ("", ".", "..")

#: The operation of the call in progress (set by the accessors around the generated call).
CALLING: contextvars.ContextVar[Operation | None] = contextvars.ContextVar(
    "selling_partner_calling", default=None
)


def operation_of(
    request: httpx.Request, operations: OperationIndex, base_path: str = ""
) -> Operation | None:
    """The operation ``request`` was built for: its tag, else one lookup by method and path."""
    op = request.extensions.get(OPERATION_EXTENSION)
    if isinstance(op, Operation):
        return op
    if request.extensions.get(LOOKED_UP_EXTENSION):
        return None
    op = operations.lookup(request.method, operation_path(request, base_path))
    if op is None:
        request.extensions[LOOKED_UP_EXTENSION] = True
    else:
        request.extensions[OPERATION_EXTENSION] = op
    return op


def _is_placeholder(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def path_problem(op: Operation, path: str) -> str | None:
    """Why the percent-encoded ``path`` is not a request of ``op``'s template, or None.

    Each ``{placeholder}`` must be one non-empty segment that is not ``.`` or
    ``..`` (also when percent-decoded); every other segment must be the template's.
    """
    bare = path.split("?", 1)[0]
    if bare == op.path and "{" not in bare:
        return None  # the operation's own literal path (no parameter to check)
    template = op.path.split("/")
    got = bare.split("/")
    if len(template) != len(got):
        return f"the path {path!r} does not have the shape of {op.method} {op.path}"
    for want, seg in zip(template, got, strict=True):
        if _is_placeholder(want):
            if seg in _DOTS or unquote(seg) in _DOTS:
                return f"{want} is {unquote(seg)!r} in the path {path!r}"
        elif seg != want and unquote(seg) != want:
            return f"the path {path!r} does not have the shape of {op.method} {op.path}"
    return None


def _check_headers(op: Operation | None, headers: Any) -> None:
    if not isinstance(headers, Mapping):
        return
    for name, value in headers.items():
        if isinstance(value, str):
            problem = header_value_problem(value)
            if problem is not None:
                where = f"{op.package}.{op.name}: " if op is not None else ""
                raise ConfigurationError(
                    f"{where}the value of header {name!r} {problem}: HTTP cannot send it; "
                    "pass plain ASCII text"
                )


def _check_built(op: Operation, url: str, operations: OperationIndex | None) -> None:
    """Refuse a path the generated code built for ``op`` that would reach another operation."""
    path = url.split("?", 1)[0]
    if path == op.path and "{" not in path:
        # The operation's own literal path (most calls): no parameter in it to
        # check, and the table gives each method and path one operation.
        return
    template = op.path.split("/")
    got = path.split("/")
    if len(template) == len(got):
        by_wire = op.params.path
        for want, seg in zip(template, got, strict=True):
            if _is_placeholder(want) and (seg in _DOTS or unquote(seg) in _DOTS):
                wire = want[1:-1]
                name = by_wire.get(wire, wire)
                raise ConfigurationError(
                    f"{op.package}.{op.name}: {name}={unquote(seg)!r} is not a valid {wire}: "
                    f"an empty, '.' or '..' path parameter would send the request to another "
                    f"path than {op.method} {op.path}; pass the real value"
                )
    problem = path_problem(op, path)
    if problem is not None:
        raise ConfigurationError(f"{op.package}.{op.name}: refusing to send: {problem}")
    if operations is not None:
        other = operations.lookup(op.method, path)
        if other is not None and (other.package, other.name) != (op.package, op.name):
            raise ConfigurationError(
                f"{op.package}.{op.name}: a path parameter equals a literal part of "
                f"{other.package}.{other.name}'s path ({other.method} {other.path}), so the "
                f"request {op.method} {path!r} would reach that operation; pass the real value"
            )


def _check_relative(url: object) -> None:
    """Refuse a relative path with a dot or empty segment (it would be rewritten)."""
    if not isinstance(url, str) or not url.startswith("/"):
        return
    path = url.split("?", 1)[0]
    if path == "/":
        return
    if any(seg in _DOTS or unquote(seg) in _DOTS for seg in path.split("/")[1:]):
        raise ConfigurationError(
            f"refusing to send a request for {url.split('?', 1)[0]!r}: an empty, '.' or '..' "
            "path segment would send it to another path (was a path parameter empty?)"
        )


MERGED_URLS = 1024
"""Merged URLs kept per base URL (cleared when full)."""

# The merged URLs of each base URL (its text), shared by every client with that
# base: a seller view builds its own httpx client, and would otherwise parse
# each path again. A few endpoints per process; cleared if there are ever more.
_MERGED_BY_BASE: dict[str, dict[str, httpx.URL]] = {}
_BASES = 64


class _Tagging:
    """What both client classes add to httpx: ``build_request`` checked, the cookie store."""

    operations: OperationIndex | None = None
    _cookies: httpx.Cookies

    @property
    def cookies(self) -> httpx.Cookies:
        """httpx's cookie store, read only for answers that set a cookie (:mod:`._cookies`)."""
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._cookies = AnswerCookies(cookies)

    # httpx parses the base URL again for every request it builds (64 us of the
    # 250 its build_request costs here); the generated code asks for the same few
    # paths over and over, so the merged URL (immutable) is kept per base URL and
    # path, for all the clients (seller views) on that base URL.
    _merged: dict[str, httpx.URL]
    _merged_base: httpx.URL | None = None

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        if not isinstance(url, str):
            return super()._merge_url(url)  # type: ignore[misc, no-any-return]
        base = self.base_url  # type: ignore[attr-defined]
        if self._merged_base is not base:  # set, or replaced since (client.base_url = ...)
            key = str(base)
            merged_urls = _MERGED_BY_BASE.get(key)
            if merged_urls is None:
                if len(_MERGED_BY_BASE) >= _BASES:
                    _MERGED_BY_BASE.clear()
                merged_urls = _MERGED_BY_BASE.setdefault(key, {})
            self._merged = merged_urls
            self._merged_base = base
        merged = self._merged.get(url)
        if merged is None:
            merged = super()._merge_url(url)  # type: ignore[misc]
            if len(self._merged) >= MERGED_URLS:
                self._merged.clear()  # path parameters (order ids...) vary without end
            self._merged[url] = merged
        return merged

    def _before_build(self, url: object, headers: Any) -> Operation | None:
        op = CALLING.get()
        _check_headers(op, headers)
        if op is not None and isinstance(url, str) and url.startswith("/"):
            _check_built(op, url, self.operations)
        else:
            _check_relative(url)
        return op


class SpApiClient(_Tagging, httpx.Client):
    """The shared ``httpx.Client``: tags each request with its call's operation (see above)."""

    def __init__(self, *, operations: OperationIndex | None = None, **kwargs: Any) -> None:
        """``httpx.Client`` arguments; ``operations`` is the index used to name clashes."""
        super().__init__(**kwargs)
        self.cookies = self._cookies  # httpx's __init__ set a plain store
        self.operations = operations

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        """httpx's ``build_request``, checked and tagged with the call's operation."""
        op = self._before_build(url, kwargs.get("headers"))
        request = super().build_request(method, url, **kwargs)
        if op is not None:
            request.extensions[OPERATION_EXTENSION] = op
        return request


class AsyncSpApiClient(_Tagging, httpx.AsyncClient):
    """The shared ``httpx.AsyncClient``: :class:`SpApiClient` for asyncio."""

    def __init__(self, *, operations: OperationIndex | None = None, **kwargs: Any) -> None:
        """``httpx.AsyncClient`` arguments; ``operations`` as in :class:`SpApiClient`."""
        super().__init__(**kwargs)
        self.cookies = self._cookies  # httpx's __init__ set a plain store
        self.operations = operations

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        """httpx's ``build_request``, checked and tagged with the call's operation."""
        op = self._before_build(url, kwargs.get("headers"))
        request = super().build_request(method, url, **kwargs)
        if op is not None:
            request.extensions[OPERATION_EXTENSION] = op
        return request

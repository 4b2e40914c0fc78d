"""Pagination: follow an operation's next-page token, page by page.

Pure core (no I/O): :func:`plan_for` reads how an operation pages from its table
row (``pagination``: the request token's wire name and the response key path;
``params``: wire -> python argument names); :meth:`PagePlan.token_of` finds the
next token in a page's JSON body; :class:`PageCursor` builds each page's
arguments and stops on a token the server already sent (no endless loop). The
sync and async iterators in ``_client`` only call the operation.

Later pages normally repeat the first call's arguments plus the token. A few
operations refuse that: Amazon documents for them that the token must be sent
alone (other filters dropped), or that a query-type argument must switch to a
next-token mode. Those rules are ``spec/later_pages.toml`` (each with the model
text that says so), carried in the pagination column as ``later`` and read by
:func:`later_pages`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from ._errors import ApiError, ConfigurationError
from ._operations import Operation
from ._tolerant import spec_of

__all__ = ["LaterPages", "PageCursor", "PagePlan", "later_pages", "plan_for"]


@dataclass(frozen=True, slots=True)
class LaterPages:
    """How the second and later requests of a paged operation differ from the first.

    Attributes:
        alone: send the token alone: drop every argument the generated function
            does not require (path parameters and required ones stay), including
            defaults the generated code would send (``pageSize=10``).
        fixed: wire name -> value to send on later pages instead of the caller's
            (an enum argument keeps the caller's enum type).
    """

    alone: bool = False
    fixed: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


_SAME_ARGUMENTS = LaterPages()
_NO_PAGE: Any = object()  # no parsed page given, or it cannot tell


def later_pages(op: Operation) -> LaterPages:
    """How ``op``'s later pages differ from its first (``spec/later_pages.toml``)."""
    rule = (op.pagination or {}).get("later")
    if not rule:
        return _SAME_ARGUMENTS
    return LaterPages(
        alone=bool(rule.get("alone")), fixed=MappingProxyType(dict(rule.get("fixed") or {}))
    )


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _python_name(op: Operation, wire: str, accepted: Mapping[str, bool]) -> str:
    """The generated argument name for query parameter ``wire``.

    From the table's ``params`` column; for a table without it, the accepted
    argument whose name matches ignoring case and underscores.
    """
    named = op.params.query.get(wire)
    if named is not None:
        return named
    matches = [name for name in accepted if _norm(name) == _norm(wire)]
    if len(matches) == 1:
        return matches[0]
    raise ConfigurationError(
        f"{op.package}.{op.name} pages with query parameter {wire!r}, but its generated "
        f"function takes no matching argument ({', '.join(accepted) or 'none'}); "
        "regenerate with `./dev regen`"
    )


@dataclass(frozen=True, slots=True)
class PagePlan:
    """How one operation pages, resolved against its generated function.

    Attributes:
        operation: the operation.
        token_argument: the python argument that carries the token.
        response_path: keys leading to the next token in the JSON body (wire names).
        later: how later requests differ from the first.
        keep: arguments kept when the token goes alone (required ones).
        fixed: python argument name -> wire value sent on later pages.
        clear: arguments whose generated default would still be sent (e.g.
            ``page_size=10``) -> the value that sends nothing, for token-alone pages.
    """

    operation: Operation
    token_argument: str
    response_path: tuple[str, ...]
    later: LaterPages
    keep: frozenset[str]
    fixed: Mapping[str, str]
    clear: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def token_of(self, content: bytes, page: Any = _NO_PAGE) -> str | None:
        """The next token in a page's JSON body, or None when absent or empty.

        ``page``: the page's parsed model, read without deviations. The token is
        read from it when it holds one as text or holds none: decoding a large
        page's body again cost as much as its reading, and the peak of a tree of
        the whole page.
        """
        if page is not _NO_PAGE:
            found = self._token_in(page)
            if found is not _NO_PAGE:
                return found  # type: ignore[no-any-return]
        try:
            node: Any = json.loads(content) if content else None
        except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
            return None
        for key in self.response_path:
            if not isinstance(node, Mapping):
                return None
            node = node.get(key)
        if node is None or node == "":
            return None
        if not isinstance(node, str):
            # A number or object where a token belongs: send its text form, as given.
            return json.dumps(node)
        return node

    def _token_in(self, page: Any) -> Any:
        """The token in a parsed page: its text, None (none), or _NO_PAGE (the body decides)."""
        node = page
        for key in self.response_path:
            if _absent(node):
                return None  # read without deviations: absent (or null) on the way
            node = _field(node, key)
            if node is _NO_PAGE:
                return _NO_PAGE
        if _absent(node):
            return None
        if isinstance(node, str):
            return node or None
        return _NO_PAGE  # a number or an object where a token belongs: as the body has it


def _absent(node: Any) -> bool:
    """None, or the generated packages' UNSET (each package has its own class)."""
    return node is None or type(node).__name__ == "Unset"


def _field(node: Any, wire: str) -> Any:
    """The field of generated model ``node`` written ``wire`` in JSON; _NO_PAGE if none."""
    if not hasattr(type(node), "_spec"):
        return _NO_PAGE
    fields, _extra = spec_of(type(node))
    for name_in_json, name, _required, _kind in fields:
        if name_in_json == wire:
            return getattr(node, name, _NO_PAGE)
    return _NO_PAGE  # (an extra key, in additional_properties: the body decides)


def plan_for(
    op: Operation, accepted: Mapping[str, bool], clear: Mapping[str, Any] | None = None
) -> PagePlan:
    """The paging plan of ``op``.

    Args:
        op: the operation.
        accepted: the generated function's arguments (``client`` excluded), each
            mapped to whether it is required.
        clear: optional arguments whose default is a value the generated code
            sends, mapped to the value that sends nothing (the generator's ``UNSET``).

    Raises:
        ConfigurationError: the operation does not page (names the call to use),
            or its table row does not match its generated function.
    """
    pagination = op.pagination
    if not pagination:
        raise ConfigurationError(
            f"{op.package}.{op.name} ({op.operation_id}) does not page: Amazon's model gives "
            f"it no next-page token; call sp.{op.package}.{op.name}(...) once instead"
        )
    wire = pagination.get("request")
    path = pagination.get("response")
    if not isinstance(wire, str) or not isinstance(path, tuple | list) or not path:
        raise ConfigurationError(
            f"{op.package}.{op.name}: malformed pagination column {dict(pagination)!r}; "
            "regenerate with `./dev regen`"
        )
    later = later_pages(op)
    token_argument = _python_name(op, wire, accepted)
    fixed = {_python_name(op, w, accepted): value for w, value in later.fixed.items()}
    keep = frozenset(name for name, required in accepted.items() if required)
    return PagePlan(
        operation=op,
        token_argument=token_argument,
        response_path=tuple(str(k) for k in path),
        later=later,
        keep=keep,
        fixed=MappingProxyType(fixed),
        clear=MappingProxyType(
            {k: v for k, v in (clear or {}).items() if k not in keep and k not in fixed}
        ),
    )


class PageCursor:
    """The arguments of each page, and the check that tokens never repeat.

    Usage: ``kwargs = cursor.first()``; after each page,
    ``kwargs = cursor.next(content)`` gives the next page's arguments, or None
    when the last page has been read.
    """

    def __init__(self, plan: PagePlan, kwargs: Mapping[str, Any]) -> None:
        """Start paging ``plan``'s operation with the caller's ``kwargs``."""
        self.plan = plan
        self._kwargs = dict(kwargs)
        self._seen: set[str] = set()
        self.pages = 0
        start = self._kwargs.get(plan.token_argument)
        if isinstance(start, str) and start:
            # The caller resumes from a saved token: a server echoing it is a loop too.
            self._seen.add(start)

    def first(self) -> dict[str, Any]:
        """The first page's arguments: exactly the caller's."""
        return dict(self._kwargs)

    def next(
        self, content: bytes, *, request_id: str | None = None, page: Any = _NO_PAGE
    ) -> dict[str, Any] | None:
        """The next page's arguments after a page with body ``content``, or None at the end.

        ``page``: the page's model, when it was read without deviations (the token
        is then read from it; see :meth:`PagePlan.token_of`).

        Raises:
            ApiError: the server sent a token it had already sent (it would loop forever).
        """
        self.pages += 1
        token = self.plan.token_of(content, page)
        if token is None:
            return None
        op = self.plan.operation
        if token in self._seen:
            raise ApiError(
                f"{op.operation_id} returned a next-page token it had already returned "
                f"(after page {self.pages}); stopped paging instead of looping forever",
                operation=op.operation_id,
                request_id=request_id,
            )
        self._seen.add(token)
        if self.plan.later.alone:
            kwargs = {k: v for k, v in self._kwargs.items() if k in self.plan.keep}
            kwargs.update(self.plan.clear)
        else:
            kwargs = dict(self._kwargs)
        for name, value in self.plan.fixed.items():
            current: Any = self._kwargs.get(name)
            # Keep the caller's enum type: the generated code sends ``value.value``.
            enum: Any = type(current)
            kwargs[name] = enum(value) if hasattr(current, "value") else value
        kwargs[self.plan.token_argument] = token
        return kwargs

"""Creates that are neither lost nor doubled: the outcome made certain by a lookup.

Some creates carry the caller's own unique id (``createFulfillmentOrder``'s
``sellerFulfillmentOrderId``, ...). For those (the table's ``create_lookup``
column, from ``spec/creates.toml``), a 5xx answer or a connection broken after
the request was sent (:class:`OutcomeUnknownError`) no longer leaves the caller
guessing:

1. the matching get operation looks the object up by that id (a GET: the
   transport retries it like any read);
2. found: the call succeeds. The caller receives an :class:`ApiResponse` whose
   ``parsed`` is the create's own answer model, built from the lookup's answer
   as ``spec/creates.toml`` says, with the create's documented 2xx status; its
   ``recovered`` holds the lookup's :class:`ApiResponse` (None when the create's
   own answer arrived): that is how a caller tells the two apart;
3. not found (404, or the entry's ``found`` test fails): the create is sent
   once more, up to :data:`MAX_SENDS` sends in all. A resend that Amazon
   refuses with a 4xx (it already knows the id: the first send did arrive, the
   lookup was too early) is looked up as well.

When the lookup itself cannot answer, :class:`OutcomeUnknownError` is raised (the
lookup's failure as its ``__cause__``). When every send was lost and the object
is still not found, the last error is raised with a note that nothing was made.

The decisions are one pure generator (:func:`certain`); the sync and async shells
in ``_calls`` only send and look up.
"""

from __future__ import annotations

import enum
import importlib
import json
import logging
from collections.abc import Generator, Mapping
from typing import Any

import httpx

from ._errors import (
    ApiError,
    ClientError,
    NotFoundError,
    OutcomeUnknownError,
    ServerError,
    ThrottledError,
)
from ._operations import CreateLookup, Operation
from ._response import ApiResponse, parse_error
from ._vocabulary import json_or_none

__all__ = ["MAX_SENDS", "Step", "certain", "lookup_arguments", "recovered"]

_log = logging.getLogger("selling_partner.client")

#: Most sends of one create (the first included) while each is lost and the
#: lookup finds nothing.
MAX_SENDS = 5


class Step(enum.Enum):
    """What :func:`certain` asks its shell to do."""

    SEND = "send"  # None -> the ApiResponse, or the SellingPartnerError raised
    LOOKUP = "lookup"  # kwargs of the lookup -> its ApiResponse, or the error raised


def _walk(value: Any, parts: list[str]) -> list[Any]:
    """Every value at ``parts`` below ``value`` (``name[]`` walks a list's items)."""
    if not parts:
        return [value]
    head, rest = parts[0], parts[1:]
    many = head.endswith("[]")
    key = head[:-2] if many else head
    if not isinstance(value, Mapping) or key not in value:
        return []
    inner = value[key]
    if not many:
        return _walk(inner, rest)
    if not isinstance(inner, list):
        return []
    return [found for item in inner for found in _walk(item, rest)]


def _answer_values(body: Any, path: str) -> list[Any]:
    return _walk(body, path.split(".")) if path else [body]


def _wire_body(body: Any) -> Any:
    """The create's body in wire names (a generated model, or a dict already in them)."""
    to_dict = getattr(body, "to_dict", None)
    return to_dict() if callable(to_dict) else body


def _request_values(op: Operation, kwargs: Mapping[str, Any], path: str) -> list[Any]:
    """The values at a request path (``path.X``, ``query.X``, ``header.X``, ``body.a.b``)."""
    where, _, rest = path.partition(".")
    if where == "body":
        name = op.params.body
        if name is None or name not in kwargs:
            return []
        return _walk(_wire_body(kwargs[name]), rest.split("."))
    names = {"path": op.params.path, "query": op.params.query, "header": op.params.header}
    argument = names.get(where, {}).get(rest)
    if argument is None or argument not in kwargs:
        return []
    value = kwargs[argument]
    return [] if type(value).__name__ == "Unset" else [value]


def lookup_arguments(
    op: Operation, rule: CreateLookup, lookup: Operation, kwargs: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The lookup's keyword arguments taken from the create's, or None without the id.

    A parameter the create call did not give is left out (optional parameters,
    such as a header, keep the lookup's default).
    """
    names = {**lookup.params.path, **lookup.params.query, **lookup.params.header}
    out: dict[str, Any] = {}
    for wire, source in rule.arguments:
        values = _request_values(op, kwargs, source)
        if len(values) == 1 and wire in names:
            out[names[wire]] = values[0]
    required = set(lookup.params.path.values())
    return out if required <= set(out) else None


def _found(op: Operation, rule: CreateLookup, kwargs: Mapping[str, Any], body: Any) -> bool:
    for answer_path, request_path in rule.found:
        wanted = _request_values(op, kwargs, request_path)
        have = _answer_values(body, answer_path)
        if not wanted or any(value not in have for value in wanted):
            return False
    return True


def _set(target: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        target = target.setdefault(part, {})
    target[last] = value


def recovered(
    op: Operation, rule: CreateLookup, lookup: ApiResponse[Any], client: Any, attempts: int
) -> ApiResponse[Any]:
    """The create's answer, built from the lookup's (the object was found).

    Parsed by the create's own generated parser, so ``parsed`` has the type a
    normal answer would have; ``recovered`` is the lookup's response.
    """
    source = json_or_none(lookup.content)
    body: dict[str, Any] = {}
    for create_path, lookup_path in rule.answer:
        values = _answer_values(source, lookup_path)
        if values:
            _set(body, create_path, values[0])
    content = json.dumps(body).encode()
    raw = httpx.Response(rule.status, content=content, headers={"content-type": "application/json"})
    module = importlib.import_module(op.module)
    try:
        generated = module._build_response(client=client, response=raw)
    except (KeyError, TypeError, ValueError, RecursionError) as exc:
        # The lookup's answer lacks what the create's model requires.
        raise parse_error(op.operation_id, rule.status, lookup.headers, exc) from None
    return ApiResponse(
        status_code=rule.status,
        parsed=generated.parsed,
        operation=op.operation_id,
        request_id=lookup.request_id,
        rate_limit=None,
        attempts=attempts,
        headers=httpx.Headers({"content-type": "application/json"}),
        content=content,
        recovered=lookup,
    )


def _lost(outcome: ApiResponse[Any] | Exception) -> bool:
    """A 5xx or a broken connection after sending: the create may or may not be made."""
    if isinstance(outcome, OutcomeUnknownError):
        return True
    if isinstance(outcome, ServerError):
        return outcome.status is not None and outcome.status >= 500
    return isinstance(outcome, ApiResponse) and outcome.status_code >= 500


def _refused(outcome: ApiResponse[Any] | Exception) -> bool:
    """A 4xx (not 429) answer to a resend: Amazon may already know the id."""
    if isinstance(outcome, ClientError):
        return not isinstance(outcome, ThrottledError)
    return isinstance(outcome, ApiResponse) and 400 <= outcome.status_code < 500


def certain(
    op: Operation, rule: CreateLookup, lookup: Operation, kwargs: Mapping[str, Any]
) -> Generator[tuple[Step, Any], Any, tuple[ApiResponse[Any], ApiResponse[Any] | None, int]]:
    """The sends and lookups of one create, as steps for a shell to carry out.

    Returns ``(answer, lookup answer or None, sends)``: the create's own answer
    (lookup None), or the lookup's answer that found the object (the shell builds
    the caller's answer with :func:`recovered`). Raises the create's error,
    or :class:`OutcomeUnknownError` when the lookup cannot tell.
    """
    arguments: dict[str, Any] | None = None  # read from the request on the first loss
    sends = 0
    while True:
        sends += 1
        outcome = yield Step.SEND, None
        lost = _lost(outcome)
        if not lost and not (sends > 1 and _refused(outcome)):
            if isinstance(outcome, Exception):
                raise outcome
            return outcome, None, sends
        if arguments is None:
            arguments = lookup_arguments(op, rule, lookup, kwargs)
        if arguments is None:
            # The id was not given (the model requires it, so the server refuses): as today.
            if isinstance(outcome, Exception):
                raise outcome
            return outcome, None, sends
        found = yield Step.LOOKUP, arguments
        if isinstance(found, NotFoundError) or (
            isinstance(found, ApiResponse) and found.status_code == 404
        ):
            made = False
        elif isinstance(found, ApiResponse) and 200 <= found.status_code < 300:
            made = _found(op, rule, kwargs, json_or_none(found.content))
        else:
            error = OutcomeUnknownError(
                f"{op.operation_id} may or may not have taken effect: its answer was lost and "
                f"{lookup.operation_id} could not tell "
                f"({type(found).__name__}); check before sending it again",
                operation=op.operation_id,
            )
            if isinstance(found, Exception):
                raise error from found
            raise error
        _log.info(
            "%s answer lost (%s, send %d); %s %s",
            op.operation_id,
            _describe(outcome),
            sends,
            lookup.operation_id,
            "found it: the create took effect" if made else "found nothing",
        )
        if made:
            assert isinstance(found, ApiResponse)
            return found, found, sends
        if not lost or sends >= MAX_SENDS:
            # A refused resend of an object that is not there, or every send lost.
            if lost and isinstance(outcome, Exception):
                outcome.add_note(
                    f"{lookup.operation_id} found nothing after {sends} sends: "
                    f"{op.operation_id} did not take effect; sending it again is safe"
                )
            if isinstance(outcome, Exception):
                raise outcome
            return outcome, None, sends


def _describe(outcome: ApiResponse[Any] | Exception) -> str:
    if isinstance(outcome, ApiError | OutcomeUnknownError) and outcome.status is not None:
        return f"HTTP {outcome.status}"
    if isinstance(outcome, ApiResponse):
        return f"HTTP {outcome.status_code}"
    return type(outcome).__name__

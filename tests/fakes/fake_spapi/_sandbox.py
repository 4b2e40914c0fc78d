"""Amazon's ``x-amzn-api-sandbox`` static cases: a request that matches one gets its answer.

A case is one entry of ``responses.<status>.x-amzn-api-sandbox.static`` of an
operation in Amazon's model: ``request.parameters`` (by wire name, each
``{"value": ...}``, or ``{}`` for any value; the body as ``body`` or its
parameter name) and ``response`` (the body Amazon's sandbox answers, with
``<status>``). Of the cases whose every parameter the request carries with that
value, the one naming the most values answers (the first in the model's order
on a tie); requests matching none get the usual success body. A success case
whose answer breaks the model's own schema is left out (as broken examples
are), so the fake never answers what the client cannot parse; so is an error
case naming no value (it would fail every request). Values are
compared as the wire carries them: arrays comma-joined (or repeated, for
``multi``), booleans as ``true``/``false``, numbers by value, date-times as
instants (``Z`` or ``+00:00``), bodies as JSON.
"""

from __future__ import annotations

import datetime
import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from typing import Any
from urllib.parse import parse_qs

from ._catalog import Operation, load_model, model_facts, schema_problem

__all__ = ["SandboxCase", "cases", "match"]


@dataclass(frozen=True)
class SandboxCase:
    """One static case: what the request must carry, and the answer."""

    status: int
    parameters: Mapping[str, Any]
    has_response: bool
    response: Any = field(compare=False, default=None)
    headers: Mapping[str, str] = field(default_factory=dict)


@functools.cache
def cases(model_path: str, method: str, path: str) -> tuple[SandboxCase, ...]:
    """The usable static sandbox cases of one model operation, most specific first."""
    model = load_model(model_path)
    definitions = model.get("definitions", {})
    operation = model["paths"][path][method.lower()]
    out: list[SandboxCase] = []
    for status, response in (operation.get("responses") or {}).items():
        sandbox = response.get("x-amzn-api-sandbox") or {}
        schema = response.get("schema")
        for static in sandbox.get("static") or []:
            parameters = (static.get("request") or {}).get("parameters") or {}
            # An error case that names no value would fail every request: Amazon's
            # sandbox answers only the requests its cases spell out, so it is left out.
            if int(status) >= 400 and not any(
                isinstance(v, Mapping) and "value" in v for v in parameters.values()
            ):
                continue
            if (
                str(status).startswith("2")
                and schema is not None
                and "response" in static
                and schema_problem(schema, static["response"], definitions) is not None
            ):
                continue
            headers = static.get("responseHeaders") or {}
            out.append(
                SandboxCase(
                    status=int(status),
                    parameters=parameters,
                    has_response="response" in static,
                    response=static.get("response"),
                    headers={str(k): str(v) for k, v in headers.items() if isinstance(v, str)},
                )
            )
    # Most values named first; sorted() is stable, so the model's order breaks ties.
    return tuple(sorted(out, key=lambda case: -_named(case)))


def _named(case: SandboxCase) -> int:
    return sum(isinstance(v, Mapping) and "value" in v for v in case.parameters.values())


def _instant(text: str) -> datetime.datetime | None:
    if len(text) < 16 or text[4:5] != "-" or "T" not in text.upper():
        return None
    try:
        moment = datetime.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return moment.astimezone(datetime.UTC)


def _same_text(sent: str, want: Any) -> bool:
    if isinstance(want, bool):
        return sent == ("true" if want else "false")
    if isinstance(want, int | float):
        try:
            return float(sent) == float(want)
        except ValueError:
            return False
    text = str(want)
    if sent == text:
        return True
    moment = _instant(text)
    return moment is not None and moment == _instant(sent)


def _normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str):
        moment = _instant(value)
        return value if moment is None else moment
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _same_list(sent: Sequence[str], want: Any) -> bool:
    wanted = want if isinstance(want, list) else str(want).split(",")
    return len(sent) == len(wanted) and all(
        _same_text(s, w) for s, w in zip(sent, wanted, strict=True)
    )


_ABSENT = object()


def match(
    op: Operation,
    path_params: Mapping[str, str],
    query: str,
    headers: Message,
    body: bytes,
) -> SandboxCase | None:
    """The first sandbox case of ``op`` the request matches, or None."""
    if op.model is None:
        return None
    found = cases(op.model, op.method, op.path)
    if not found:
        return None
    params = {p.name: p for p in model_facts(op.model, op.method, op.path).params}
    bodies = [p.name for p in params.values() if p.location == "body"]
    values = parse_qs(query, keep_blank_values=True)
    sent_body: Any = _ABSENT
    if body.strip():
        try:
            sent_body = json.loads(body)
        except ValueError:
            sent_body = _ABSENT
    for case in found:
        if all(
            _param_matches(name, spec, params, bodies, path_params, values, headers, sent_body)
            for name, spec in case.parameters.items()
        ):
            return case
    return None


def _param_matches(
    name: str,
    spec: Any,
    params: Mapping[str, Any],
    bodies: Sequence[str],
    path_params: Mapping[str, str],
    query: Mapping[str, list[str]],
    headers: Message,
    sent_body: Any,
) -> bool:
    if not isinstance(spec, Mapping) or "value" not in spec:
        return True  # any value
    want = spec["value"]
    param = params.get(name)
    location = param.location if param is not None else ("body" if name == "body" else None)
    if location == "body" or (param is None and name in bodies):
        return sent_body is not _ABSENT and _normalise(sent_body) == _normalise(want)
    if location == "path":
        return name in path_params and _same_text(path_params[name], want)
    if location == "header":
        sent_header = headers.get(name)
        return sent_header is not None and _same_text(str(sent_header), want)
    if location == "query":
        sent = query.get(name)
        if not sent:
            return False
        if param is not None and param.type == "array":
            parts = sent if param.collection_format == "multi" else sent[0].split(",")
            return _same_list(parts, want)
        return len(sent) == 1 and _same_text(sent[0], want)
    return False

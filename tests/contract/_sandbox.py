"""Amazon's ``x-amzn-api-sandbox`` static cases, replayed through the public client.

A *sandbox case* is one entry of ``responses.<status>.x-amzn-api-sandbox.static``
of an operation: ``request.parameters`` (by wire name, each ``{"value": ...}``
or ``{}`` for "any value") and ``response`` (the body Amazon's sandbox answers
when a request matches). Cases are read from the fetched (cached) models of the
generated packages, parsed once per process; ``index`` counts an operation's
cases over all its responses, in the model's order.

For each case this module

1. checks it against Amazon's own schema (:func:`violations`): every given
   request parameter against its parameter schema, the body against the body
   schema, the response against the response schema; jsonschema Draft 4 (the
   dialect of Swagger 2.0, ``x-`` keys are unknown keywords and so ignored),
   with strict RFC 3339 ``date-time`` and ``date`` format checks, so impossible
   dates (``2024-02-30``) count. The request of an error case (4xx/5xx) is not
   checked: it is often invalid on purpose;
2. plans the call (:func:`plan`): the generated function's keyword arguments,
   mapped from wire names with the table's ``params`` column, and the request
   Amazon's sandbox would match (method, path, query with csv arrays joined,
   headers, JSON body);
3. replays it (:func:`run_case`, :func:`arun_case`): ``SellingPartner`` or
   ``AsyncSellingPartner`` over an in-process ``httpx.MockTransport`` that
   answers the token request, serves the case's answer when the request
   matches the case and answers 500 otherwise (as Amazon's sandbox does); then
   checks the parsed model round-trips. An error case must also raise the
   matching exception carrying Amazon's ``errors``.

:func:`problems` gives the one list a test compares with
``sandbox_errors.toml``: the schema violations if any, else what went wrong in
the replay; an empty list means the case passes.

Parameters a case leaves out but the operation requires get a small value the
parameter's schema accepts (:func:`filler`): Amazon's sandbox matches only on
the parameters a case names. Date-times are compared as instants: the
generated code writes ``+00:00`` and microseconds where Amazon writes ``Z`` and
milliseconds.
"""

from __future__ import annotations

import copy
import datetime
import functools
import importlib
import inspect
import json
import re
import tomllib
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import jsonschema
from _preprocess import apply_patches, iter_operations
from dateutil.parser import isoparse
from fetch_models import fetch
from regenerate import load_patches
from selling_partner_generated import operations as table
from spec_registry import load_registry

__all__ = [
    "ACCESS_TOKEN",
    "COUNTS_PATH",
    "ENDPOINT",
    "FORMATS",
    "LISTED_PATH",
    "NO_BODY",
    "TOKEN_URL",
    "ClientFactory",
    "Param",
    "Plan",
    "Replay",
    "SandboxCase",
    "all_cases",
    "aproblems",
    "arun_case",
    "async_client",
    "call_kwargs",
    "coerce",
    "counts",
    "filler",
    "kind_of",
    "listed",
    "models",
    "normalise",
    "plan",
    "problems",
    "raw_models",
    "render_counts",
    "render_listed",
    "request_mismatches",
    "run_case",
    "schema_check",
    "sync_client",
    "violations",
]

Spec = dict[str, Any]

TOKEN_URL = "https://lwa.sandbox.test/auth/o2/token"
ENDPOINT = "https://sandbox.sp.test"
# Answered by the replay server's token endpoint; a test value, not a secret.
ACCESS_TOKEN = "Atza" + "|sandbox-replay"  # split: no token-shaped literal is tracked
CLIENT_SECRET = "sandbox-client-secret"
REFRESH_TOKEN = "Atzr" + "|sandbox-refresh"

# ------------------------------------------------------------------ formats

_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})",
    re.ASCII,
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)

#: The format checks of Swagger 2.0 that matter for SP-API: ``date-time`` is
#: RFC 3339 (an offset is required) and a real calendar instant; ``date`` is
#: RFC 3339 ``full-date``.
FORMATS = jsonschema.FormatChecker(formats=())


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.fullmatch(value):
        return False
    stamp = value[:10] + "T" + value[11:]
    datetime.datetime.fromisoformat(stamp.replace("z", "Z").replace("Z", "+00:00"))
    return True


def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _DATE.fullmatch(value):
        return False
    datetime.date.fromisoformat(value)
    return True


# A ValueError from the date parsers (2024-02-30) is a failed check too.
FORMATS.checks("date-time", raises=ValueError)(_is_date_time)
FORMATS.checks("date", raises=ValueError)(_is_date)


# ------------------------------------------------------------------- models


@functools.cache
def raw_models() -> dict[str, Spec]:
    """package -> Amazon's model as published, for every generated package.

    Read once per process from the fetched cache (``scripts/fetch_models.py``
    fills it from the mirror, checking every sha256). Do not modify.
    """
    registry = load_registry()
    paths = fetch([registry.get(package) for package in table.API_PACKAGES], registry=registry)
    return {package: json.loads(path.read_text("utf-8")) for package, path in sorted(paths.items())}


@functools.cache
def models() -> dict[str, Spec]:
    """package -> Amazon's model with the project's patches (what was generated)."""
    return {
        package: apply_patches(copy.deepcopy(raw), load_patches(package))
        for package, raw in raw_models().items()
    }


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


# Keys of a Swagger 2.0 non-body parameter that are JSON Schema keywords.
_PARAM_SCHEMA_KEYS = (
    "type",
    "format",
    "items",
    "enum",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "multipleOf",
    "default",
)


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter of an operation, as the model declares it."""

    wire: str
    location: str  # path, query, header, body, formData
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True, slots=True, eq=False)  # compared and hashed by identity
class SandboxCase:
    """One static sandbox case of one operation."""

    package: str
    operation_id: str
    name: str  # python function name in the operation table
    method: str
    path: str
    status: int
    index: int  # position among the operation's static cases (all statuses), from 0
    parameters: Mapping[str, Any]
    has_response: bool
    response: Any
    response_headers: Mapping[str, str]
    response_schema: Mapping[str, Any] | None
    params: tuple[Param, ...] = field(repr=False)

    @property
    def id(self) -> str:
        """The test id: ``<package>::<operationId>::<case index>``."""
        return f"{self.package}::{self.operation_id}::{self.index}"

    @property
    def facts(self) -> Mapping[str, Any]:
        """The operation's row of the generated operation table."""
        row: Mapping[str, Any] = table.OPERATIONS[self.package][self.name]
        return row


def _params(spec: Spec, path: str, operation: Mapping[str, Any]) -> tuple[Param, ...]:
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*spec["paths"][path].get("parameters", []), *operation.get("parameters", [])]:
        param = _resolve(spec, raw)
        merged[(param["in"], param["name"])] = param
    out = []
    for param in merged.values():
        if param["in"] == "body":
            schema = param.get("schema", {})
        else:
            schema = {k: param[k] for k in _PARAM_SCHEMA_KEYS if k in param}
        out.append(Param(param["name"], param["in"], bool(param.get("required")), schema))
    return tuple(out)


def _cases_of(package: str, spec: Spec) -> Iterator[SandboxCase]:
    rows = {
        (str(facts["method"]), str(facts["path"])): (name, facts)
        for name, facts in table.OPERATIONS[package].items()
    }
    for path, method, operation in iter_operations(spec):
        row = rows.get((method.upper(), path))
        if row is None:
            raise AssertionError(f"{package}: {method.upper()} {path} is not in operations.py")
        name, facts = row
        params = _params(spec, path, operation)
        index = 0
        for status, response in (operation.get("responses") or {}).items():
            sandbox = response.get("x-amzn-api-sandbox") or {}
            for static in sandbox.get("static") or []:
                yield SandboxCase(
                    package=package,
                    operation_id=str(facts["operation_id"]),
                    name=name,
                    method=method.upper(),
                    path=path,
                    status=int(status),
                    index=index,
                    parameters=(static.get("request") or {}).get("parameters") or {},
                    has_response="response" in static,
                    response=static.get("response"),
                    response_headers=static.get("responseHeaders") or {},
                    response_schema=response.get("schema"),
                    params=params,
                )
                index += 1


@functools.cache
def all_cases() -> tuple[SandboxCase, ...]:
    """Every static sandbox case (all statuses) of every generated package, sorted by id."""
    cases = [case for package, spec in models().items() for case in _cases_of(package, spec)]
    return tuple(sorted(cases, key=lambda c: (c.package, c.operation_id, c.index)))


# --------------------------------------------------------------- violations


def schema_check(spec: Spec, schema: Mapping[str, Any], value: Any, where: str) -> list[str]:
    """``value`` against ``schema`` (refs into ``spec``): ``<where><pointer>: why`` lines."""
    full = {**schema, "definitions": spec.get("definitions", {})}
    validator = jsonschema.Draft4Validator(full, format_checker=FORMATS)
    errors = sorted(validator.iter_errors(value), key=lambda e: [str(p) for p in e.path])
    return [f"{where}{''.join(f'/{p}' for p in e.path)}: {_message(e)}" for e in errors]


def _message(error: jsonschema.ValidationError) -> str:
    # A well-formed but impossible date (2024-02-30) says so: the parser's reason.
    if error.validator == "format" and error.cause is not None:
        return f"{error.message} ({error.cause})"
    return error.message


def _case_param(case: SandboxCase, wire: str) -> Param | None:
    for param in case.params:
        if param.wire == wire:
            return param
    # The body parameter's name never reaches the wire; Amazon's cases call it "body".
    if wire == "body":
        bodies = [p for p in case.params if p.location == "body"]
        if len(bodies) == 1:
            return bodies[0]
    return None


@functools.cache
def _violations(case: SandboxCase) -> tuple[str, ...]:
    return tuple(_schema_violations(case))


def violations(case: SandboxCase) -> list[str]:
    """Where the case breaks Amazon's own model, one ``<where>: <message>`` line each.

    ``<where>`` is ``request.<location>.<wire name>``, ``request.body`` or
    ``response``, followed by the JSON pointer inside the value. Computed once
    per case and process.
    """
    return list(_violations(case))


def _schema_violations(case: SandboxCase) -> list[str]:
    """The schema check behind :func:`violations`."""
    # An error case's request is often invalid on purpose: that is what makes
    # Amazon's sandbox answer 400. Only its response is checked.
    found = request_violations(case) if case.status < 400 else []
    return found + _response_violations(case)


@functools.cache
def _request_violations(case: SandboxCase) -> tuple[str, ...]:
    spec = models()[case.package]
    found: list[str] = []
    for wire, given in sorted(case.parameters.items()):
        param = _case_param(case, wire)
        if param is None:
            found.append(f"request.{wire}: the operation has no parameter {wire!r}")
            continue
        if not isinstance(given, Mapping):
            found.append(f"request.{wire}: a case parameter must be an object, got {given!r}")
            continue
        if "value" in given:
            where = (
                "request.body"
                if param.location == "body"
                else f"request.{param.location}.{param.wire}"
            )
            found += schema_check(spec, param.schema, given["value"], where)
    return tuple(found)


def request_violations(case: SandboxCase) -> list[str]:
    """Where the case's request breaks Amazon's model (any status)."""
    return list(_request_violations(case))


def _response_violations(case: SandboxCase) -> list[str]:
    spec = models()[case.package]
    found: list[str] = []
    if case.status == 204:
        # RFC 9110: a 204 ends after its headers, whatever schema the model gives it
        # (the pipeline drops such schemas too); an empty body in the case is fine.
        if case.has_response and case.response not in (None, "", {}):
            found.append("response: a body for a 204, which never has one")
    elif case.response_schema is not None:
        if not case.has_response:
            found.append("response: the case has no response, the model documents a body")
        else:
            found += schema_check(spec, case.response_schema, case.response, "response")
    elif case.has_response and case.response not in (None, "", {}):
        found.append(f"response: a body where the model documents none for {case.status}")
    return found


# --------------------------------------------------------------------- plan


def filler(schema: Mapping[str, Any], spec: Spec, depth: int = 0) -> Any:
    """A small value ``schema`` accepts, for a parameter the case leaves out."""
    schema = _resolve(spec, schema)
    if depth > 30:
        raise AssertionError("schema nests too deep for a filler value")
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object" or "allOf" in schema:
        merged = dict(schema.get("properties", {}))
        required = list(schema.get("required", []))
        for part in schema.get("allOf", []):
            part = _resolve(spec, part)
            merged.update(part.get("properties", {}))
            required += part.get("required", [])
        return {name: filler(merged[name], spec, depth + 1) for name in required}
    if kind == "array":
        count = max(1, int(schema.get("minItems", 1)))
        return [filler(schema.get("items", {}), spec, depth + 1) for _ in range(count)]
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2026-01-15T10:00:00Z"
        if fmt == "date":
            return "2026-01-15"
        size = max(1, int(schema.get("minLength", 1)))
        pattern = schema.get("pattern")
        for letter in ("x", "X", "1"):
            if pattern is None or re.search(pattern, letter * size):
                return letter * size
        raise AssertionError(f"no filler value for the pattern {pattern!r}; extend filler()")
    if kind in ("integer", "number"):
        return max(1, int(schema.get("minimum", 1)))
    if kind == "boolean":
        return False
    return {}


@dataclass(frozen=True, slots=True)
class Plan:
    """The call to make and the request Amazon's sandbox would match."""

    kwargs: Mapping[str, Any]  # python name -> JSON value (coerced at call time)
    path: tuple[str, ...]  # decoded path segments
    query: Mapping[str, tuple[str, ...]]
    date_time_query: frozenset[str]
    defaults: Mapping[str, str]  # optional query parameters the case leaves out: the default
    headers: Mapping[str, str]
    body: Any  # JSON value, or NO_BODY
    filled: tuple[str, ...]  # wire names the case left out and we filled


NO_BODY = object()


def _wire_text(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(_wire_text(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def plan(case: SandboxCase) -> Plan:
    """Map the case's parameters to the generated function's kwargs and the expected request.

    Raises:
        LookupError: the case names a parameter the generated function does not take.
    """
    spec = models()[case.package]
    names: Mapping[str, Any] = case.facts["params"]
    given: dict[str, tuple[Param, Any]] = {}
    for wire, entry in case.parameters.items():
        param = _case_param(case, wire)
        if param is None:
            raise LookupError(f"the operation has no parameter {wire!r}")
        if "value" in entry:
            given[param.wire] = (param, entry["value"])
    filled: list[str] = []
    for param in case.params:
        if param.wire not in given and param.required:
            value = filler(param.schema, spec)
            wrong = schema_check(spec, param.schema, value, f"filler for {param.wire}")
            if wrong:
                raise AssertionError(f"{case.id}: " + "; ".join(wrong))
            given[param.wire] = (param, value)
            filled.append(param.wire)
    kwargs: dict[str, Any] = {}
    values: dict[str, Any] = {}
    query: dict[str, tuple[str, ...]] = {}
    dates: set[str] = set()
    headers: dict[str, str] = {}
    body: Any = NO_BODY
    multi = set(case.facts.get("multi") or ())
    for wire, (param, value) in sorted(given.items()):
        location = param.location
        if location == "body":
            python = names.get("body")
            body = value
        else:
            python = (names.get(location) or {}).get(wire)
        if python is None:
            raise LookupError(
                f"the generated function takes no {location} parameter {wire!r} "
                f"(params column: {names!r})"
            )
        kwargs[str(python)] = value
        values[wire] = value
        if location == "query":
            if param.schema.get("format") == "date-time" or (
                param.schema.get("items", {}).get("format") == "date-time"
            ):
                dates.add(wire)
            if isinstance(value, list):
                items = [_wire_text(v) for v in value]
                query[wire] = tuple(items) if wire in multi else (",".join(items),)
            else:
                query[wire] = (_wire_text(value),)
        elif location == "header":
            headers[wire.lower()] = _wire_text(value)
    # The generated functions send an optional parameter's default when not given;
    # Amazon's sandbox ignores the parameters a case does not name, so both match.
    defaults = {
        param.wire: _wire_text(param.schema["default"])
        for param in case.params
        if param.location == "query" and param.wire not in given and "default" in param.schema
    }
    segments = []
    for segment in case.path.split("/"):
        segments.append(
            re.sub(
                r"\{([^}]+)\}", lambda m: _wire_text(values.get(m.group(1), m.group(0))), segment
            )
        )
    return Plan(
        kwargs=kwargs,
        path=tuple(segments),
        query=query,
        date_time_query=frozenset(dates),
        defaults=defaults,
        headers=headers,
        body=body,
        filled=tuple(filled),
    )


# ------------------------------------------------------------------ coercion


def _strip_unset(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [a for a in typing.get_args(annotation) if getattr(a, "__name__", "") != "Unset"]
    return [annotation]


def coerce(value: Any, annotation: Any) -> Any:
    """A JSON value as the Python type the generated argument annotation asks for."""
    for option in _strip_unset(annotation):
        origin = typing.get_origin(option)
        if origin is list and isinstance(value, list):
            (item,) = typing.get_args(option) or (Any,)
            return [coerce(v, item) for v in value]
        if not isinstance(option, type):
            continue
        if issubclass(option, Enum):
            return option(value)
        if option is datetime.datetime and isinstance(value, str):
            return isoparse(value)
        if option is datetime.date and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        if hasattr(option, "from_dict") and isinstance(value, dict):
            return option.from_dict(value)
    return value


@functools.cache
def _signature(module: str) -> inspect.Signature:
    return inspect.signature(importlib.import_module(module).sync_detailed)


def call_kwargs(case: SandboxCase, planned: Plan) -> dict[str, Any]:
    """The planned kwargs as the generated function's Python types."""
    signature = _signature(str(case.facts["module"]))
    out: dict[str, Any] = {}
    for name, value in planned.kwargs.items():
        out[name] = coerce(copy.deepcopy(value), signature.parameters[name].annotation)
    return out


# ----------------------------------------------------------------- normalise


def normalise(value: Any) -> Any:
    """JSON equal up to date-time spelling (``Z`` vs ``+00:00``, fraction zeros)."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and _RFC3339.fullmatch(value):
        try:
            return isoparse(value).astimezone(datetime.UTC)
        except ValueError:
            return value
    return value


# -------------------------------------------------------------------- replay


def request_mismatches(request: httpx.Request, case: SandboxCase, planned: Plan) -> list[str]:
    """How ``request`` differs from the one the case (and the filled values) describe."""
    found: list[str] = []
    if request.method != case.method:
        found.append(f"method: sent {request.method}, the case is {case.method}")
    raw_path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
    sent = tuple(unquote(s) for s in raw_path.split("/"))
    if sent != planned.path:
        found.append(f"path: sent {'/'.join(sent)!r}, the case is {'/'.join(planned.path)!r}")
    query: dict[str, list[str]] = {}
    for key, value in request.url.params.multi_items():
        query.setdefault(key, []).append(value)
    for key in sorted(set(query) | set(planned.query)):
        got = tuple(query.get(key, ()))
        want = planned.query.get(key, ())
        if key in planned.defaults and got in ((), (planned.defaults[key],)):
            continue
        if key in planned.date_time_query:
            got_n = tuple(normalise(v) for v in got)
            want_n = tuple(normalise(v) for v in want)
            same = got_n == want_n
        else:
            same = got == want
        if not same:
            found.append(f"query {key}: sent {list(got)!r}, the case is {list(want)!r}")
    for key, want_header in sorted(planned.headers.items()):
        if request.headers.get(key) != want_header:
            found.append(
                f"header {key}: sent {request.headers.get(key)!r}, the case is {want_header!r}"
            )
    content = request.content
    if planned.body is NO_BODY:
        if content:
            found.append("body: sent a body, the case has none")
    else:
        if request.headers.get("content-type", "").split(";")[0] != "application/json":
            found.append(f"body: content-type {request.headers.get('content-type')!r}")
        try:
            sent_body = json.loads(content)
        except ValueError:
            found.append("body: not JSON")
        else:
            if normalise(sent_body) != normalise(planned.body):
                found.append(
                    "body: differs from the case: "
                    + _first_difference(sent_body, planned.body, "sent")
                )
    return found


def _first_difference(got: Any, want: Any, verb: str, where: str = "") -> str:
    """Where two JSON values first differ (date-times compared as instants), raw values shown."""
    if isinstance(got, dict) and isinstance(want, dict):
        for key in sorted(set(got) | set(want)):
            if key not in got:
                return f"{where}/{key} missing"
            if key not in want:
                return f"{where}/{key} extra"
            if normalise(got[key]) != normalise(want[key]):
                return _first_difference(got[key], want[key], verb, f"{where}/{key}")
    if isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            if normalise(g) != normalise(w):
                return _first_difference(g, w, verb, f"{where}/{i}")
    return f"{where or '/'}: {verb} {got!r}, the case has {want!r}"


class Replay:
    """The local replay server: LWA token endpoint plus the one case's answer."""

    def __init__(self, case: SandboxCase, planned: Plan) -> None:
        self.case = case
        self.planned = planned
        self.mismatches: list[str] = []
        self.calls = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            return httpx.Response(
                200, json={"access_token": ACCESS_TOKEN, "token_type": "bearer", "expires_in": 3600}
            )
        self.calls += 1
        found = request_mismatches(request, self.case, self.planned)
        if request.headers.get("x-amz-access-token") != ACCESS_TOKEN:
            found.append("header x-amz-access-token: missing or not the LWA token")
        if found:
            self.mismatches += found
            # What Amazon's sandbox answers to a request that matches no case.
            return httpx.Response(
                500,
                json={
                    "errors": [{"code": "InternalFailure", "message": "no sandbox case matched"}]
                },
            )
        headers = {"content-type": "application/json"}
        for name, value in self.case.response_headers.items():
            # Amazon writes each header as {"value": ...}, like a request parameter.
            headers[name] = str(value["value"] if isinstance(value, Mapping) else value)
        if not self.case.has_response or self.case.status == 204:
            return httpx.Response(self.case.status, headers=headers)
        return httpx.Response(
            self.case.status, headers=headers, content=json.dumps(self.case.response).encode()
        )


def _to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [_to_json(p) for p in parsed]
    if hasattr(parsed, "to_dict"):
        return parsed.to_dict()
    return parsed


#: Builds a client from the replay handler and ``raise_errors``.
ClientFactory = Callable[["Replay", bool], Any]


def _prepare(case: SandboxCase) -> tuple[Plan, dict[str, Any]] | list[str]:
    try:
        planned = plan(case)
    except LookupError as exc:
        return [f"client: {exc}"]
    try:
        return planned, call_kwargs(case, planned)
    except (ValueError, TypeError, KeyError) as exc:
        return [
            f"client: cannot build the typed arguments from the case: {type(exc).__name__}: {exc}"
        ]


def _expected_errors(case: SandboxCase) -> list[tuple[str, str, str | None]]:
    body = case.response if isinstance(case.response, Mapping) else {}
    return [
        (str(e.get("code", "")), str(e.get("message", "")), e.get("details"))
        for e in body.get("errors") or []
        if isinstance(e, Mapping)
    ]


def refused_as_the_model_says(case: SandboxCase, replay: Replay, exc: BaseException | None) -> bool:
    """An error case whose request breaks Amazon's model, refused before anything was sent.

    Issue 9: the client checks arguments against the model, so Amazon's error
    cases that send an invalid request on purpose (an enum value the model does
    not list, a missing required field) end before the network. That is a pass
    only when jsonschema agrees the request breaks the model.
    """
    from selling_partner import InvalidArgumentError

    return (
        isinstance(exc, InvalidArgumentError)
        and replay.calls == 0
        and case.status >= 400
        and bool(request_violations(case))
    )


def _check_raised(case: SandboxCase, replay: Replay, exc: BaseException | None) -> list[str]:
    """An error case with ``raise_errors=True``: the right exception, Amazon's errors in it."""
    from selling_partner import ApiError, AuthError

    if refused_as_the_model_says(case, replay, exc):
        return []
    found = [f"request: {m}" for m in replay.mismatches]
    if found:
        return found
    if not isinstance(exc, ApiError | AuthError):
        what = "nothing" if exc is None else f"{type(exc).__name__}: {exc}"
        return [f"raise: expected an ApiError/AuthError for {case.status}, got {what}"]
    if exc.status != case.status:
        found.append(f"raise: status {exc.status}, the case is {case.status}")
    got = [(e.code, e.message, e.details) for e in exc.errors]
    if got != _expected_errors(case):
        found.append(f"raise: errors {got!r}, the case has {_expected_errors(case)!r}")
    return found


def _check_answer(
    case: SandboxCase, replay: Replay, result: Any, exc: BaseException | None
) -> list[str]:
    """The answer with ``raise_errors=False``: status, model, round trip."""
    if refused_as_the_model_says(case, replay, exc):
        return []
    found = [f"request: {m}" for m in replay.mismatches]
    if found:
        return found  # the 500 that follows a mismatch says nothing more
    if exc is not None:
        return [f"call: {type(exc).__name__}: {exc}"]
    if replay.calls != 1 and not (case.status in (401, 403) and replay.calls == 2):
        # 401/403: LwaAuth refreshes the token once and resends when Amazon says it is bad.
        found.append(f"call: {replay.calls} requests sent, expected 1")
    if result.status_code != case.status:
        found.append(f"response: status {result.status_code}, the case is {case.status}")
    if case.status == 204 or case.response_schema is None:
        if result.parsed is not None:
            found.append(f"response: parsed {type(result.parsed).__name__}, expected nothing")
        return found
    if result.parsed is None:
        return [*found, "response: nothing parsed"]
    back = _to_json(result.parsed)
    if normalise(back) != normalise(case.response):
        found.append(
            "response: to_dict() differs from the case: "
            + _first_difference(back, case.response, "parsed")
        )
    return found


def _call(
    case: SandboxCase, planned: Plan, kwargs: dict[str, Any], factory: ClientFactory, raising: bool
) -> tuple[Replay, Any, BaseException | None]:
    replay = Replay(case, planned)
    sp = factory(replay, raising)
    result: Any = None
    error: BaseException | None = None
    try:
        result = getattr(getattr(sp, case.package), case.name).detailed(**kwargs)
    except Exception as exc:  # reported as the case's problem
        error = exc
    finally:
        sp.close()
    return replay, result, error


async def _acall(
    case: SandboxCase, planned: Plan, kwargs: dict[str, Any], factory: ClientFactory, raising: bool
) -> tuple[Replay, Any, BaseException | None]:
    replay = Replay(case, planned)
    sp = factory(replay, raising)
    result: Any = None
    error: BaseException | None = None
    try:
        result = await getattr(getattr(sp, case.package), case.name).detailed(**kwargs)
    except Exception as exc:  # reported as the case's problem
        error = exc
    finally:
        await sp.aclose()
    return replay, result, error


def run_case(case: SandboxCase, factory: ClientFactory | None = None) -> list[str]:
    """Replay one case through ``SellingPartner`` (or ``factory``); the problems found.

    An error case (4xx/5xx) is called twice: ``raise_errors=True`` must raise
    the matching exception carrying Amazon's ``errors``; ``raise_errors=False``
    must return the generated error model, which must round-trip.
    """
    factory = factory or sync_client
    prepared = _prepare(case)
    if isinstance(prepared, list):
        return prepared
    planned, kwargs = prepared
    found: list[str] = []
    if case.status >= 400:
        replay, _result, exc = _call(case, planned, kwargs, factory, True)
        found += _check_raised(case, replay, exc)
        if replay.mismatches:
            return found  # the second call would send the same request
    return found + _check_answer(case, *_call(case, planned, kwargs, factory, False))


async def arun_case(case: SandboxCase, factory: ClientFactory | None = None) -> list[str]:
    """:func:`run_case` through ``AsyncSellingPartner`` (or an async ``factory``)."""
    factory = factory or async_client
    prepared = _prepare(case)
    if isinstance(prepared, list):
        return prepared
    planned, kwargs = prepared
    found: list[str] = []
    if case.status >= 400:
        replay, _result, exc = await _acall(case, planned, kwargs, factory, True)
        found += _check_raised(case, replay, exc)
        if replay.mismatches:
            return found  # the second call would send the same request
    return found + _check_answer(case, *await _acall(case, planned, kwargs, factory, False))


def _client_options(
    handler: Callable[[httpx.Request], httpx.Response], raise_errors: bool
) -> dict[str, Any]:
    from selling_partner import RetryPolicy

    return {
        "client_id": "amzn1.application-oa2-client.sandbox",
        "client_secret": CLIENT_SECRET,
        "refresh_token": REFRESH_TOKEN,
        "endpoint": ENDPOINT,
        "token_url": TOKEN_URL,
        "rate_limiting": False,
        "raise_errors": raise_errors,
        "retry": RetryPolicy(max_attempts=1),
        "env": {},
    }


def _no_wait(seconds: float) -> None:
    # One request per call, no retries, limiter off: a wait would be a bug in the replay.
    raise AssertionError(f"the replay client tried to sleep {seconds} s")


def sync_client(
    handler: Callable[[httpx.Request], httpx.Response], raise_errors: bool = True
) -> Any:
    """A SellingPartner whose inner transport calls ``handler``; nothing waits or retries."""
    from selling_partner import SellingPartner

    return SellingPartner(
        transport=httpx.MockTransport(handler),
        sleep=_no_wait,
        **_client_options(handler, raise_errors),
    )


def async_client(
    handler: Callable[[httpx.Request], httpx.Response], raise_errors: bool = True
) -> Any:
    """An AsyncSellingPartner whose inner transport calls ``handler``; nothing waits."""
    from selling_partner import AsyncSellingPartner

    async def no_wait(seconds: float) -> None:
        _no_wait(seconds)

    return AsyncSellingPartner(
        transport=httpx.MockTransport(handler),
        sleep=no_wait,
        **_client_options(handler, raise_errors),
    )


def problems(case: SandboxCase) -> list[str]:
    """The schema violations of the case, else the problems of its replay; ``[]`` passes."""
    found = violations(case)
    if found:
        return found
    return run_case(case)


async def aproblems(case: SandboxCase) -> list[str]:
    """:func:`problems` through ``AsyncSellingPartner``."""
    found = violations(case)
    if found:
        return found
    return await arun_case(case)


# ------------------------------------------------------------ listing, counts

LISTED_PATH = Path(__file__).with_name("sandbox_errors.toml")
COUNTS_PATH = Path(__file__).with_name("counts.json")
EXAMPLE_ERRORS_PATH = Path(__file__).with_name("amazon_example_errors.toml")

_TOML_HEADER = """\
# Amazon's x-amzn-api-sandbox static cases that do not pass, with the exact reason.
#
# Written by `.venv/bin/python tests/contract/_sandbox_update.py`; checked by
# tests/contract/test_sandbox.py (sync and async shells), which fails when this
# list is stale either way: a new problem not listed, a listed case that now
# passes, a changed message. `index` counts the operation's static cases over
# all its responses, in the model's order; `status` is the case's response.
#
# kind = "amazon": the case breaks Amazon's own model (jsonschema Draft 4, the
#   dialect of Swagger 2.0, with strict RFC 3339 date-time/date checks, so
#   impossible dates count). Such a case is not replayed. The request of an
#   error case (4xx/5xx) is not checked: it is often invalid on purpose.
# kind = "client": the case is valid, but our typed client cannot send its
#   request (mostly error cases whose body lacks a required field or holds a
#   value its type cannot carry), or does not handle its answer as expected.
"""


@functools.cache
def listed() -> dict[str, dict[str, Any]]:
    """case id -> its entry in ``sandbox_errors.toml`` (read once per process)."""
    if not LISTED_PATH.exists():
        return {}
    data = tomllib.loads(LISTED_PATH.read_text("utf-8"))
    entries = data.get("case", [])
    out = {str(entry["id"]): entry for entry in entries}
    if len(out) != len(entries):
        raise AssertionError(f"{LISTED_PATH.name} lists a case twice")
    return out


def kind_of(case: SandboxCase) -> str:
    """``amazon`` when the case breaks Amazon's model, else ``client``."""
    return "amazon" if violations(case) else "client"


def _toml_string(text: str) -> str:
    # A JSON string is a TOML basic string (same escapes), kept readable.
    return json.dumps(text, ensure_ascii=False)


def render_listed(found: Mapping[SandboxCase, list[str]]) -> str:
    """The text of ``sandbox_errors.toml`` for the cases with problems."""
    lines = [_TOML_HEADER]
    for case in sorted(found, key=lambda c: (c.package, c.operation_id, c.index)):
        if not found[case]:
            continue
        lines += [
            "[[case]]",
            f"id = {_toml_string(case.id)}",
            f"package = {_toml_string(case.package)}",
            f"operation = {_toml_string(case.operation_id)}",
            f"index = {case.index}",
            f"status = {case.status}",
            f"kind = {_toml_string(kind_of(case))}",
            "violations = [",
            *(f"    {_toml_string(v)}," for v in found[case]),
            "]",
            "",
        ]
    return "\n".join(lines)


def _examples_listed() -> dict[str, int]:
    if not EXAMPLE_ERRORS_PATH.exists():
        return {}
    data = tomllib.loads(EXAMPLE_ERRORS_PATH.read_text("utf-8"))
    out: dict[str, int] = {}
    for entry in data.get("example", []):
        if entry.get("source") == "examples":
            out[entry["package"]] = out.get(entry["package"], 0) + 1
    return out


def counts(listing: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    """Per package: operations, sandbox cases (passing, listed), 2xx examples (passing, listed).

    ``*_passing`` is ``total - listed``: every case not listed must pass (the
    tests enforce it). The example figures follow ``amazon_example_errors.toml``
    (the response ``examples`` of 2xx responses, see ``_examples.py``).
    """
    from contract._examples import two_xx_cases

    by_package: dict[str, list[SandboxCase]] = {}
    for case in all_cases():
        by_package.setdefault(case.package, []).append(case)
    examples_listed = _examples_listed()
    out: dict[str, dict[str, int]] = {}
    for package in sorted(table.OPERATIONS):
        cases = by_package.get(package, [])
        listed_here = sum(1 for c in cases if c.id in listing)
        examples = sum(
            1 for c in two_xx_cases(package, raw_models()[package]) if c.source == "examples"
        )
        example_errors = examples_listed.get(package, 0)
        out[package] = {
            "operations": len(table.OPERATIONS[package]),
            "sandbox_cases": len(cases),
            "sandbox_passing": len(cases) - listed_here,
            "sandbox_listed": listed_here,
            "examples": examples,
            "examples_passing": examples - example_errors,
            "examples_listed": example_errors,
        }
    return out


def render_counts(data: Mapping[str, Any]) -> str:
    """``counts.json``: sorted keys, two-space indent, a final newline."""
    return json.dumps(data, indent=2, sort_keys=True) + "\n"

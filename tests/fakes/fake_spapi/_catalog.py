"""What the fake knows about each operation: route, rate plan, parameters, answer.

Routes and rate plans come from the generated operation table
(``selling_partner_generated.operations``); parameters and the success body come
from Amazon's model named in that table, read from the fetched model cache.
Bodies Amazon got wrong are replaced by hand-written ones in ``responses/``.
"""

from __future__ import annotations

import copy
import datetime
import difflib
import functools
import importlib
import json
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

__all__ = [
    "FALLBACK_TABLE",
    "Operation",
    "Param",
    "Router",
    "body_source",
    "default_body",
    "load_model",
    "load_operations",
    "model_facts",
    "operation_key",
    "schema_problem",
    "valid_date",
]

_HERE = Path(__file__).resolve().parent
# The repository (tests/fakes/fake_spapi); installed (selling_partner/testing/_fake) it
# has no scripts/fetch_models.py, so the models come from testing/_models.py.
_ROOT = _HERE.parents[2]
_RESPONSES = _HERE / "responses"
_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# Used only while the generated table does not exist yet (or lacks an API).
FALLBACK_TABLE: dict[str, dict[str, dict[str, object]]] = {
    "fulfillment_outbound_v2020_07_01": {
        "get_package_tracking_details": {
            "operation_id": "getPackageTrackingDetails",
            "method": "GET",
            "path": "/fba/outbound/2020-07-01/tracking",
            "rate": 2.0,
            "burst": 30,
            "csv": (),
            "multi": (),
            "retry_safe": True,
            "pagination": None,
        },
        "list_all_fulfillment_orders": {
            "operation_id": "listAllFulfillmentOrders",
            "method": "GET",
            "path": "/fba/outbound/2020-07-01/fulfillmentOrders",
            "rate": 2.0,
            "burst": 30,
            "csv": (),
            "multi": (),
            "retry_safe": True,
            "pagination": {"request": "nextToken", "response": ("payload", "nextToken")},
        },
    },
}
_FALLBACK_MODELS = {
    "fulfillment_outbound_v2020_07_01": (
        "models/fulfillment-outbound-api-model/fulfillmentOutbound_2020-07-01.json"
    ),
}

# On later pages these string fields of each list item get a page suffix, so the
# pages of a paginated answer hold distinct records (data, not code per operation).
# Keyed by Operation.key.
PAGE_ITEM_IDS: dict[str, tuple[tuple[str, ...], str]] = {
    "fulfillment_outbound_v2020_07_01.listAllFulfillmentOrders": (
        ("payload", "fulfillmentOrders"),
        "sellerFulfillmentOrderId",
    ),
    "fulfillment_outbound_v2026_07_04.listOrders": (("orders",), "orderId"),
}


@dataclass(frozen=True)
class Param:
    """One request parameter of an operation, as the model declares it."""

    name: str
    location: str
    required: bool
    type: str | None = None
    enum: tuple[str, ...] | None = None
    item_type: str | None = None
    item_enum: tuple[str, ...] | None = None
    collection_format: str | None = None
    format: str | None = None
    schema: Mapping[str, Any] | None = field(default=None, compare=False, hash=False)


@dataclass(frozen=True)
class Operation:
    """One routed operation: the table's facts plus the compiled path.

    ``key`` names it in stats, controls and ``responses/``:
    ``<package>.<operationId>`` (:func:`operation_key`), always qualified, so a
    name a test uses today stays unambiguous when a new model shares the
    operationId.
    """

    operation_id: str
    package: str
    method: str
    path: str
    model: str | None
    rate: float | None
    burst: int | None
    pagination: tuple[str, tuple[str, ...]] | None
    csv: tuple[str, ...] = ()
    multi: tuple[str, ...] = ()
    grantless_scope: str | None = None
    key: str = ""
    regex: re.Pattern[str] = field(default=re.compile(""), compare=False)
    path_names: tuple[str, ...] = ()
    literal_segments: int = 0


def _compile(template: str) -> tuple[re.Pattern[str], tuple[str, ...], int]:
    names: list[str] = []
    pattern = ""
    literal = 0
    for segment in template.strip("/").split("/"):
        match = re.fullmatch(r"\{([^}]+)\}", segment)
        if match:
            names.append(match.group(1))
            pattern += "/([^/]+)"
        else:
            literal += 1
            pattern += "/" + re.escape(segment)
    return re.compile(pattern + "/?"), tuple(names), literal


def _generated_table() -> tuple[Mapping[str, Any], Mapping[str, Any]] | None:
    try:
        module = importlib.import_module("selling_partner_generated.operations")
    except ImportError:
        return None
    return getattr(module, "OPERATIONS", {}), getattr(module, "API_PACKAGES", {})


def load_operations(
    table: Mapping[str, Mapping[str, Mapping[str, object]]] | None = None,
    api_packages: Mapping[str, Mapping[str, str]] | None = None,
) -> list[Operation]:
    """Read the operation table (the generated one unless ``table`` is given)."""
    if table is None:
        generated = _generated_table()
        if generated is not None and generated[0]:
            table, packages = generated
            # The fallback fills APIs the generated table does not cover yet.
            table = {**FALLBACK_TABLE, **table}
            api_packages = {
                **{k: {"model": v} for k, v in _FALLBACK_MODELS.items()},
                **packages,
                **(api_packages or {}),
            }
        else:
            table = FALLBACK_TABLE
    if api_packages is None:
        api_packages = {k: {"model": v} for k, v in _FALLBACK_MODELS.items()}
    out: list[Operation] = []
    for package, functions in table.items():
        model = api_packages.get(package, {}).get("model")
        for facts in functions.values():
            regex, names, literal = _compile(str(facts["path"]))
            raw_pagination = facts.get("pagination")
            pagination = None
            if isinstance(raw_pagination, Mapping):
                pagination = (
                    str(raw_pagination["request"]),
                    tuple(str(p) for p in raw_pagination["response"]),
                )
            rate = facts.get("rate")
            burst = facts.get("burst")
            out.append(
                Operation(
                    operation_id=str(facts["operation_id"]),
                    package=package,
                    method=str(facts["method"]).upper(),
                    path=str(facts["path"]),
                    model=model,
                    rate=float(rate) if isinstance(rate, int | float) else None,
                    burst=int(burst) if isinstance(burst, int | float) else None,
                    pagination=pagination,
                    csv=tuple(str(x) for x in _seq(facts.get("csv"))),
                    multi=tuple(str(x) for x in _seq(facts.get("multi"))),
                    grantless_scope=_text_or_none(facts.get("grantless_scope")),
                    regex=regex,
                    path_names=names,
                    literal_segments=literal,
                )
            )
    return [replace(op, key=operation_key(op.package, op.operation_id)) for op in out]


def operation_key(package: str, operation_id: str) -> str:
    """The fake's one name of an operation: ``<package>.<operationId>``.

    ``operation_key("fulfillment_outbound_v2020_07_01", "getPackageTrackingDetails")``
    is ``"fulfillment_outbound_v2020_07_01.getPackageTrackingDetails"``.
    """
    return f"{package}.{operation_id}"


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _seq(value: object) -> Sequence[object]:
    return value if isinstance(value, list | tuple) else ()


class Router:
    """Finds the operation for a method and a path; literal segments win."""

    def __init__(self, operations: Sequence[Operation]) -> None:
        self.operations = sorted(operations, key=lambda op: -op.literal_segments)
        self.keys = tuple(sorted(op.key for op in operations))
        self.by_key = {op.key: op for op in operations}
        # operationId -> the keys that carry it: only to say what a bare name means.
        self.keys_of_id: dict[str, list[str]] = {}
        for key in self.keys:
            self.keys_of_id.setdefault(self.by_key[key].operation_id, []).append(key)

    def find(self, name: str) -> Operation:
        """The operation named ``<package>.<operationId>``.

        Raises:
            ValueError: ``name`` is a bare operationId (the message gives the
                qualified name(s) to use instead) or names no routed operation.
        """
        op = self.by_key.get(name)
        if op is not None:
            return op
        if name in self.keys_of_id:
            choices = " or ".join(repr(k) for k in self.keys_of_id[name])
            raise ValueError(
                f"name the operation as '<package>.<operationId>': for {name!r} use {choices}"
            )
        close = difflib.get_close_matches(name, self.keys, n=3, cutoff=0.6)
        hint = f"; did you mean {' or '.join(repr(k) for k in close)}?" if close else ""
        raise ValueError(
            f"unknown operation {name!r} (name it '<package>.<operationId>'; "
            f"{len(self.keys)} operations are routed, see FakeSpApi.operation_ids){hint}"
        )

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """Return ``(operation, path_params, path_known)`` for a request."""
        path_known = False
        for op in self.operations:
            found = op.regex.fullmatch(path)
            if not found:
                continue
            path_known = True
            if op.method == method:
                params = {n: unquote(v) for n, v in zip(op.path_names, found.groups(), strict=True)}
                return op, params, True
        return None, {}, path_known


def _fetch(model_path: str) -> Path | None:
    """The pinned, sha256-checked file (fetched into the cache if missing or bad).

    Always through ``fetch_models``: a file of another commit, or a corrupted
    one, left in ``.cache/models/`` is never read. Installed as
    ``selling_partner.testing`` (no scripts/ beside it), the same checks run
    into the user's cache folder.
    """
    if not (_ROOT / "scripts" / "fetch_models.py").is_file():
        installed = importlib.import_module("selling_partner.testing._models")
        return installed.fetch_model(model_path)  # type: ignore[no-any-return]
    scripts = str(_ROOT / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    fetch_models = importlib.import_module("fetch_models")
    spec_registry = importlib.import_module("spec_registry")
    registry = spec_registry.load_registry()
    model = next((m for m in registry.models if m.path == model_path), None)
    if model is None:
        return None
    return Path(fetch_models.fetch([model], registry=registry)[model.package])


@functools.cache
def load_model(model_path: str) -> dict[str, Any]:
    """Amazon's model ``model_path`` (``models/<api>-model/<file>.json``), parsed.

    Reads the pinned commit's file from the cache ``.cache/models/<commit>/``,
    running the fetch step (scripts/fetch_models.py) when it is not there yet.
    """
    found = _fetch(model_path)
    if found is None:
        raise FileNotFoundError(f"Amazon's model {model_path} is not in spec/registry.toml")
    with found.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


@dataclass(frozen=True)
class ModelFacts:
    """What the model says about one operation."""

    params: tuple[Param, ...]
    success_status: int
    response_schema: Mapping[str, Any] | None
    example: Any
    definitions: Mapping[str, Any]


def _param(raw: Mapping[str, Any]) -> Param:
    items = raw.get("items") or {}
    enum = raw.get("enum")
    item_enum = items.get("enum")
    return Param(
        name=str(raw["name"]),
        location=str(raw["in"]),
        required=bool(raw.get("required", False)),
        type=raw.get("type"),
        enum=tuple(str(v) for v in enum) if enum else None,
        item_type=items.get("type"),
        item_enum=tuple(str(v) for v in item_enum) if item_enum else None,
        collection_format=raw.get("collectionFormat"),
        format=raw.get("format"),
        schema=raw.get("schema"),
    )


def _example_body(examples: Any, schema: Mapping[str, Any] | None) -> Any:
    if not isinstance(examples, Mapping) or not examples:
        return None
    if "application/json" in examples:
        return examples["application/json"]
    if all("/" in key for key in examples):
        return next(iter(examples.values()))
    # Non-MIME keys (a defect in 13 models): the mapping itself is usually the body.
    properties = (schema or {}).get("properties") or {}
    if not properties or all(key in properties for key in examples):
        return dict(examples)
    return next(iter(examples.values()))


@functools.cache
def model_facts(model_path: str, method: str, path: str) -> ModelFacts:
    """Parameters, success status, schema and example of one model operation."""
    model = load_model(model_path)
    definitions = model.get("definitions", {})
    item = model["paths"][path]
    operation = item[method.lower()]
    raw_params = {(p["name"], p["in"]): p for p in item.get("parameters", [])}
    raw_params.update({(p["name"], p["in"]): p for p in operation.get("parameters", [])})
    responses = operation.get("responses", {})
    success = sorted(code for code in responses if str(code).startswith("2"))
    status = int(success[0]) if success else 200
    response = responses.get(str(status), {}) if success else {}
    # A 204 has no body (RFC 9110 15.3.5), whatever schema a model gives it; bytes
    # sent after a 204's headers would be read as the start of the next response.
    schema = response.get("schema") if status != 204 else None
    resolved = _resolve(schema, definitions) if schema else None
    return ModelFacts(
        params=tuple(_param(p) for p in raw_params.values()),
        success_status=status,
        response_schema=schema,
        example=_example_body(response.get("examples"), resolved) if status != 204 else None,
        definitions=definitions,
    )


def _resolve(schema: Mapping[str, Any], definitions: Mapping[str, Any]) -> Mapping[str, Any]:
    seen = 0
    while "$ref" in schema and seen < 50:
        schema = definitions[str(schema["$ref"]).rsplit("/", 1)[-1]]
        seen += 1
    return schema


_PATTERN_CANDIDATES = ("US", "USD", "A1B2C3", "1", "string")


def _merged(schema: Mapping[str, Any], definitions: Mapping[str, Any]) -> Mapping[str, Any]:
    """``schema`` with its ``allOf`` parts folded in (properties and required joined)."""
    schema = _resolve(schema, definitions)
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Any] = dict(merged.get("properties", {}))
    required: list[str] = list(merged.get("required", []))
    for part in schema["allOf"]:
        part = _merged(part, definitions)
        properties.update(part.get("properties", {}))
        required += [name for name in part.get("required", []) if name not in required]
        merged.setdefault("type", part.get("type"))
    merged.update(properties=properties, required=required)
    return merged


def _minimal(schema: Mapping[str, Any], definitions: Mapping[str, Any], depth: int = 0) -> Any:
    """The smallest value the schema accepts (required fields only, length limits kept)."""
    schema = _merged(schema, definitions)
    if depth > 20:
        return None
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object":
        properties = schema.get("properties", {})
        wanted = list(schema.get("required", []))
        # At the top, include the payload so callers get something to look at.
        if depth == 0 and "payload" in properties and "payload" not in wanted:
            wanted.append("payload")
        return {
            name: _minimal(properties[name], definitions, depth + 1)
            for name in wanted
            if name in properties
        }
    if kind == "array":
        item = _minimal(schema.get("items", {}), definitions, depth + 1)
        return [item] * int(schema.get("minItems", 0))
    if kind == "string":
        text = {"date-time": "2026-01-15T10:00:00Z", "date": "2026-01-15"}.get(
            str(schema.get("format")), "string"
        )
        low, high = int(schema.get("minLength", 0)), schema.get("maxLength")
        text = text.ljust(low, "x")
        text = text if high is None else text[: int(high)]
        pattern = schema.get("pattern")
        if pattern and not re.search(pattern, text):
            # Country and currency codes are the patterned strings of the models.
            text = next((c for c in _PATTERN_CANDIDATES if re.search(pattern, c)), text)
        return text
    if kind in ("integer", "number"):
        return schema.get("minimum", 0)
    if kind == "boolean":
        return False
    return {}


def valid_date(value: str, fmt: str) -> bool:
    """Whether ``value`` is an ISO 8601 ``date-time`` (or ``date``) Amazon would accept."""
    try:
        if fmt == "date":
            datetime.date.fromisoformat(value)
        else:
            datetime.datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def schema_problem(
    schema: Mapping[str, Any],
    value: Any,
    definitions: Mapping[str, Any],
    where: str = "body",
    depth: int = 0,
) -> str | None:
    """The first way ``value`` breaks ``schema`` (types, required, enums), or None.

    A small stdlib subset of JSON Schema, enough to catch a client that sends a
    wrong body; the message names the place, never the value (it may be PII).
    """
    schema = _resolve(schema, definitions)
    if depth > 30:
        return None
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    expected = _JSON_TYPES.get(str(kind))
    if expected is not None and (
        not isinstance(value, expected) or (kind != "boolean" and isinstance(value, bool))
    ):
        return f"{where} must be of type {kind}."
    if "enum" in schema and value not in schema["enum"]:
        return f"{where} is not one of the values the model allows."
    fmt = schema.get("format")
    if isinstance(value, str) and fmt in ("date-time", "date") and not valid_date(value, fmt):
        return f"{where} must be an ISO 8601 {fmt}."
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                return f"{where}.{name} is required."
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                problem = schema_problem(
                    sub, value[name], definitions, f"{where}.{name}", depth + 1
                )
                if problem:
                    return problem
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            problem = schema_problem(
                schema["items"], item, definitions, f"{where}[{index}]", depth + 1
            )
            if problem:
                return problem
    return None


def _apply_corrections(key: str, body: Any) -> Any:
    corrections_file = _RESPONSES / "corrections.json"
    if not corrections_file.is_file():
        return body
    corrections = json.loads(corrections_file.read_text(encoding="utf-8"))
    for patch in corrections.get(key, []):
        *parents, last = [
            int(p) if p.isdigit() else p for p in str(patch["path"]).strip("/").split("/")
        ]
        target = body
        for part in parents:
            target = target[part]
        if patch["op"] == "remove":
            del target[last]
        else:
            target[last] = patch["value"]
    return body


@functools.cache
def _default_body(op: Operation) -> tuple[str, str]:
    hand_written = _RESPONSES / f"{op.key}.json"
    if hand_written.is_file():
        return json.dumps(json.loads(hand_written.read_text(encoding="utf-8"))), "hand-written"
    if op.model is None:
        return json.dumps({"payload": {}}), "no model"
    facts = model_facts(op.model, op.method, op.path)
    if facts.response_schema is None:
        return json.dumps(None), "no body"  # e.g. a 204
    if facts.example is not None:
        body = _apply_corrections(op.key, copy.deepcopy(facts.example))
        problem = schema_problem(facts.response_schema, body, facts.definitions)
        if problem is None:
            return json.dumps(body), "example"
        # Amazon's example breaks its own schema and nobody corrected it yet: answer
        # something the client can parse rather than a body Amazon would never send.
        source = f"synthesized: the example breaks the schema ({problem})"
    else:
        source = "synthesized: no example"
    return json.dumps(_minimal(facts.response_schema, facts.definitions)), source


def default_body(op: Operation) -> Any:
    """A fresh copy of the schema-valid success body of ``op`` (None: no body)."""
    return json.loads(_default_body(op)[0])


def body_source(op: Operation) -> str:
    """Where ``op``'s success body comes from: ``hand-written``, ``example``, ...

    ``synthesized: ...`` means the smallest schema-valid body, used when the
    model has no example or its example breaks the schema: add a hand-written
    body or a correction in ``responses/`` to make it realistic.
    """
    return _default_body(op)[1]

"""Preprocessing of Amazon's Swagger 2.0 models, before conversion and generation.

Each step is a plain function on the parsed model (a ``dict``) so it can be
tested on tiny inline specs. Steps that change the model work in place on a
copy made by :func:`preprocess`, the one entry point ``regenerate.py`` uses.

The order matters and is fixed in :func:`preprocess`:

1. ``apply_patches``: our one-off, reasoned fixes (``spec/patches/<package>/``).
2. Generic defect fixes (they recur across models, see
   ``../shared/notes/models-findings.md``): ``drop_no_content_bodies``,
   ``fix_example_keys``,
   ``drop_collection_format_on_non_arrays``, ``dedupe_operation_ids``.
3. ``extract_operation_facts``: usage plans (rate, burst), csv/multi query
   arrays, pagination tokens; read from the prose *before* it is removed.
4. ``strip_prose``: every description/summary/title/example text goes; each
   operation gets a facts-only description (method, path, rate, reference).
5. Fixes that add names: ``title_clashing_inline_enums`` (after stripping,
   which removes Amazon's own titles) and ``name_digit_enum_values``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

__all__ = [
    "HTTP_METHODS",
    "PAGINATION_TOKENS",
    "OperationFacts",
    "PreprocessError",
    "Preprocessed",
    "UsagePlan",
    "UsagePlanError",
    "apply_patches",
    "class_name",
    "dedupe_operation_ids",
    "drop_collection_format_on_non_arrays",
    "drop_no_content_bodies",
    "extract_operation_facts",
    "facts_docstring",
    "fix_example_keys",
    "iter_operations",
    "name_digit_enum_values",
    "parse_usage_plan",
    "preprocess",
    "reference_url",
    "strip_prose",
    "title_clashing_inline_enums",
]

Spec = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
PAGINATION_TOKENS = ("nextToken", "NextToken", "paginationToken", "pageToken", "nextPageToken")
REFERENCE_BASE = "https://developer-docs.amazon.com/sp-api/reference/"


class PreprocessError(ValueError):
    """A model cannot be preprocessed; the message names the place to fix."""


class UsagePlanError(ValueError):
    """An operation's description has no usable ``| Rate | Burst |`` table."""


@dataclass(frozen=True, slots=True)
class UsagePlan:
    """Rate (requests per second) and burst of one operation, and where they come from."""

    rate: float
    burst: int
    source: str = "model"


@dataclass(slots=True)
class OperationFacts:
    """What the per-operation table needs to know about one operation."""

    operation_id: str
    original_operation_id: str
    method: str
    path: str
    usage_plan: UsagePlan | None
    usage_plan_problem: str | None
    csv: tuple[str, ...]
    multi: tuple[str, ...]
    pagination: dict[str, Any] | None


@dataclass(slots=True)
class Preprocessed:
    """The result of :func:`preprocess`: the spec to convert, and what was learnt."""

    spec: Spec
    operations: list[OperationFacts]
    fixes: list[str] = field(default_factory=list)


# --------------------------------------------------------------------- walking


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` in document order (method lower case)."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield path, method, operation


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/definitions/X``, ``#/parameters/X``)."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise PreprocessError(f"unsupported or circular $ref {ref!r}")
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                raise PreprocessError(f"$ref {ref!r} points nowhere")
            target = target[part]
        node = target
    return node


def _parameters(spec: Spec, path: str, operation: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters merged with its path's, resolved (operation wins)."""
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*spec["paths"][path].get("parameters", []), *operation.get("parameters", [])]:
        param = _resolve(spec, raw)
        merged[(param.get("in", ""), param.get("name", ""))] = param
    return list(merged.values())


# ----------------------------------------------------------------- patches


def apply_patches(spec: Spec, patches: Iterable[tuple[str, Mapping[str, Any]]]) -> Spec:
    """Apply our RFC 6902 fixes, in the given (file name) order.

    Args:
        spec: The raw Swagger model.
        patches: ``(name, {"reason": str, "patch": [ops]})`` pairs.

    Returns:
        The patched model (a new object).

    Raises:
        PreprocessError: A patch without a reason, or one that does not apply.
    """
    import jsonpatch  # the pipeline's only use; keeps test collection light

    for name, document in patches:
        reason = document.get("reason")
        operations = document.get("patch")
        if not isinstance(reason, str) or not reason.strip():
            raise PreprocessError(f"patch {name}: 'reason' must say why the fix is needed")
        if not isinstance(operations, list) or not operations:
            raise PreprocessError(f"patch {name}: 'patch' must be a non-empty RFC 6902 list")
        try:
            spec = jsonpatch.apply_patch(spec, operations)
        except (jsonpatch.JsonPatchException, jsonpatch.JsonPointerException) as exc:
            raise PreprocessError(f"patch {name} does not apply: {exc}") from exc
    return spec


# ------------------------------------------------------------ generic defects


def drop_no_content_bodies(spec: Spec) -> list[str]:
    """Remove ``schema`` and ``examples`` from 204 responses: a 204 never has a body.

    RFC 9110 15.3.5: a 204 response ends after its header section. Some models
    still give their 204 a schema (a string, or the ``ErrorList``); the
    generator would then parse the empty body as JSON and fail a successful
    call. Without the schema the generated function returns ``None`` for 204.
    A 204 response shared through ``$ref`` is replaced by a cleaned copy, so
    other statuses that use the same definition keep their body.

    Returns:
        One line per cleaned response.
    """
    fixes: list[str] = []
    for _path, _method, operation in iter_operations(spec):
        responses = operation.get("responses") or {}
        if "204" not in responses:
            continue
        response = _resolve(spec, responses["204"])
        dropped = sorted(key for key in ("schema", "examples") if key in response)
        if not dropped:
            continue
        responses["204"] = {k: v for k, v in response.items() if k not in dropped}
        fixes.append(f"{operation.get('operationId')} 204: dropped {', '.join(dropped)}")
    return fixes


def fix_example_keys(spec: Spec) -> list[str]:
    """Rewrite response ``examples`` keyed by non-MIME names as one JSON example.

    Swagger 2.0 keys ``examples`` by media type; Amazon often keys them by a
    label (``payload``, ``Successful Response``). When every label is a
    property of the response schema the labels *are* the body's top-level
    fields; otherwise each label holds a whole body and the first one is kept.

    Returns:
        One line per rewritten response.
    """
    fixes: list[str] = []
    for _path, _method, operation in iter_operations(spec):
        for status, response in (operation.get("responses") or {}).items():
            response = _resolve(spec, response)
            examples = response.get("examples")
            if not isinstance(examples, dict):
                continue
            labels = [key for key in examples if "/" not in key]
            if not labels:
                continue
            kept = {key: value for key, value in examples.items() if "/" in key}
            schema = _resolve(spec, response.get("schema") or {})
            properties = set((schema.get("properties") or {}) if isinstance(schema, dict) else {})
            if properties and set(labels) <= properties:
                body: Any = {label: examples[label] for label in labels}
            else:
                body = examples[labels[0]]
            kept.setdefault("application/json", body)
            response["examples"] = kept
            fixes.append(f"{operation.get('operationId')} {status}: examples keyed {labels}")
    return fixes


def drop_collection_format_on_non_arrays(spec: Spec) -> list[str]:
    """Remove ``collectionFormat`` from parameters that are not arrays (the converter aborts)."""
    fixes: list[str] = []

    def visit(param: Any, where: str) -> None:
        if isinstance(param, dict) and "collectionFormat" in param and param.get("type") != "array":
            del param["collectionFormat"]
            fixes.append(f"{where}: parameter {param.get('name')!r}")

    for name, param in (spec.get("parameters") or {}).items():
        visit(param, f"#/parameters/{name}")
    for path, item in (spec.get("paths") or {}).items():
        for param in item.get("parameters", []):
            visit(param, path)
        for method, operation in item.items():
            if method in HTTP_METHODS:
                for param in operation.get("parameters", []):
                    visit(param, f"{operation.get('operationId')}")
    return fixes


def dedupe_operation_ids(spec: Spec) -> list[str]:
    """Suffix a repeated operationId with its method (the generator silently overwrites)."""
    fixes: list[str] = []
    seen: set[str] = set()
    for _path, method, operation in iter_operations(spec):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str) or not operation_id:
            raise PreprocessError(f"{method.upper()} {_path}: operation has no operationId")
        if operation_id in seen:
            new_id = f"{operation_id}{method.capitalize()}"
            if new_id in seen:
                raise PreprocessError(f"operationId {operation_id!r} repeats on the same method")
            operation["x-original-operation-id"] = operation_id
            operation["operationId"] = new_id
            fixes.append(f"{method.upper()} {_path}: operationId {operation_id} -> {new_id}")
            operation_id = new_id
        seen.add(operation_id)
    return fixes


# ------------------------------------------------------------------- usage plans

_LITERAL_NEWLINE = re.compile(r"\\n")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def parse_usage_plan(description: str) -> UsagePlan:
    """Parse the ``| Rate (requests per second) | Burst |`` table of a description.

    Handles the variants found in the 66 models: rates like ``.5``, a leading
    ``Plan type`` column (the ``Default`` row is used), and descriptions whose
    newlines are written as a literal backslash-n.

    Raises:
        UsagePlanError: No table, or a row that is not two numbers (``| n | n |``).
    """
    text = _LITERAL_NEWLINE.sub("\n", description)
    lines = [line for line in text.splitlines() if line.strip().startswith("|")]
    for index, line in enumerate(lines):
        header = [cell.lower() for cell in _cells(line)]
        rate_col = next((i for i, cell in enumerate(header) if cell.startswith("rate")), None)
        burst_col = next((i for i, cell in enumerate(header) if cell.startswith("burst")), None)
        if rate_col is None or burst_col is None:
            continue
        rows = [_cells(row) for row in lines[index + 2 :]]
        rows = [row for row in rows if len(row) == len(header)]
        if not rows:
            raise UsagePlanError("usage plan table has no data row")
        row = next((r for r in rows if r[0].lower() == "default"), rows[0])
        try:
            rate = float(row[rate_col])
            burst = int(row[burst_col])
        except ValueError:
            raise UsagePlanError(f"usage plan row is not numeric: | {' | '.join(row)} |") from None
        if rate <= 0 or burst <= 0:
            raise UsagePlanError(f"usage plan row is not positive: | {' | '.join(row)} |")
        return UsagePlan(rate, burst)
    raise UsagePlanError("no usage plan table (| Rate | Burst |) in the description")


# ------------------------------------------------------------ operation facts


def _find_token(spec: Spec, schema: Any, names: tuple[str, ...]) -> tuple[str, ...] | None:
    """Breadth-first search of a response schema for a pagination token property."""
    queue: list[tuple[Any, tuple[str, ...]]] = [(schema, ())]
    seen: set[int] = set()
    while queue:
        node, trail = queue.pop(0)
        node = _resolve(spec, node)
        if not isinstance(node, dict) or id(node) in seen or len(trail) > 4:
            continue
        seen.add(id(node))
        properties = node.get("properties") or {}
        for name in names:
            if name in properties:
                return (*trail, name)
        for name, child in properties.items():
            queue.append((child, (*trail, name)))
        for child in node.get("allOf", []):
            queue.append((child, trail))
    return None


def _pagination(
    spec: Spec, operation: Mapping[str, Any], query: list[str]
) -> dict[str, Any] | None:
    request = next((name for name in query if name in PAGINATION_TOKENS), None)
    if request is None:
        return None
    for status, response in (operation.get("responses") or {}).items():
        if not str(status).startswith("2"):
            continue
        schema = _resolve(spec, response).get("schema")
        if schema is None:
            continue
        # Prefer the request's own spelling; some APIs answer nextToken to a pageToken.
        trail = _find_token(spec, schema, (request,)) or _find_token(
            spec, schema, PAGINATION_TOKENS
        )
        if trail is not None:
            return {"request": request, "response": trail}
    return None


def extract_operation_facts(
    spec: Spec, fallback_plans: Mapping[str, Mapping[str, Any]] | None = None
) -> list[OperationFacts]:
    """Collect the per-operation table's facts, reading usage plans from the prose.

    Args:
        spec: The model, after the generic fixes and before :func:`strip_prose`.
        fallback_plans: operationId -> ``{rate, burst, source}``, used only for
            operations whose description has no parseable usage plan.

    Raises:
        PreprocessError: A query array with a collectionFormat SP-API does not use.
    """
    facts: list[OperationFacts] = []
    for path, method, operation in iter_operations(spec):
        operation_id = operation["operationId"]
        plan: UsagePlan | None = None
        problem: str | None = None
        try:
            plan = parse_usage_plan(operation.get("description") or "")
        except UsagePlanError as exc:
            fallback = (fallback_plans or {}).get(operation_id)
            if fallback is not None:
                plan = UsagePlan(
                    float(fallback["rate"]), int(fallback["burst"]), str(fallback["source"])
                )
            else:
                problem = str(exc)
        csv: list[str] = []
        multi: list[str] = []
        query: list[str] = []
        for param in _parameters(spec, path, operation):
            if param.get("in") != "query":
                continue
            query.append(param["name"])
            if param.get("type") != "array":
                continue
            style = param.get("collectionFormat", "csv")
            if style == "csv":
                csv.append(param["name"])
            elif style == "multi":
                multi.append(param["name"])
            else:
                raise PreprocessError(
                    f"{operation_id}: query array {param['name']!r} uses collectionFormat "
                    f"{style!r}; only csv and multi are supported (add a patch to spec/patches/)"
                )
        facts.append(
            OperationFacts(
                operation_id=operation_id,
                original_operation_id=operation.get("x-original-operation-id", operation_id),
                method=method.upper(),
                path=path,
                usage_plan=plan,
                usage_plan_problem=problem,
                csv=tuple(csv),
                multi=tuple(multi),
                pagination=_pagination(spec, operation, query),
            )
        )
    return facts


# ------------------------------------------------------------------ prose


def reference_url(operation_id: str) -> str:
    """Amazon's reference page of an operation."""
    return REFERENCE_BASE + operation_id.lower()


def facts_docstring(facts: OperationFacts) -> str:
    """The facts-only text that replaces an operation's description."""
    if facts.usage_plan is None:
        limit = "Rate limit: not published in the model."
    else:
        plan = facts.usage_plan
        limit = f"Rate limit: {plan.rate:g} requests/second, burst {plan.burst}."
        if plan.source != "model":
            limit += " (From spec/usage_plans.toml.)"
    return "\n\n".join(
        [
            f"{facts.method} {facts.path}",
            limit,
            f"Reference: {reference_url(facts.original_operation_id)}",
        ]
    )


_SCHEMA_PROSE = frozenset({"description", "title", "example", "x-example", "x-examples"})


def _is_prose_key(key: str) -> bool:
    return key in _SCHEMA_PROSE or key.startswith("x-docgen")


def _strip_schema(schema: Any) -> None:
    if isinstance(schema, list):
        for item in schema:
            _strip_schema(item)
        return
    if not isinstance(schema, dict):
        return
    for key in [k for k in schema if _is_prose_key(k)]:
        del schema[key]
    for key in ("properties", "patternProperties", "definitions"):
        for child in (schema.get(key) or {}).values():
            _strip_schema(child)
    for key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
        if key in schema:
            _strip_schema(schema[key])


def _strip_parameter(param: Any) -> None:
    if not isinstance(param, dict) or "$ref" in param:
        return
    for key in [k for k in param if _is_prose_key(k)]:
        del param[key]
    if "schema" in param:
        _strip_schema(param["schema"])
    if "items" in param:
        _strip_schema(param["items"])


def _strip_response(status: str, response: Any) -> None:
    if not isinstance(response, dict) or "$ref" in response:
        return
    for key in [k for k in response if _is_prose_key(k)]:
        del response[key]
    # OpenAPI requires a response description: a status phrase is a fact, not Amazon's text.
    try:
        response["description"] = HTTPStatus(int(status)).phrase
    except ValueError:
        response["description"] = "Default response"
    if "schema" in response:
        _strip_schema(response["schema"])
    for header in (response.get("headers") or {}).values():
        _strip_schema(header)


def strip_prose(spec: Spec, descriptions: Mapping[str, str], title: str) -> None:
    """Remove Amazon's prose; give each operation the facts-only ``descriptions[operationId]``.

    Examples (``examples`` on responses, ``x-amzn-api-sandbox``) stay: they are
    data, and openapi-python-client does not copy them into generated code.
    """
    info = spec.setdefault("info", {})
    version = info.get("version", "")
    spec["info"] = {"title": title, "version": version}
    if "license" in info:
        spec["info"]["license"] = info["license"]
    spec.pop("externalDocs", None)
    if "tags" in spec:
        spec["tags"] = [{"name": tag["name"]} for tag in spec["tags"]]
    for schema in (spec.get("definitions") or {}).values():
        _strip_schema(schema)
    for param in (spec.get("parameters") or {}).values():
        _strip_parameter(param)
    for status, response in (spec.get("responses") or {}).items():
        _strip_response(status, response)
    for item in (spec.get("paths") or {}).values():
        for param in item.get("parameters", []):
            _strip_parameter(param)
        for key in [k for k in item if _is_prose_key(k) or k == "summary"]:
            del item[key]
    for _path, _method, operation in iter_operations(spec):
        for key in [k for k in operation if _is_prose_key(k) or k in ("summary", "externalDocs")]:
            del operation[key]
        operation["description"] = descriptions[operation["operationId"]]
        for param in operation.get("parameters", []):
            _strip_parameter(param)
        for status, response in (operation.get("responses") or {}).items():
            _strip_response(str(status), response)


# --------------------------------------------------------------- enum names


def class_name(*parts: str) -> str:
    """The class name openapi-python-client gives ``parts`` (its own naming rules)."""
    from openapi_python_client import strings

    return str(strings.ClassName("".join(strings.pascal_case(part) for part in parts), ""))


def _inline_enums(schema: dict[str, Any], owner: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(generated class name, schema)`` of inline enums under a definition."""
    for name, prop in (schema.get("properties") or {}).items():
        if not isinstance(prop, dict) or "$ref" in prop:
            continue
        if "enum" in prop and prop.get("type", "string") in ("string", "integer"):
            yield class_name(owner, prop.get("title") or name), prop
        items = prop.get("items")
        if isinstance(items, dict) and "enum" in items and "$ref" not in items:
            yield class_name(owner, name, items.get("title") or f"{name}_item"), items
        if isinstance(prop.get("properties"), dict):
            yield from _inline_enums(prop, class_name(owner, name))


def title_clashing_inline_enums(spec: Spec) -> list[str]:
    """Give an inline enum a distinct ``title`` when its class name equals a definition's.

    ``Transaction.status`` becomes class ``TransactionStatus``; if a definition
    is also named ``TransactionStatus`` the generator drops both (and their
    endpoints). The enum is retitled ``<prop>Enum`` so the class becomes
    ``TransactionStatusEnum``.
    """
    definitions = spec.get("definitions") or {}
    taken = {class_name(name) for name in definitions}
    fixes: list[str] = []
    for owner, schema in definitions.items():
        if not isinstance(schema, dict):
            continue
        for generated, enum_schema in list(_inline_enums(schema, owner)):
            if generated not in taken:
                continue
            suffix = 2
            title = f"{generated[len(class_name(owner)) :]}Enum"
            while class_name(owner, title) in taken:
                title = f"{generated[len(class_name(owner)) :]}Enum{suffix}"
                suffix += 1
            enum_schema["title"] = title
            taken.add(class_name(owner, title))
            fixes.append(f"{owner}: inline enum {generated} -> {class_name(owner, title)}")
    return fixes


def _enum_nodes(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        if isinstance(node.get("enum"), list):
            yield node
        for key, child in node.items():
            if key not in ("enum", "example", "examples", "x-amzn-api-sandbox", "default"):
                yield from _enum_nodes(child)
    elif isinstance(node, list):
        for child in node:
            yield from _enum_nodes(child)


def _member_name(value: str) -> str:
    name = re.sub(r"\W+", "_", value).strip("_").upper() or "EMPTY"
    return name if name[0].isalpha() else f"VALUE_{name}"


def name_digit_enum_values(spec: Spec) -> list[str]:
    """Give string enums with a value not starting with a letter stable member names.

    By default such a value is named by its position (``VALUE_2``), so names
    shift when Amazon inserts a value. ``x-enum-varnames`` names every member
    from its own value (``2D_BARCODE`` -> ``VALUE_2D_BARCODE``; a value that
    starts with a letter keeps its default name).
    """
    fixes: list[str] = []
    for node in _enum_nodes(spec):
        values = node["enum"]
        if not all(isinstance(v, str) for v in values) or "x-enum-varnames" in node:
            continue
        if all(v and v[0].isalpha() for v in values):
            continue
        names = [_member_name(v) if not (v and v[0].isalpha()) else v.upper() for v in values]
        if len(set(names)) != len(names):
            raise PreprocessError(f"enum {values!r}: member names {names!r} collide; add a patch")
        node["x-enum-varnames"] = names
        fixes.append(f"enum {values[:3]!r}...: x-enum-varnames")
    return fixes


# --------------------------------------------------------------- entry point


def preprocess(
    raw: Spec,
    *,
    package: str,
    patches: Iterable[tuple[str, Mapping[str, Any]]] = (),
    fallback_plans: Mapping[str, Mapping[str, Any]] | None = None,
) -> Preprocessed:
    """Run every step on a copy of ``raw``; see the module docstring for the order."""
    spec = copy.deepcopy(raw)
    if spec.get("swagger") != "2.0":
        raise PreprocessError(f"{package}: expected a Swagger 2.0 model (swagger: '2.0')")
    spec = apply_patches(spec, patches)
    fixes = [
        *drop_no_content_bodies(spec),
        *fix_example_keys(spec),
        *drop_collection_format_on_non_arrays(spec),
        *dedupe_operation_ids(spec),
    ]
    operations = extract_operation_facts(spec, fallback_plans)
    descriptions = {facts.operation_id: facts_docstring(facts) for facts in operations}
    strip_prose(spec, descriptions, title=f"Selling Partner API {package}")
    fixes += title_clashing_inline_enums(spec)
    fixes += name_digit_enum_values(spec)
    for _path, _method, operation in iter_operations(spec):
        operation.pop("x-original-operation-id", None)
    return Preprocessed(spec, operations, fixes)

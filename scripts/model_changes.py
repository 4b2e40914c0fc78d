"""What changed between two versions of Amazon's models, for users of this client.

:func:`diff_model` compares two Swagger 2.0 models of one API and lists facts
(:class:`Change`): operations added and removed; parameters added, removed,
turned required or optional; request and response fields added and removed;
enum values added and removed; usage plans changed. Each change says whether it
breaks code written against this client (:data:`BREAKING_KINDS`). Nothing of
Amazon's prose is carried over: names, paths, types and numbers only.

:func:`render_report` writes the Markdown change report that ``./dev update``
saves to ``docs/api-changes/<date>-<short commit>.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from _preprocess import UsagePlanError, parse_usage_plan

__all__ = [
    "BREAKING_KINDS",
    "Change",
    "ModelDelta",
    "diff_model",
    "operations_of",
    "render_report",
]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_MAX_DEPTH = 12

#: kind -> breaking for users of this client. A removed operation, parameter or
#: request field makes their call fail the argument check; a newly required one
#: makes a call that omits it fail; a removed response field breaks code reading
#: it; a removed enum value breaks code sending or matching it.
BREAKING_KINDS: dict[str, bool] = {
    "operation added": False,
    "operation removed": True,
    "parameter added": False,
    "required parameter added": True,
    "parameter removed": True,
    "parameter turned required": True,
    "parameter turned optional": False,
    "request field added": False,
    "required request field added": True,
    "request field removed": True,
    "request field turned required": True,
    "response field added": False,
    "response field removed": True,
    "enum value added": False,
    "enum value removed": True,
    "usage plan changed": False,
}


@dataclass(frozen=True, order=True)
class Change:
    """One fact about an API: ``kind`` (a key of :data:`BREAKING_KINDS`), where, what.

    Attributes:
        operation: The operationId it concerns ("" for the model as a whole).
        kind: What happened.
        subject: The thing itself: a parameter (``query marketplaceId``), a field
            path (``payload.items[].sku``), an enum value, or a usage plan.
        detail: Extra facts (``GET /path``, ``was 2/s burst 30``), or "".
    """

    operation: str
    kind: str
    subject: str
    detail: str = ""

    @property
    def breaking(self) -> bool:
        """Whether code written against this client can break."""
        return BREAKING_KINDS[self.kind]


@dataclass(frozen=True)
class ModelDelta:
    """The changes of one package between two commits."""

    package: str
    path: str
    status: str  # "changed", "added" or "removed"
    changes: tuple[Change, ...] = ()
    operations: int = 0

    @property
    def breaking(self) -> int:
        """How many of the changes are breaking (a removed model counts as one)."""
        return (1 if self.status == "removed" else 0) + sum(c.breaking for c in self.changes)


# ----------------------------------------------------------------- reading


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and seen < 20:
        ref = str(node["$ref"])
        if not ref.startswith("#/"):
            return {}
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target.get(part, {}) if isinstance(target, Mapping) else {}
        node, seen = target, seen + 1
    return node if isinstance(node, Mapping) else {}


@dataclass(frozen=True)
class _Field:
    required: bool
    enum: tuple[str, ...]


@dataclass(frozen=True)
class _Operation:
    method: str
    path: str
    params: Mapping[str, _Field]  # "<in> <name>" -> facts (body fields are in request)
    request: Mapping[str, _Field]  # field path -> facts
    response: Mapping[str, _Field]
    plan: str | None


def _enum(schema: Mapping[str, Any]) -> tuple[str, ...]:
    values = schema.get("enum")
    return tuple(str(v) for v in values) if isinstance(values, list) else ()


def _fields(
    spec: Mapping[str, Any],
    schema: Any,
    prefix: str = "",
    required: bool = True,
    depth: int = 0,
    refs: tuple[str, ...] = (),
) -> Iterator[tuple[str, _Field]]:
    """Every field path under ``schema``: ``a.b``, ``a.items[].c``; cycles stop at the ref."""
    ref = schema.get("$ref") if isinstance(schema, Mapping) else None
    if isinstance(ref, str):
        if ref in refs or depth > _MAX_DEPTH:
            return
        refs = (*refs, ref)
    node = _resolve(spec, schema)
    parts = [node, *(_resolve(spec, s) for s in node.get("allOf") or [])]
    if prefix:
        yield prefix, _Field(required, _enum(node))
    if node.get("type") == "array" or "items" in node:
        item = node.get("items")
        if isinstance(item, Mapping):
            item_ref = item.get("$ref")
            item_refs = (*refs, item_ref) if isinstance(item_ref, str) else refs
            if isinstance(item_ref, str) and item_ref in refs:
                return
            resolved = _resolve(spec, item)
            if _enum(resolved) and prefix:
                yield f"{prefix}[]", _Field(True, _enum(resolved))
            yield from _children(spec, [resolved], f"{prefix}[]", depth + 1, item_refs)
        return
    yield from _children(spec, parts, prefix, depth + 1, refs)


def _children(
    spec: Mapping[str, Any],
    parts: Sequence[Mapping[str, Any]],
    prefix: str,
    depth: int,
    refs: tuple[str, ...],
) -> Iterator[tuple[str, _Field]]:
    for part in parts:
        required = set(part.get("required") or [])
        properties = part.get("properties") or {}
        if not isinstance(properties, Mapping):
            continue
        for name, child in properties.items():
            path = f"{prefix}.{name}" if prefix else str(name)
            yield from _fields(spec, child, path, name in required, depth, refs)


def _plan(operation: Mapping[str, Any]) -> str | None:
    try:
        plan = parse_usage_plan(str(operation.get("description") or ""))
    except UsagePlanError:
        return None
    return f"{plan.rate:g}/s burst {plan.burst}"


def operations_of(spec: Mapping[str, Any]) -> dict[str, _Operation]:
    """operationId -> the facts compared, for every operation of a Swagger model."""
    out: dict[str, _Operation] = {}
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        shared = [_resolve(spec, p) for p in item.get("parameters") or []]
        for method in _METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            own = [_resolve(spec, p) for p in operation.get("parameters") or []]
            merged = {(p.get("in"), p.get("name")): p for p in [*shared, *own]}
            params: dict[str, _Field] = {}
            request: dict[str, _Field] = {}
            for (where, name), param in merged.items():
                if where == "body":
                    request.update(_fields(spec, param.get("schema") or {}))
                    continue
                items = param.get("items")
                values = _enum(param) or (_enum(items) if isinstance(items, Mapping) else ())
                params[f"{where} {name}"] = _Field(bool(param.get("required")), values)
            response: dict[str, _Field] = {}
            for status, answer in (operation.get("responses") or {}).items():
                if str(status).startswith("2"):
                    schema = _resolve(spec, answer).get("schema")
                    if isinstance(schema, Mapping):
                        response.update(_fields(spec, schema))
            operation_id = str(operation.get("operationId") or f"{method.upper()} {path}")
            if operation_id in out:  # Amazon's models repeat one now and then
                operation_id = f"{operation_id} {method.upper()} {path}"
            out[operation_id] = _Operation(
                method.upper(), str(path), params, request, response, _plan(operation)
            )
    return out


# ----------------------------------------------------------------- diffing


def _enum_changes(operation: str, subject: str, old: _Field, new: _Field) -> list[Change]:
    if not old.enum and not new.enum:
        return []
    added = [v for v in new.enum if v not in old.enum]
    removed = [v for v in old.enum if v not in new.enum]
    if not old.enum:  # a free value turned into a closed list: every other value is gone
        return [
            Change(operation, "enum value removed", subject, "now one of: " + ", ".join(new.enum))
        ]
    if not new.enum:
        return [Change(operation, "enum value added", subject, "any value now accepted")]
    return [Change(operation, "enum value added", subject, f"`{v}`") for v in added] + [
        Change(operation, "enum value removed", subject, f"`{v}`") for v in removed
    ]


def _field_changes(
    operation: str, side: str, old: Mapping[str, _Field], new: Mapping[str, _Field]
) -> list[Change]:
    changes: list[Change] = []
    for name in sorted(new.keys() - old.keys()):
        if _parent_also(name, new.keys() - old.keys()):
            continue  # reported once, at the top of the new subtree
        kind = f"{side} field added"
        if side == "request" and new[name].required:
            kind = "required request field added"
        changes.append(Change(operation, kind, name))
    for name in sorted(old.keys() - new.keys()):
        if not _parent_also(name, old.keys() - new.keys()):
            changes.append(Change(operation, f"{side} field removed", name))
    for name in sorted(old.keys() & new.keys()):
        if side == "request" and new[name].required and not old[name].required:
            changes.append(Change(operation, "request field turned required", name))
        changes += _enum_changes(operation, f"{side} {name}", old[name], new[name])
    return changes


def _parent_also(name: str, names: AbstractSet[str]) -> bool:
    """Whether a parent path of ``name`` is in ``names`` too (report the top only)."""
    parts = re.split(r"\.|(?=\[\])", name)
    for cut in range(1, len(parts)):
        parent = ".".join(parts[:cut]).replace(".[]", "[]")
        if parent in names:
            return True
    return False


def diff_model(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` (two Swagger 2.0 models of one API), sorted."""
    before, after = operations_of(old), operations_of(new)
    changes: list[Change] = []
    for op in sorted(after.keys() - before.keys()):
        facts = after[op]
        changes.append(Change(op, "operation added", op, f"{facts.method} {facts.path}"))
    for op in sorted(before.keys() - after.keys()):
        facts = before[op]
        changes.append(Change(op, "operation removed", op, f"{facts.method} {facts.path}"))
    for op in sorted(before.keys() & after.keys()):
        a, b = before[op], after[op]
        for name in sorted(b.params.keys() - a.params.keys()):
            kind = "required parameter added" if b.params[name].required else "parameter added"
            changes.append(Change(op, kind, name))
        for name in sorted(a.params.keys() - b.params.keys()):
            changes.append(Change(op, "parameter removed", name))
        for name in sorted(a.params.keys() & b.params.keys()):
            if a.params[name].required != b.params[name].required:
                kind = (
                    "parameter turned required"
                    if b.params[name].required
                    else ("parameter turned optional")
                )
                changes.append(Change(op, kind, name))
            changes += _enum_changes(op, f"parameter {name}", a.params[name], b.params[name])
        changes += _field_changes(op, "request", a.request, b.request)
        changes += _field_changes(op, "response", a.response, b.response)
        if a.plan != b.plan:
            changes.append(
                Change(op, "usage plan changed", b.plan or "none", f"was {a.plan or 'none'}")
            )
    return sorted(changes)


# ----------------------------------------------------------------- report


def _line(change: Change) -> str:
    mark = "**breaking** " if change.breaking else ""
    detail = f" ({change.detail})" if change.detail else ""
    where = "" if change.kind.startswith("operation") else f"`{change.operation}`: "
    return f"- {mark}{where}{change.kind}: `{change.subject}`{detail}"


def render_report(
    *,
    repository: str,
    old_commit: str,
    new_commit: str,
    date: str,
    deltas: Sequence[ModelDelta],
    retired_suggestions: Mapping[str, str] | None = None,
) -> str:
    """The Markdown change report: a summary, then per API every change, breaking first."""
    changed = [d for d in deltas if d.changes or d.status != "changed"]
    breaking = sum(d.breaking for d in changed)
    lines = [
        f"# SP-API model changes {old_commit[:7]} -> {new_commit[:7]} ({date})",
        "",
        f"Amazon's `{repository}` from `{old_commit}` to `{new_commit}`:",
        f"{len(changed)} API(s) changed, {breaking} breaking change(s) for users of "
        "this client (a removed operation, parameter, request or response field or enum "
        "value; a newly required parameter or request field).",
        "",
    ]
    if not changed:
        lines.append("No API changed.")
    for delta in sorted(changed, key=lambda d: d.package):
        lines += [f"## `{delta.package}` (`{delta.path}`)", ""]
        if delta.status == "added":
            lines.append(
                f"- new model: {delta.operations} operation(s), generated as `sp.{delta.package}`"
            )
        elif delta.status == "removed":
            lines.append(
                f"- **breaking** model removed upstream: `sp.{delta.package}` is not generated"
            )
            suggestion = (retired_suggestions or {}).get(delta.package)
            if suggestion:
                lines += [
                    "",
                    "Suggested `spec/retired.toml` entry (check, complete, add):",
                    "",
                    "```toml",
                    suggestion.rstrip(),
                    "```",
                ]
        ordered = sorted(delta.changes, key=lambda c: (not c.breaking, c))
        lines += [_line(c) for c in ordered]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"

"""The spec/ tables the pipeline reads, each checked against the model it applies to.

Usage plans, the retry-safe and later-page rules, grantless and restricted
operations, creates and their lookups, retired APIs and operations, the one-off
patches, and the fields whose secrets the models' reprs hide. A table is parsed
once per process (:func:`_load_toml` keeps the parse of each file's text), not
once per model.
"""

from __future__ import annotations

import functools
import json
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from _preprocess import OperationFacts
from _results import GenerationError
from spec_registry import SPEC_DIR

__all__ = [
    "CREATES_TOML",
    "GRANTLESS_TOML",
    "LATER_PAGES_TOML",
    "PATCHES",
    "RESTRICTED_TOML",
    "RETIRED_TOML",
    "RETRY_SAFE_TOML",
    "SECRET_FIELDS_TOML",
    "USAGE_PLANS",
    "load_patches",
    "retired_table",
]

PATCHES = SPEC_DIR / "patches"
USAGE_PLANS = SPEC_DIR / "usage_plans.toml"
RETRY_SAFE_TOML = SPEC_DIR / "retry_safe.toml"
LATER_PAGES_TOML = SPEC_DIR / "later_pages.toml"
GRANTLESS_TOML = SPEC_DIR / "grantless.toml"
RESTRICTED_TOML = SPEC_DIR / "restricted.toml"
RETIRED_TOML = SPEC_DIR / "retired.toml"
CREATES_TOML = SPEC_DIR / "creates.toml"
SECRET_FIELDS_TOML = SPEC_DIR / "secret_fields.toml"


def load_patches(package: str, root: Path = PATCHES) -> list[tuple[str, dict[str, Any]]]:
    """Our RFC 6902 fixes for ``package``, in file-name order."""
    folder = root / package
    if not folder.is_dir():
        return []
    patches = []
    for path in sorted(folder.glob("*.json")):
        try:
            patches.append((f"{package}/{path.name}", json.loads(path.read_text("utf-8"))))
        except json.JSONDecodeError as exc:
            raise GenerationError(f"patch {path} is not valid JSON: {exc}") from exc
    return patches


def _load_toml(path: Path) -> dict[str, Any]:
    """``path`` parsed (empty if absent); a copy, so callers may change it."""
    if not path.is_file():
        return {}
    return json.loads(_parsed(str(path), path.read_text("utf-8")))  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=64)
def _parsed(where: str, text: str) -> str:
    # Keyed by the text, so a table edited meanwhile (a test) is parsed again.
    try:
        return json.dumps(tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        raise GenerationError(f"{where} is not valid TOML: {exc}") from exc


def _retry_safe(package: str, facts: Sequence[OperationFacts]) -> set[str]:
    """The operationIds ``spec/retry_safe.toml`` lists for ``package``, each with its reason."""
    listed = _per_operation(RETRY_SAFE_TOML, package, facts)
    unexplained = sorted(
        op for op, reason in listed.items() if not isinstance(reason, str) or not reason.strip()
    )
    if unexplained:
        raise GenerationError(
            f"{RETRY_SAFE_TOML.name} [{package}]: say why resending is safe for {unexplained}"
        )
    return set(listed)


LATER_KEYS = {"alone", "fixed", "source"}


def _later_pages(package: str, facts: Sequence[OperationFacts]) -> dict[str, dict[str, Any]]:
    """operationId -> ``{"alone", "fixed"}`` from ``spec/later_pages.toml``, checked."""
    listed = _per_operation(LATER_PAGES_TOML, package, facts)
    paged = {f.operation_id for f in facts if f.pagination}
    rules: dict[str, dict[str, Any]] = {}
    for op, rule in listed.items():
        where = f"{LATER_PAGES_TOML.name} [{package}.{op}]"
        if op not in paged:
            raise GenerationError(f"{where}: the operation does not page")
        if not isinstance(rule, dict) or set(rule) - LATER_KEYS or not rule.get("source"):
            raise GenerationError(f"{where}: takes alone, fixed and a source (required)")
        fixed = rule.get("fixed", {})
        if not isinstance(fixed, dict) or not all(isinstance(v, str) for v in fixed.values()):
            raise GenerationError(f"{where}: fixed maps wire names to text")
        rules[op] = {"alone": bool(rule.get("alone", False)), "fixed": dict(sorted(fixed.items()))}
    return rules


def _per_operation(path: Path, package: str, facts: Sequence[OperationFacts]) -> dict[str, Any]:
    """``[package]`` of a per-operation spec file, refusing operationIds the model lacks."""
    listed: dict[str, Any] = _load_toml(path).get(package, {})
    known = {f.operation_id for f in facts} | {f.original_operation_id for f in facts}
    unknown = sorted(set(listed) - known)
    if unknown:
        raise GenerationError(f"{path.name} [{package}]: unknown operationIds {unknown}")
    return listed


def _entry(listed: dict[str, Any], facts: OperationFacts) -> dict[str, Any] | None:
    """The spec entry for an operation: by its operationId, or the model's own if renamed."""
    found = listed.get(facts.operation_id, listed.get(facts.original_operation_id))
    return found if isinstance(found, dict) else None


_CREATE_KEYS = ("lookup", "arguments", "found", "answer")


def _success_status(spec: dict[str, Any], facts: OperationFacts) -> int:
    """The lowest 2xx status the model documents for an operation (200 if none)."""
    responses = spec.get("paths", {}).get(facts.path, {}).get(facts.method.lower(), {})
    codes = sorted(int(c) for c in responses.get("responses", {}) if str(c).isdigit())
    return next((c for c in codes if 200 <= c < 300), 200)


def _create_lookups(
    package: str,
    spec: dict[str, Any],
    facts: Sequence[OperationFacts],
    names: dict[str, str],
) -> dict[str, dict[str, Any]]:
    """``spec/creates.toml`` for ``package``: create operationId -> the compiled column.

    ``names`` maps each operationId of the package to its python name. The
    column holds the lookup's python name, ``arguments``, ``found`` and ``answer``
    as written, and the create's documented 2xx ``status``; sources stay in spec/.
    """
    listed = _per_operation(CREATES_TOML, package, facts)
    by_id = {f.operation_id: f for f in facts} | {f.original_operation_id: f for f in facts}
    compiled: dict[str, dict[str, Any]] = {}
    for op_id in sorted(listed):
        entry = listed[op_id]
        where = f"{CREATES_TOML.name} [{package}.{op_id}]"
        if set(entry) - {*_CREATE_KEYS, "source"} or not entry.get("source"):
            raise GenerationError(f"{where}: keys are {_CREATE_KEYS} and source (required)")
        lookup = by_id.get(entry.get("lookup", ""))
        if lookup is None or lookup.method != "GET":
            raise GenerationError(f"{where}: lookup must name a GET operation of {package}")
        create = by_id[op_id]
        compiled[create.operation_id] = {
            "lookup": names[lookup.operation_id],
            "arguments": dict(entry.get("arguments", {})),
            "found": dict(entry.get("found", {})),
            "answer": dict(entry.get("answer", {})),
            "status": _success_status(spec, create),
        }
    return compiled


# Columns of a retired entry that the runtime needs; sources stay in spec/.
_RETIRED_PACKAGE_KEYS = ("whole", "title", "removed", "successor", "note")
_RETIRED_OPERATION_KEYS = ("operation_id", "successor", "note", "removed")


def retired_table(path: Path = RETIRED_TOML) -> dict[str, dict[str, Any]]:
    """``spec/retired.toml`` compiled for the runtime: package -> facts, sorted.

    Each package entry has ``whole``, ``title``, ``removed``, ``successor`` and
    ``note`` (``None`` when not given) and ``operations``: python name ->
    ``operation_id``, ``successor``, ``note``, ``removed`` (inherited from the
    package when the operation gives none).
    """
    data = _load_toml(path).get("retired", {})
    table: dict[str, dict[str, Any]] = {}
    for package in sorted(data):
        entry = data[package]
        if not isinstance(entry.get("whole"), bool) or not isinstance(entry.get("title"), str):
            raise GenerationError(f"{path.name} [retired.{package}]: needs whole (bool) and title")
        compiled: dict[str, Any] = {key: entry.get(key) for key in _RETIRED_PACKAGE_KEYS}
        operations: dict[str, dict[str, Any]] = {}
        for name in sorted(entry.get("operations", {})):
            op = entry["operations"][name]
            if not isinstance(op.get("operation_id"), str):
                raise GenerationError(
                    f"{path.name} [retired.{package}.operations] {name}: needs operation_id"
                )
            facts = {key: op.get(key) for key in _RETIRED_OPERATION_KEYS}
            facts["removed"] = facts["removed"] or entry.get("removed")
            operations[name] = facts
        compiled["operations"] = operations
        table[package] = compiled
    return table


# -------------------------------------------------------------- generation

"""Check Amazon's own 2xx examples against each model's own schemas.

For every model of ``spec/registry.toml`` (read from the sha256-checked cache),
collect the 2xx response examples (``responses.<code>.examples``) and the
``x-amzn-api-sandbox`` static cases, validate each body with jsonschema against
the response schema of the same model (Swagger 2.0 schemas are draft-4 JSON
Schema plus ``#/definitions`` references), and check every ``date`` and
``date-time`` value for a real calendar date in ISO 8601 form.

Prints a Markdown table, one row per model, to standard output; writes nothing.

Usage::

    python scripts/audit_examples.py               # the table
    python scripts/audit_examples.py -v            # and one line per failing case
    python scripts/audit_examples.py --model orders_v0 -v
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fetch_models import FetchError, fetch
from spec_registry import Model, load_registry

__all__ = ["AuditRow", "Case", "audit_model", "iter_cases", "main"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True, slots=True)
class Case:
    """One example body Amazon documents for a 2xx response."""

    operation_id: str
    status: str
    kind: str  # "example" or "sandbox"
    index: int
    body: Any


@dataclass(slots=True)
class AuditRow:
    """The counts for one model, and the failures behind them."""

    package: str
    operations: int = 0
    examples: int = 0
    sandbox: int = 0
    schema_errors: int = 0
    date_errors: int = 0
    no_schema: int = 0
    failures: list[str] = field(default_factory=list)


def _is_mime(key: str) -> bool:
    return "/" in key


def iter_cases(spec: Mapping[str, Any]) -> Iterator[tuple[Case, Any]]:
    """Yield (case, response schema or None) for every 2xx example and sandbox case."""
    for item in spec.get("paths", {}).values():
        for method, op in item.items():
            if method not in HTTP_METHODS or not isinstance(op, dict):
                continue
            op_id = op.get("operationId", f"{method} ?")
            for status, response in (op.get("responses") or {}).items():
                if not str(status).startswith("2") or not isinstance(response, dict):
                    continue
                schema = response.get("schema")
                examples = response.get("examples")
                if isinstance(examples, dict) and examples:
                    # Keys that are not media types (a known defect) hold parts of
                    # one example; the generic fix treats the whole object as one.
                    bodies = (
                        list(examples.values())
                        if all(_is_mime(k) for k in examples)
                        else [examples]
                    )
                    for index, body in enumerate(bodies):
                        yield Case(op_id, str(status), "example", index, body), schema
                static = (response.get("x-amzn-api-sandbox") or {}).get("static") or []
                for index, entry in enumerate(static):
                    if isinstance(entry, dict) and "response" in entry:
                        yield Case(op_id, str(status), "sandbox", index, entry["response"]), schema


def _date_problems(schema: Any, value: Any, spec: Mapping[str, Any], where: str) -> Iterator[str]:
    """Walk ``value`` along ``schema``; yield each date/date-time that is not a real ISO date."""
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 50:
        schema = spec["definitions"].get(schema["$ref"].split("/")[-1], {})
        seen += 1
    if not isinstance(schema, dict):
        return
    fmt = schema.get("format")
    if isinstance(value, str) and fmt in ("date", "date-time"):
        try:
            if fmt == "date":
                dt.date.fromisoformat(value)
            else:
                dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            yield f"{where}: {fmt} {value!r}"
    for part in schema.get("allOf", []):
        yield from _date_problems(part, value, spec, where)
    if isinstance(value, dict):
        props = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            sub = props.get(key, extra if isinstance(extra, dict) else None)
            if sub is not None:
                yield from _date_problems(sub, item, spec, f"{where}.{key}")
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            yield from _date_problems(schema["items"], item, spec, f"{where}[{index}]")


def audit_model(package: str, spec: Mapping[str, Any]) -> AuditRow:
    """Validate every 2xx example and sandbox case of one model."""
    from jsonschema import Draft4Validator
    from jsonschema.exceptions import SchemaError

    row = AuditRow(package)
    row.operations = sum(
        1
        for item in spec.get("paths", {}).values()
        for method, op in item.items()
        if method in HTTP_METHODS and isinstance(op, dict)
    )
    definitions = spec.get("definitions", {})
    for case, schema in iter_cases(spec):
        if case.kind == "example":
            row.examples += 1
        else:
            row.sandbox += 1
        label = f"{package} {case.operation_id} {case.status} {case.kind}[{case.index}]"
        if schema is None:
            row.no_schema += 1
            continue
        try:
            validator = Draft4Validator({**schema, "definitions": definitions})
            errors = sorted(validator.iter_errors(case.body), key=lambda e: list(e.path))
        except SchemaError as exc:
            row.schema_errors += 1
            row.failures.append(f"{label}: the model's schema is invalid: {exc.message}")
            continue
        if errors:
            row.schema_errors += 1
            first = errors[0]
            at = "/".join(str(p) for p in first.path) or "(root)"
            more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
            row.failures.append(f"{label}: {at}: {first.message[:160]}{more}")
        dates = list(_date_problems(schema, case.body, spec, "body"))
        if dates:
            row.date_errors += 1
            row.failures.append(f"{label}: bad date: {'; '.join(dates[:3])}")
    return row


def _table(rows: list[AuditRow]) -> str:
    head = (
        "| package | operations | 2xx examples | sandbox cases | schema errors | bad dates |\n"
        "|---|---:|---:|---:|---:|---:|"
    )
    body = [
        f"| {r.package} | {r.operations} | {r.examples} | {r.sandbox} | "
        f"{r.schema_errors} | {r.date_errors} |"
        for r in rows
    ]
    total = AuditRow("**total**")
    for r in rows:
        total.operations += r.operations
        total.examples += r.examples
        total.sandbox += r.sandbox
        total.schema_errors += r.schema_errors
        total.date_errors += r.date_errors
    body.append(
        f"| {total.package} | {total.operations} | {total.examples} | {total.sandbox} | "
        f"{total.schema_errors} | {total.date_errors} |"
    )
    return "\n".join([head, *body])


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status (0 even when examples fail)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", action="append", metavar="PACKAGE", help="only this package")
    parser.add_argument("--mirror", type=Path, help="local copy of the upstream repository")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each failing case")
    args = parser.parse_args(argv)
    registry = load_registry()
    try:
        models: tuple[Model, ...] = (
            tuple(registry.get(name) for name in args.model) if args.model else registry.models
        )
        paths = fetch(models, registry=registry, mirror=args.mirror)
    except (FetchError, ValueError) as exc:
        print(f"audit_examples: error: {exc}", file=sys.stderr)
        return 1
    rows = [audit_model(m.package, json.loads(paths[m.package].read_text("utf-8"))) for m in models]
    print(_table(rows))
    if args.verbose:
        print()
        for row in rows:
            for line in row.failures:
                print(f"- {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

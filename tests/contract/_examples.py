"""Amazon's 2xx response examples of a model, checked against the model's own schema.

A *case* is one example body: a response's ``examples`` (after the key fix
the pipeline applies) or a ``static`` case of its ``x-amzn-api-sandbox``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import jsonschema
from _preprocess import drop_no_content_bodies, fix_example_keys, iter_operations
from dateutil.parser import isoparse
from regenerate import load_patches

__all__ = ["Case", "schema_violations", "two_xx_cases"]


@dataclass(frozen=True, slots=True)
class Case:
    """One example body of one documented 2xx response."""

    package: str
    operation_id: str
    method: str
    path: str
    status: int
    source: str  # "examples" or "sandbox static #<n>"
    body: Any
    schema: dict[str, Any] | None

    @property
    def key(self) -> str:
        """A stable, readable id: ``package operationId status source``."""
        return f"{self.package} {self.operation_id} {self.status} {self.source}"


def two_xx_cases(package: str, raw: dict[str, Any]) -> list[Case]:
    """Every 2xx example body of a model, in document order."""
    from _preprocess import apply_patches

    spec = apply_patches(copy.deepcopy(raw), load_patches(package))
    # The pipeline's own fixes, in its order: a 204 has no body to check.
    drop_no_content_bodies(spec)
    fix_example_keys(spec)
    cases: list[Case] = []
    for path, method, operation in iter_operations(spec):
        for status, response in (operation.get("responses") or {}).items():
            if not str(status).startswith("2") or str(status) == "204":
                continue
            schema = response.get("schema")
            bodies: list[tuple[str, Any]] = []
            if "application/json" in (response.get("examples") or {}):
                bodies.append(("examples", response["examples"]["application/json"]))
            sandbox = response.get("x-amzn-api-sandbox") or {}
            for number, static in enumerate(sandbox.get("static") or [], start=1):
                if "response" in static:
                    bodies.append((f"sandbox static #{number}", static["response"]))
            for source, body in bodies:
                cases.append(
                    Case(
                        package,
                        operation["operationId"],
                        method.upper(),
                        path,
                        int(status),
                        source,
                        body,
                        schema,
                    )
                )
    return cases


# Dates are checked the way the generated code reads them (dateutil's isoparse), so
# "valid" means "the generated model can parse it" (2024-02-30 is not a date).
FORMATS = jsonschema.FormatChecker(())


@FORMATS.checks("date-time", raises=ValueError)
@FORMATS.checks("date", raises=ValueError)
def _is_iso_date(value: object) -> bool:
    if isinstance(value, str):
        isoparse(value)
    return True


def schema_violations(raw: dict[str, Any], case: Case) -> list[str]:
    """The jsonschema violations of the case's body, as ``<json path>: <message>`` lines.

    Draft 4 (Swagger 2.0's dialect) plus the ``date`` and ``date-time`` formats.
    """
    if case.schema is None:
        return []
    schema = {**case.schema, "definitions": raw.get("definitions", {})}
    validator = jsonschema.Draft4Validator(schema, format_checker=FORMATS)
    errors = sorted(validator.iter_errors(case.body), key=lambda e: list(map(str, e.path)))
    return [f"/{'/'.join(map(str, error.path))}: {error.message}" for error in errors]

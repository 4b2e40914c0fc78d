"""Each 2xx example of the 66 generated models parses and round-trips, or is listed as wrong.

Only the responses' ``examples``; the ``x-amzn-api-sandbox`` static cases are
replayed through the client by ``test_sandbox.py``.
"""

from __future__ import annotations

import datetime
import importlib
import tomllib
from pathlib import Path
from typing import Any

import httpx
import pytest
from dateutil.parser import isoparse
from selling_partner_generated import operations as table

from contract._examples import Case, schema_violations, two_xx_cases

LISTED = Path(__file__).with_name("amazon_example_errors.toml")
# Measured at the pinned commit: 2xx response examples (204s have no body), and
# how many of them validate against their schema (the rest are listed).
TOTAL_EXAMPLES = 139
VALID_EXAMPLES = 114


def _listed() -> dict[str, list[str]]:
    data = tomllib.loads(LISTED.read_text("utf-8"))
    return {
        f"{e['package']} {e['operation']} {e['status']} {e['source']}": e["violations"]
        for e in data.get("example", [])
    }


def _cases(models: dict[str, dict[str, Any]]) -> list[tuple[Case, list[str]]]:
    return [
        (case, schema_violations(raw, case))
        for package, raw in sorted(models.items())
        for case in _examples(package, raw)
    ]


def _examples(package: str, raw: dict[str, Any]) -> list[Case]:
    return [case for case in two_xx_cases(package, raw) if case.source == "examples"]


def _normalise(value: Any) -> Any:
    """Equal JSON up to date-time spelling (``Z`` vs ``+00:00``, fractional zeros)."""
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and "T" in value:
        try:
            return isoparse(value).astimezone(datetime.UTC)
        except ValueError:
            return value
    return value


def _module_of(case: Case) -> Any:
    for facts in table.OPERATIONS[case.package].values():
        if facts["operation_id"] == case.operation_id:
            return importlib.import_module(str(facts["module"]))
    raise AssertionError(f"{case.operation_id} is not in operations.py")


def test_the_generated_models_have_examples(fetched_models: dict[str, dict[str, Any]]) -> None:
    assert set(fetched_models) == set(table.API_PACKAGES)
    counts = {package: len(_examples(package, raw)) for package, raw in fetched_models.items()}
    assert sum(counts.values()) == TOTAL_EXAMPLES
    assert counts["fulfillment_outbound_v2020_07_01"] == 10
    assert counts["fulfillment_outbound_v2026_07_04"] == 8
    # Each example belongs to an operation the table knows.
    for package, raw in fetched_models.items():
        ids = {str(f["operation_id"]) for f in table.OPERATIONS[package].values()}
        assert {case.operation_id for case in _examples(package, raw)} <= ids, package


def test_schema_violations_match_the_listed_ones(fetched_models: dict[str, dict[str, Any]]) -> None:
    found = {case.key: violations for case, violations in _cases(fetched_models) if violations}
    listed = _listed()
    stale = sorted(set(listed) - set(found))
    new = sorted(set(found) - set(listed))
    changed = sorted(k for k in set(found) & set(listed) if found[k] != listed[k])
    assert not stale, f"listed in {LISTED.name} but now valid: {stale}"
    assert not new, f"new schema violations (fix or list them): { {k: found[k] for k in new} }"
    assert not changed, f"violations changed: { {k: found[k] for k in changed} }"


def test_valid_examples_parse_and_round_trip(fetched_models: dict[str, dict[str, Any]]) -> None:
    client_cache: dict[str, Any] = {}
    checked = 0
    failures: list[str] = []
    for case, violations in _cases(fetched_models):
        if violations:
            continue
        module = _module_of(case)
        if case.package not in client_cache:
            client_module = importlib.import_module(
                f"selling_partner_generated.{case.package}.client"
            )
            client_cache[case.package] = client_module.Client(base_url="https://sp.test")
        response = httpx.Response(case.status, json=case.body)
        parsed = module._parse_response(client=client_cache[case.package], response=response)
        if parsed is None:
            failures.append(f"{case.key}: no model parsed")
            continue
        if _normalise(parsed.to_dict()) != _normalise(case.body):
            failures.append(f"{case.key}: to_dict() differs from the example")
        checked += 1
    assert not failures, failures
    assert checked == VALID_EXAMPLES


@pytest.mark.parametrize("key", sorted(_listed()))
def test_listed_examples_name_real_cases(
    key: str, fetched_models: dict[str, dict[str, Any]]
) -> None:
    assert key in {case.key for case, _ in _cases(fetched_models)}

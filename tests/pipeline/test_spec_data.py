"""The hand-kept data in spec/: usage plans, retired APIs, grantless and restricted operations.

Every key must name a real package of spec/registry.toml and a real operation of
its model (read from the sha256-checked cache), every field must be well formed,
and every figure or claim must carry its source.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fetch_models import fetch
from openapi_python_client.strings import PythonIdentifier
from spec_registry import SPEC_DIR, Registry, load_registry

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# The usage-plan table as the models write it: a header naming Rate and Burst
# (sometimes after a "Plan type" column), a separator, then data rows.
_LITERAL_NEWLINE = re.compile(r"\\n")
_SCOPE = re.compile(r"sellingpartnerapi::[a-z_]+(?::[a-z_]+)?")
_DATA_ELEMENTS = {"buyerInfo", "shippingAddress", "buyerTaxInformation"}


@dataclass(frozen=True)
class Operation:
    """One operation of a model, as the generator will name it."""

    operation_id: str
    python_name: str
    description: str


def python_name(operation_id: str) -> str:
    """The generator's function name for an operationId (openapi-python-client's rule)."""
    return str(PythonIdentifier(operation_id, prefix="op"))


def has_plan_table(description: str) -> bool:
    """Whether a description carries a usage-plan table with a numeric rate and burst.

    Reads what the generic parser reads: literal ``\\n`` escapes as newlines, and
    in a ``| Plan type | Rate | Burst |`` table the ``Default`` row.
    """
    lines = [
        [cell.strip() for cell in line.strip().strip("|").split("|")]
        for line in _LITERAL_NEWLINE.sub("\n", description).splitlines()
        if line.strip().startswith("|")
    ]
    for index, header in enumerate(lines):
        lowered = [cell.lower() for cell in header]
        rate = next((i for i, cell in enumerate(lowered) if cell.startswith("rate")), None)
        burst = next((i for i, cell in enumerate(lowered) if cell.startswith("burst")), None)
        if rate is None or burst is None:
            continue
        rows = [row for row in lines[index + 2 :] if len(row) == len(header)]
        row = next((r for r in rows if r[0].lower() == "default"), rows[0] if rows else None)
        if row is None:
            return False
        try:
            return float(row[rate]) > 0 and int(row[burst]) > 0
        except ValueError:
            return False
    return False


def _operations(model: Mapping[str, Any]) -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for item in model["paths"].values():
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict) and "operationId" in op:
                op_id = op["operationId"]
                found[op_id] = Operation(op_id, python_name(op_id), op.get("description", ""))
    return found


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


@pytest.fixture(scope="module")
def operations(registry: Registry) -> dict[str, dict[str, Operation]]:
    """package -> operationId -> Operation, for every model of the registry."""
    paths = fetch(registry.models, registry=registry)
    return {
        package: _operations(json.loads(Path(path).read_text(encoding="utf-8")))
        for package, path in paths.items()
    }


def _load(name: str) -> dict[str, Any]:
    with (SPEC_DIR / name).open("rb") as handle:
        return tomllib.load(handle)


def _sourced(entry: Mapping[str, Any], where: str) -> None:
    source = entry.get("source")
    assert isinstance(source, str) and len(source.strip()) >= 10, f"{where}: needs a source"


# --- the helpers themselves ---------------------------------------------------------


def test_python_name_follows_the_generator() -> None:
    assert python_name("getSmallAndLightEnrollmentBySellerSKU") == (
        "get_small_and_light_enrollment_by_seller_sku"
    )
    assert python_name("CreateWarranty") == "create_warranty"


def test_plan_table_detector() -> None:
    table = "x\n\n| Rate (requests per second) | Burst |\n| ---- | ---- |\n| 0.0167 | 15 |\n\nmore"
    assert has_plan_table(table)
    assert has_plan_table(table.replace("\n", "\\n"))
    assert not has_plan_table(table.replace("0.0167 | 15", "n | n"))
    assert not has_plan_table("no table here")
    plan_type = "| Plan type | Rate (requests per second) | Burst |\n|-|-|-|\n|Default| 5 | 10 |"
    assert has_plan_table(plan_type)
    assert not has_plan_table(plan_type.replace("| 5 | 10 |", "| Variable | Variable |"))


# --- spec/usage_plans.toml ----------------------------------------------------------


def test_usage_plans_name_real_operations_without_a_table(
    registry: Registry, operations: dict[str, dict[str, Operation]]
) -> None:
    plans = _load("usage_plans.toml")
    assert plans, "usage_plans.toml is empty"
    known = {m.package for m in registry.models}
    for package, entries in plans.items():
        assert package in known, f"usage_plans.toml: [{package}] is not in spec/registry.toml"
        for op_id, entry in entries.items():
            where = f"usage_plans.toml [{package}] {op_id}"
            assert op_id in operations[package], f"{where}: no such operationId in the model"
            assert not has_plan_table(operations[package][op_id].description), (
                f"{where}: the model has its own table; drop the hand-kept entry"
            )
            assert set(entry) == {"rate", "burst", "source"}, f"{where}: keys {sorted(entry)}"
            rate, burst = entry["rate"], entry["burst"]
            assert isinstance(rate, float) and 0 < rate <= 1000, f"{where}: rate {rate!r}"
            assert isinstance(burst, int) and not isinstance(burst, bool), f"{where}: burst"
            assert 1 <= burst <= 1000, f"{where}: burst {burst}"
            _sourced(entry, where)


def test_usage_plans_cover_every_named_gap() -> None:
    plans = _load("usage_plans.toml")
    assert set(plans["invoices_v2024_06_19"]) >= {"getInvoices", "getInvoice"}
    assert "getVehicles" in plans["vehicles_v2024_11_01"]


# --- spec/retired.toml --------------------------------------------------------------

_RETIRED_PACKAGE_KEYS = {"whole", "title", "removed", "successor", "note", "source", "operations"}
_RETIRED_OP_KEYS = {"operation_id", "successor", "note", "removed", "source"}


def _check_date(value: object, where: str) -> None:
    assert isinstance(value, str), f"{where}: removed must be a 'YYYY-MM-DD' string"
    dt.date.fromisoformat(value)


def _check_successor(target: str, where: str, operations: dict[str, dict[str, Operation]]) -> None:
    package, _, name = target.partition(".")
    assert package in operations, f"{where}: successor package {package!r} is not generated"
    names = {op.python_name for op in operations[package].values()}
    assert name in names, f"{where}: {package} has no function {name!r}"


def test_retired_entries_are_well_formed(
    registry: Registry, operations: dict[str, dict[str, Operation]]
) -> None:
    retired = _load("retired.toml")["retired"]
    known = {m.package for m in registry.models}
    for package, entry in retired.items():
        where = f"retired.toml [retired.{package}]"
        assert set(entry) <= _RETIRED_PACKAGE_KEYS, f"{where}: unknown keys"
        assert isinstance(entry.get("whole"), bool), f"{where}: whole must be true or false"
        assert isinstance(entry.get("title"), str) and entry["title"], f"{where}: title"
        _sourced(entry, where)
        if "removed" in entry:
            _check_date(entry["removed"], where)
        if entry["whole"]:
            assert package not in known, f"{where}: whole = true but the package is live"
            assert "successor" in entry or "note" in entry, f"{where}: successor or note"
            if "successor" in entry:
                assert entry["successor"] in known, f"{where}: unknown successor package"
        else:
            assert package in known, f"{where}: whole = false but not in the registry"
            assert "successor" not in entry, f"{where}: a live package has per-op successors"
        ops = entry.get("operations")
        assert isinstance(ops, dict) and ops, f"{where}: lists no operations"
        for name, op in ops.items():
            at = f"{where} {name}"
            assert set(op) <= _RETIRED_OP_KEYS, f"{at}: unknown keys {sorted(op)}"
            assert python_name(op["operation_id"]) == name, f"{at}: key must be its python name"
            if not entry["whole"]:
                assert op["operation_id"] not in operations[package], (
                    f"{at}: still in the model, so it is not retired"
                )
            assert "successor" in op or "note" in op or "note" in entry, f"{at}: no way out"
            if "successor" in op:
                _check_successor(op["successor"], at, operations)
            if "removed" in op:
                _check_date(op["removed"], at)


@pytest.mark.parametrize(
    ("package", "operation_ids"),
    [
        (
            "reports_v2020_09_04",
            "getReports createReport getReport cancelReport getReportSchedules "
            "createReportSchedule getReportSchedule cancelReportSchedule getReportDocument",
        ),
        (
            "feeds_v2020_09_04",
            "getFeeds createFeed getFeed cancelFeed createFeedDocument getFeedDocument",
        ),
        ("catalog_items_v0", "listCatalogItems getCatalogItem"),
        (
            "fulfillment_inbound_v0",
            "createInboundShipmentPlan updateInboundShipment createInboundShipment "
            "getPreorderInfo confirmPreorder getTransportDetails putTransportDetails "
            "voidTransport estimateTransport confirmTransport",
        ),
        ("authorization_v1", "getAuthorizationCode"),
        ("fba_small_and_light_v1", "getSmallAndLightFeePreview"),
    ],
)
def test_retired_covers_the_known_removals(package: str, operation_ids: str) -> None:
    ops = _load("retired.toml")["retired"][package]["operations"]
    listed = {op["operation_id"] for op in ops.values()}
    missing = set(operation_ids.split()) - listed
    assert not missing, f"retired.toml [retired.{package}] misses {sorted(missing)}"


def test_retired_lookup_is_direct() -> None:
    # The runtime's two lookups: a missing package, and a missing function.
    retired = _load("retired.toml")["retired"]
    assert retired["reports_v2020_09_04"]["successor"] == "reports_v2021_06_30"
    op = retired["catalog_items_v0"]["operations"]["list_catalog_items"]
    assert op["successor"] == "catalog_items_v2022_04_01.search_catalog_items"


# --- spec/grantless.toml and spec/restricted.toml -----------------------------------


def _check_operation_table(
    name: str, allowed: set[str], registry: Registry, operations: dict[str, dict[str, Operation]]
) -> dict[str, Any]:
    data = _load(name)
    assert data, f"{name} is empty"
    known = {m.package for m in registry.models}
    for package, entries in data.items():
        assert package in known, f"{name}: [{package}] is not in spec/registry.toml"
        for op_id, entry in entries.items():
            where = f"{name} [{package}] {op_id}"
            assert op_id in operations[package], f"{where}: no such operationId in the model"
            assert set(entry) <= allowed, f"{where}: unknown keys {sorted(set(entry) - allowed)}"
            _sourced(entry, where)
    return data


def test_grantless_entries(registry: Registry, operations: dict[str, dict[str, Operation]]) -> None:
    data = _check_operation_table("grantless.toml", {"scope", "source"}, registry, operations)
    for package, entries in data.items():
        for op_id, entry in entries.items():
            assert _SCOPE.fullmatch(entry.get("scope", "")), f"{package} {op_id}: bad scope"
    assert data["application_management_v2023_11_30"]["rotateApplicationClientSecret"] == {
        "scope": "sellingpartnerapi::client_credential:rotation",
        "source": data["application_management_v2023_11_30"]["rotateApplicationClientSecret"][
            "source"
        ],
    }


def test_every_operation_a_model_calls_grantless_is_listed(
    operations: dict[str, dict[str, Operation]],
) -> None:
    grantless = _load("grantless.toml")
    said = {
        (package, op.operation_id)
        for package, ops in operations.items()
        for op in ops.values()
        if re.search(r"operation is grantless", op.description)
    }
    assert said, "no model says 'operation is grantless' any more; revisit this test"
    listed = {(package, op_id) for package, ops in grantless.items() for op_id in ops}
    assert said <= listed, f"not in grantless.toml: {sorted(said - listed)}"


def test_restricted_entries(
    registry: Registry, operations: dict[str, dict[str, Operation]]
) -> None:
    data = _check_operation_table(
        "restricted.toml", {"data_elements", "note", "source"}, registry, operations
    )
    for package, entries in data.items():
        for op_id, entry in entries.items():
            elements = entry.get("data_elements", [])
            assert isinstance(elements, list) and set(elements) <= _DATA_ELEMENTS, (
                f"{package} {op_id}: data_elements {elements!r}"
            )
    orders = data["orders_v0"]
    required = {
        "getOrders",
        "getOrder",
        "getOrderItems",
        "getOrderAddress",
        "getOrderBuyerInfo",
        "getOrderItemsBuyerInfo",
        "getOrderRegulatedInfo",
    }
    assert required <= set(orders), f"restricted.toml [orders_v0] misses {required - set(orders)}"
    mfn = {"getShipment", "createShipment", "cancelShipment"}
    assert mfn <= set(data["merchant_fulfillment_v0"])


def test_no_operation_is_both_grantless_and_restricted() -> None:
    grantless = {(p, o) for p, ops in _load("grantless.toml").items() for o in ops}
    restricted = {(p, o) for p, ops in _load("restricted.toml").items() for o in ops}
    assert not grantless & restricted


# --- spec/patches/<package>/ --------------------------------------------------------

_PATCH_NAME = re.compile(r"\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.json")


def test_patches_are_reasoned_and_apply(registry: Registry) -> None:
    import jsonpatch

    # Generic fixes live in scripts/_preprocess.py; a patch is a one-off defect of one
    # model, so the folder may be empty (the patch mechanism is tested on inline specs).
    root = SPEC_DIR / "patches"
    folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    known = {m.package: m for m in registry.models}
    for folder in folders:
        assert folder.name in known, f"spec/patches/{folder.name}: not a registry package"
        raw = json.loads(fetch([known[folder.name]], registry=registry)[folder.name].read_text())
        for path in sorted(folder.glob("*.json")):
            where = f"spec/patches/{folder.name}/{path.name}"
            assert _PATCH_NAME.fullmatch(path.name), f"{where}: name it NNN-short-name.json"
            document = json.loads(path.read_text(encoding="utf-8"))
            assert set(document) == {"reason", "patch"}, f"{where}: keys {sorted(document)}"
            assert len(document["reason"].strip()) >= 40, f"{where}: say why, in a sentence"
            assert isinstance(document["patch"], list) and document["patch"], f"{where}: ops"
            # Patches apply in file-name order, each on the result of the previous one.
            raw = jsonpatch.apply_patch(raw, document["patch"])


# --- scripts/audit_examples.py ------------------------------------------------------


def test_audit_counts_examples_sandbox_schema_and_date_errors() -> None:
    from audit_examples import audit_model

    spec = {
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "getThing",
                    "responses": {
                        "200": {
                            "schema": {"$ref": "#/definitions/Thing"},
                            # Not media types: one example made of the whole object.
                            "examples": {"name": "a", "when": "2024-02-30T00:00:00Z"},
                            "x-amzn-api-sandbox": {
                                "static": [
                                    {"request": {}, "response": {"name": "b"}},
                                    {"request": {}, "response": {"name": 3}},
                                ]
                            },
                        },
                        "400": {"examples": {"application/json": {"errors": []}}},
                    },
                }
            }
        },
        "definitions": {
            "Thing": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "when": {"type": "string", "format": "date-time"},
                },
            }
        },
    }
    row = audit_model("demo_v1", spec)
    assert (row.operations, row.examples, row.sandbox) == (1, 1, 2)
    assert (row.schema_errors, row.date_errors) == (1, 1)
    assert any("sandbox[1]" in line and "name" in line for line in row.failures)
    assert any("2024-02-30" in line for line in row.failures)


# --- spec/creates.toml ----------------------------------------------------------------


def _raw_operation(model: Mapping[str, Any], op_id: str) -> tuple[dict[str, Any], list[Any]]:
    for item in model["paths"].values():
        for method, op in item.items():
            if method in HTTP_METHODS and isinstance(op, dict) and op.get("operationId") == op_id:
                return op, list(item.get("parameters", [])) + list(op.get("parameters", []))
    raise AssertionError(f"no operation {op_id}")


def _schema_has(model: Mapping[str, Any], schema: Any, parts: list[str]) -> bool:
    """Whether a swagger schema has the property path (``name[]`` walks array items)."""
    while isinstance(schema, dict) and "$ref" in schema:
        schema = model["definitions"][schema["$ref"].rsplit("/", 1)[1]]
    if not parts:
        return True
    head = parts[0]
    many = head.endswith("[]")
    prop = (schema.get("properties") or {}).get(head[:-2] if many else head)
    if prop is None:
        return False
    if many:
        while "$ref" in prop:
            prop = model["definitions"][prop["$ref"].rsplit("/", 1)[1]]
        prop = prop.get("items")
    return _schema_has(model, prop, parts[1:])


def _request_has(model: Mapping[str, Any], params: list[Any], path: str) -> bool:
    where, _, rest = path.partition(".")
    for param in params:
        if param.get("in") == where == "body":
            return _schema_has(model, param.get("schema"), rest.split("."))
        if param.get("in") == where and param.get("name") == rest:
            return True
    return False


def test_creates_entries(registry: Registry, operations: dict[str, dict[str, Operation]]) -> None:
    data = _check_operation_table(
        "creates.toml", {"lookup", "arguments", "found", "answer", "source"}, registry, operations
    )
    paths = fetch(registry.models, registry=registry)
    for package, entries in data.items():
        model = json.loads(Path(paths[package]).read_text(encoding="utf-8"))
        for op_id, entry in entries.items():
            where = f"creates.toml [{package}.{op_id}]"
            create, create_params = _raw_operation(model, op_id)
            lookup, lookup_params = _raw_operation(model, entry["lookup"])
            assert entry["lookup"] in operations[package], f"{where}: unknown lookup"
            assert lookup is not create and "reference/" in entry["source"], where
            for wire, source in entry["arguments"].items():
                assert any(p.get("name") == wire for p in lookup_params), f"{where}: {wire}"
                assert _request_has(model, create_params, source), f"{where}: {source}"
            required = {p["name"] for p in lookup_params if p.get("in") == "path"}
            assert required <= set(entry["arguments"]), f"{where}: lookup path parameters"
            lookup_ok = lookup["responses"]["200"]["schema"]
            create_ok = next(
                r["schema"] for c, r in sorted(create["responses"].items()) if c.startswith("2")
            )
            for answer_path, request_path in entry.get("found", {}).items():
                assert _schema_has(model, lookup_ok, answer_path.split(".")), where
                assert _request_has(model, create_params, request_path), where
            for create_path, lookup_path in entry.get("answer", {}).items():
                assert _schema_has(model, create_ok, create_path.split(".")), where
                assert _schema_has(model, lookup_ok, lookup_path.split(".")), where
    assert "createFulfillmentOrder" in data["fulfillment_outbound_v2020_07_01"]

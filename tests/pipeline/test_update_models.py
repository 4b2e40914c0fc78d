"""``./dev update``: a synthetic upstream change taken end to end, and the change report.

The upstream trees are tiny Swagger models written into a temporary folder (no
file of Amazon's): "widgets" gains an operation and an enum value and loses a
response field, "sprockets" appears, "gadgets" disappears. The update runs
through the mirror path and through the GitHub path (with an injected fetcher,
Amazon's repository being unreachable here); the registry, the report, the
CHANGELOG and the generated code come out as expected, and a second run changes
nothing.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from fetch_models import default_mirror, fetch
from model_changes import Change, diff_model
from regenerate import compare_trees, generate_tree, render_supported_apis
from spec_registry import Registry, load_registry
from update_models import (
    GitHubSource,
    MirrorSource,
    UpdateError,
    main,
    plan_update,
    suggest_api,
    update,
)

OLD = "a" * 40
NEW = "b" * 40
TODAY = dt.date(2027, 1, 2)
WIDGETS = "models/widgets-api-model/widgets_2025-01-01.json"
GADGETS = "models/gadgets-api-model/gadgets.json"
SPROCKETS = "models/sprockets-api-model/sprocketsV0.json"


def _plan(rate: int, burst: int) -> str:
    return f"| Rate (requests per second) | Burst |\n| ---- | ---- |\n| {rate} | {burst} |\n"


def _model(
    title: str, version: str, paths: dict[str, Any], definitions: dict[str, Any]
) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"title": title, "version": version},
        "host": "sellingpartnerapi-na.amazon.com",
        "schemes": ["https"],
        "consumes": ["application/json"],
        "produces": ["application/json"],
        "paths": paths,
        "definitions": definitions,
    }


def _widgets() -> dict[str, Any]:
    ok = {"description": "OK", "schema": {"$ref": "#/definitions/Widget"}}
    return _model(
        "Widgets",
        "2025-01-01",
        {
            "/widgets/2025-01-01/widgets/{widgetId}": {
                "get": {
                    "operationId": "getWidget",
                    "tags": ["widgets"],
                    "description": _plan(2, 10),
                    "parameters": [
                        {"name": "widgetId", "in": "path", "required": True, "type": "string"},
                        {"name": "locale", "in": "query", "type": "string"},
                    ],
                    "responses": {"200": ok},
                }
            }
        },
        {
            "Widget": {
                "type": "object",
                "required": ["widgetId"],
                "properties": {
                    "widgetId": {"type": "string"},
                    "colour": {"type": "string", "enum": ["RED", "BLUE"]},
                    "legacyCode": {"type": "string"},
                },
            }
        },
    )


def _widgets_changed() -> dict[str, Any]:
    spec = _widgets()
    widget = spec["definitions"]["Widget"]
    widget["properties"]["colour"]["enum"].append("GREEN")
    del widget["properties"]["legacyCode"]
    spec["paths"]["/widgets/2025-01-01/widgets"] = {
        "post": {
            "operationId": "createWidget",
            "tags": ["widgets"],
            "description": _plan(1, 5),
            "parameters": [
                {
                    "name": "body",
                    "in": "body",
                    "required": True,
                    "schema": {"$ref": "#/definitions/Widget"},
                }
            ],
            "responses": {
                "201": {"description": "Created", "schema": {"$ref": "#/definitions/Widget"}}
            },
        }
    }
    return spec


def _simple(title: str, version: str, path: str, operation_id: str) -> dict[str, Any]:
    return _model(
        title,
        version,
        {
            path: {
                "get": {
                    "operationId": operation_id,
                    "tags": [title.lower()],
                    "description": _plan(1, 1),
                    "responses": {
                        "200": {"description": "OK", "schema": {"$ref": "#/definitions/Thing"}}
                    },
                }
            }
        },
        {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}},
    )


def _write_tree(root: Path, models: dict[str, dict[str, Any]]) -> dict[str, bytes]:
    files = {}
    for path, spec in models.items():
        data = json.dumps(spec, indent=2).encode()
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(data)
        files[path] = data
    (root / "models" / "widgets-api-model" / "widgets.md").write_text("not a model")
    return files


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Any]:
    old_tree, new_tree = tmp_path / "old", tmp_path / "new"
    old_files = _write_tree(
        old_tree,
        {
            WIDGETS: _widgets(),
            GADGETS: _simple("Gadgets", "v1", "/gadgets/v1/gadgets", "getGadgets"),
        },
    )
    new_files = _write_tree(
        new_tree,
        {
            WIDGETS: _widgets_changed(),
            SPROCKETS: _simple("Sprockets", "v0", "/sprockets/v0/sprockets", "getSprockets"),
        },
    )
    registry = tmp_path / "registry.toml"
    registry.write_text(
        "# the registry of a synthetic upstream\n\n"
        f'[upstream]\nrepository = "example/models"\ncommit = "{OLD}"\n\n'
        f'[models.gadgets_v1]\napi = "gadgets"\nversion = "v1"\npath = "{GADGETS}"\n'
        f'sha256 = "{_sha(old_files[GADGETS])}"\ngenerate = true\n\n'
        f'[models.widgets_v2025_01_01]\napi = "widgets"\nversion = "2025-01-01"\n'
        f'path = "{WIDGETS}"\n'
        f'sha256 = "{_sha(old_files[WIDGETS])}"\ngenerate = true\n',
        encoding="utf-8",
    )
    return {
        "tmp": tmp_path,
        "old_tree": old_tree,
        "new_tree": new_tree,
        "new_files": new_files,
        "registry": registry,
        "cache": tmp_path / "cache",
        "reports": tmp_path / "docs" / "api-changes",
        "changelog": tmp_path / "CHANGELOG.md",
    }


def _update(world: dict[str, Any], source: Any) -> Any:
    cache, old_tree = world["cache"], world["old_tree"]
    return update(
        NEW,
        source,
        registry_path=world["registry"],
        cache_dir=cache,
        reports_dir=world["reports"],
        changelog=world["changelog"],
        today=TODAY,
        old_models=lambda reg, ms: fetch(ms, registry=reg, mirror=old_tree, cache_dir=cache),
    )


EXPECTED_REGISTRY_TAIL = """
[models.sprockets_v0]
api = "sprockets"
version = "v0"
path = "models/sprockets-api-model/sprocketsV0.json"
sha256 = "{sprockets}"
generate = true

[models.widgets_v2025_01_01]
api = "widgets"
version = "2025-01-01"
path = "models/widgets-api-model/widgets_2025-01-01.json"
sha256 = "{widgets}"
generate = true
"""


def test_the_mirror_path_updates_registry_report_and_changelog(world: dict[str, Any]) -> None:
    result = _update(world, MirrorSource(world["new_tree"]))
    files = world["new_files"]
    text = world["registry"].read_text("utf-8")
    assert text.startswith("# the registry of a synthetic upstream\n\n[upstream]\n")
    assert f'commit = "{NEW}"' in text and "gadgets" not in text
    assert text.endswith(
        EXPECTED_REGISTRY_TAIL.format(
            sprockets=_sha(files[SPROCKETS]), widgets=_sha(files[WIDGETS])
        )
    )
    registry = load_registry(world["registry"])
    assert [m.package for m in registry.models] == ["sprockets_v0", "widgets_v2025_01_01"]

    report = result.report
    assert result.report_path == world["reports"] / "2027-01-02-bbbbbbb.md"
    assert result.report_path.read_text("utf-8") == report
    assert report.startswith("# SP-API model changes aaaaaaa -> bbbbbbb (2027-01-02)\n")
    assert "3 API(s) changed, 2 breaking change(s)" in report
    widgets = report[report.index("## `widgets_v2025_01_01`") :]
    assert widgets.splitlines()[2:] == [
        "- **breaking** `getWidget`: response field removed: `legacyCode`",
        "- operation added: `createWidget` (POST /widgets/2025-01-01/widgets)",
        "- `getWidget`: enum value added: `response colour` (`GREEN`)",
    ]
    assert "- new model: 1 operation(s), generated as `sp.sprockets_v0`" in report
    assert "- **breaking** model removed upstream: `sp.gadgets_v1` is not generated" in report
    assert "[retired.gadgets_v1]\nwhole = true\n" in report
    assert '# <python_name> = { operation_id = "getGadgets" }  # GET /gadgets/v1/gadgets' in report
    assert "Amazon" not in report.replace("Amazon's `example/models`", "")

    changelog = world["changelog"].read_text("utf-8")
    assert (
        changelog.count("\n- 2027-01-02: models aaaaaaa -> bbbbbbb: 3 API(s) changed, 2 breaking")
        == 1
    )
    assert "([report](docs/api-changes/2027-01-02-bbbbbbb.md))" in changelog

    # The new models are in the cache at the new commit, sha256-checked.
    cached = world["cache"] / NEW / WIDGETS
    assert cached.read_bytes() == files[WIDGETS]


def test_a_second_run_changes_nothing(world: dict[str, Any]) -> None:
    _update(world, MirrorSource(world["new_tree"]))
    registry, changelog = world["registry"].read_text(), world["changelog"].read_text()
    reports = sorted(world["reports"].iterdir())
    again = _update(world, MirrorSource(world["new_tree"]))
    assert again.plan.is_noop and again.report_path is None
    assert world["registry"].read_text() == registry
    assert world["changelog"].read_text() == changelog
    assert sorted(world["reports"].iterdir()) == reports


def test_the_github_path_reads_the_tree_at_the_commit_through_the_fetcher(
    world: dict[str, Any],
) -> None:
    files = world["new_files"]
    asked: list[str] = []

    def get(url: str) -> bytes:
        asked.append(url)
        if url == f"https://api.github.com/repos/example/models/git/trees/{NEW}?recursive=1":
            tree = [{"path": p, "type": "blob"} for p in files]
            tree += [{"path": "models/widgets-api-model", "type": "tree"}]
            tree += [{"path": "schemas/x.json", "type": "blob"}]
            return json.dumps({"tree": tree, "truncated": False}).encode()
        prefix = f"https://raw.githubusercontent.com/example/models/{NEW}/"
        assert url.startswith(prefix), url
        return files[url.removeprefix(prefix)]

    github = _update(world, GitHubSource("example/models", NEW, get=get))
    assert sorted(asked[1:]) == sorted(
        f"https://raw.githubusercontent.com/example/models/{NEW}/{p}" for p in files
    )
    # The same registry and report as the mirror path.
    assert (
        world["registry"]
        .read_text("utf-8")
        .endswith(
            EXPECTED_REGISTRY_TAIL.format(
                sprockets=_sha(files[SPROCKETS]), widgets=_sha(files[WIDGETS])
            )
        )
    )
    assert "- operation added: `createWidget` (POST /widgets/2025-01-01/widgets)" in github.report
    assert "3 API(s) changed, 2 breaking change(s)" in github.report


def test_the_github_path_fails_clearly(world: dict[str, Any]) -> None:
    def truncated(url: str) -> bytes:
        return json.dumps({"tree": [], "truncated": True}).encode()

    with pytest.raises(UpdateError, match="truncated the tree; use --mirror DIR"):
        _update(world, GitHubSource("example/models", NEW, get=truncated))
    with pytest.raises(UpdateError, match="40 lower-case hex digits"):
        update("main", MirrorSource(world["new_tree"]), registry_path=world["registry"])


def test_regeneration_after_the_update_gives_the_new_operation_and_table(
    world: dict[str, Any], tmp_path: Path
) -> None:
    result = _update(world, MirrorSource(world["new_tree"]))
    registry: Registry = result.plan.new
    out = tmp_path / "gen" / "selling_partner_generated"
    results, failures = generate_tree(
        registry.models, out, registry=registry, cache_dir=world["cache"], mirror=world["new_tree"]
    )
    assert failures == {}
    table = {r.model.package: r.operations for r in results}
    assert sorted(table["widgets_v2025_01_01"]) == ["create_widget", "get_widget"]
    assert table["widgets_v2025_01_01"]["create_widget"]["rate"] == 1.0
    assert (out / "sprockets_v0").is_dir() and not (out / "gadgets_v1").exists()
    readme = render_supported_apis(registry.models, table)
    assert (
        "| `widgets_v2025_01_01` | 2025-01-01 | `widgets-api-model/widgets_2025-01-01.json` "
        "| 2 | 2 |" in readme
    )
    assert "| **2 APIs** | | | **3** | **3** |" in readme
    again = tmp_path / "again" / "selling_partner_generated"
    generate_tree(registry.models, again, registry=registry, cache_dir=world["cache"])
    assert compare_trees(out, again) == []


def test_a_new_model_whose_name_is_taken_is_refused(world: dict[str, Any]) -> None:
    registry = load_registry(world["registry"])
    clash = {
        WIDGETS: world["new_files"][WIDGETS],
        "models/widgets-api-model/widgetsApiModel_2025-01-01.json": world["new_files"][WIDGETS],
    }
    with pytest.raises(UpdateError, match="'widgets_v2025_01_01' is that of"):
        plan_update(registry, NEW, clash)


@pytest.mark.parametrize(
    ("path", "info_version", "expected"),
    [
        (
            "models/a/externalFulfillmentShipments_2024-09-11.json",
            "x",
            ("external_fulfillment_shipments", "2024-09-11"),
        ),
        ("models/a/catalogItemsV0.json", "x", ("catalog_items", "v0")),
        (
            "models/a/deliveryShipmentInvoiceV2022-07-01.json",
            "x",
            ("delivery_shipment_invoice", "2022-07-01"),
        ),
        ("models/a/replenishment-2022-11-07.json", "x", ("replenishment", "2022-11-07")),
        ("models/a/InvoicesApiModel_2024-06-19.json", "x", ("invoices", "2024-06-19")),
        ("models/a/messaging.json", "v1", ("messaging", "v1")),
        ("models/a/fbaInventory.json", "1.0", ("fba_inventory", "v1")),
    ],
)
def test_suggested_names_follow_the_registry_conventions(
    path: str, info_version: str, expected: tuple[str, str]
) -> None:
    assert suggest_api(path, {"info": {"version": info_version}}) == expected


def test_a_model_without_a_version_is_refused() -> None:
    with pytest.raises(UpdateError, match=r"no version in the file name or info\.version"):
        suggest_api("models/a/thing.json", {"info": {"version": "latest"}})


# ----------------------------------------------------------------- diff facts


def _op(
    params: list[dict[str, Any]], body: dict[str, Any] | None = None, plan: str = ""
) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": "doIt",
        "description": plan,
        "responses": {"200": {"description": "OK"}},
    }
    operation["parameters"] = list(params)
    if body is not None:
        operation["parameters"].append({"name": "body", "in": "body", "schema": body})
    return _model("T", "v1", {"/t": {"post": operation}}, {})


def test_parameter_changes_and_their_breaking_marks() -> None:
    old = _op(
        [
            {"name": "a", "in": "query", "type": "string"},
            {"name": "gone", "in": "query", "type": "string"},
            {"name": "mode", "in": "query", "type": "string", "enum": ["X", "Y"]},
        ],
        plan=_plan(2, 10),
    )
    new = _op(
        [
            {"name": "a", "in": "query", "type": "string", "required": True},
            {"name": "extra", "in": "header", "type": "string"},
            {"name": "must", "in": "query", "type": "string", "required": True},
            {"name": "mode", "in": "query", "type": "string", "enum": ["X", "Z"]},
        ],
        plan=_plan(1, 10),
    )
    got = {(c.kind, c.subject, c.detail, c.breaking) for c in diff_model(old, new)}
    assert got == {
        ("parameter turned required", "query a", "", True),
        ("parameter removed", "query gone", "", True),
        ("parameter added", "header extra", "", False),
        ("required parameter added", "query must", "", True),
        ("enum value added", "parameter query mode", "`Z`", False),
        ("enum value removed", "parameter query mode", "`Y`", True),
        ("usage plan changed", "1/s burst 10", "was 2/s burst 10", False),
    }


def test_request_field_changes_report_the_top_of_a_new_subtree_only() -> None:
    old_body = {
        "type": "object",
        "properties": {"a": {"type": "string"}, "old": {"type": "string"}},
    }
    new_body = copy.deepcopy(old_body)
    del new_body["properties"]["old"]
    new_body["required"] = ["a", "b"]
    new_body["properties"]["b"] = {
        "type": "array",
        "items": {"type": "object", "properties": {"c": {"type": "string"}}},
    }
    changes = diff_model(_op([], old_body), _op([], new_body))
    assert sorted(changes) == sorted(
        [
            Change("doIt", "request field removed", "old"),
            Change("doIt", "request field turned required", "a"),
            Change("doIt", "required request field added", "b"),
        ]
    )
    assert all(c.breaking for c in changes)


def test_a_recursive_schema_is_walked_once() -> None:
    node = {
        "type": "object",
        "properties": {"child": {"$ref": "#/definitions/Node"}, "n": {"type": "string"}},
    }
    spec = _op([], {"$ref": "#/definitions/Node"})
    spec["definitions"] = {"Node": node}
    assert diff_model(spec, copy.deepcopy(spec)) == []


# ----------------------------------------------------------------- the command


def test_the_command_at_the_pinned_commit_reports_nothing_and_regenerates(
    capsys: pytest.CaptureFixture[str],
) -> None:
    registry = load_registry()
    mirror = default_mirror()
    if mirror is None:
        pytest.fail("../shared/spapi-models (or SPAPI_MODELS_MIRROR) is needed: CI has it")
    calls: list[str] = []
    status = main(
        ["--commit", registry.commit, "--mirror", str(mirror)],
        run_regen=lambda: calls.append("regen") or 0,
    )
    assert status == 0 and calls == ["regen"]
    err = capsys.readouterr().err
    assert f"already at {registry.commit}, every sha256 matches: no report" in err
    assert load_registry() == registry


def test_the_command_names_a_bad_commit(capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[str] = []
    status = main(["--commit", "HEAD", "--mirror", "."], run_regen=lambda: calls.append("x") or 0)
    assert status == 1 and calls == []
    assert "--commit must be 40 lower-case hex digits, got 'HEAD'" in capsys.readouterr().err

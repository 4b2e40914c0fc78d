"""regenerate.py: the table it writes, the drift comparison, inputs it reads."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import types
from pathlib import Path
from typing import Any

import _readme_table
import _spec_tables
import pytest
import regenerate
from _tree import sync_tree
from regenerate import GENERATED_ROOT, GenerationError, compare_trees, load_patches
from selling_partner_generated import operations as table

COLUMNS = {
    "operation_id",
    "module",
    "method",
    "path",
    "rate",
    "burst",
    "csv",
    "multi",
    "retry_safe",
    "pagination",
    "reference",
    "params",
    "grantless_scope",
    "restricted",
    "data_elements",
    "create_lookup",
    "limits",
}


def test_operations_table_has_the_design_shape() -> None:
    source = (GENERATED_ROOT / "operations.py").read_text("utf-8")
    tree = ast.parse(source)
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    for package, ops in table.OPERATIONS.items():
        assert table.API_PACKAGES[package]["model"].startswith("models/")
        for name, facts in ops.items():
            assert set(facts) == COLUMNS, name
            tag = str(facts["module"]).split(".")[-2]
            assert facts["module"] == f"selling_partner_generated.{package}.api.{tag}.{name}"
            assert facts["method"] in {"GET", "PUT", "POST", "DELETE", "PATCH"}
            # A repeated operationId gets its method appended; the reference keeps Amazon's.
            page = str(facts["reference"]).rsplit("/", 1)[1]
            operation_id = str(facts["operation_id"]).lower()
            assert operation_id in (page, page + str(facts["method"]).lower()), name
            assert isinstance(facts["csv"], tuple) and isinstance(facts["multi"], tuple)


def test_params_name_the_generated_function_arguments() -> None:
    for package, ops in table.OPERATIONS.items():
        for name, facts in ops.items():
            params = facts["params"]
            assert set(params) == {"path", "query", "header", "body", "body_model"}, name
            function = importlib.import_module(str(facts["module"])).sync_detailed
            arguments = set(inspect.signature(function).parameters) - {"client"}
            python = {*params["path"].values(), *params["query"].values()}
            python |= set(params["header"].values())
            python |= {params["body"]} if params["body"] else set()
            assert arguments == python, f"{package}.{name}"
            # limits name path/query/header arguments only (a body is checked by its model)
            assert set(facts["limits"]) <= python - {params["body"]}, f"{package}.{name}"
            if params["body_model"]:
                module, _, cls = params["body_model"].rpartition(".")
                assert isinstance(getattr(importlib.import_module(module), cls), type), name


def test_spec_columns_follow_grantless_restricted_and_retired_toml() -> None:
    spec = regenerate._load_toml(regenerate.RESTRICTED_TOML)
    grantless = regenerate._load_toml(regenerate.GRANTLESS_TOML)
    seen = 0
    for package, ops in table.OPERATIONS.items():
        for facts in ops.values():
            entry = spec.get(package, {}).get(facts["operation_id"])
            assert facts["restricted"] is (entry is not None)
            assert facts["data_elements"] == tuple((entry or {}).get("data_elements", ()))
            scope = grantless.get(package, {}).get(facts["operation_id"], {}).get("scope")
            assert facts["grantless_scope"] == scope
            seen += entry is not None or scope is not None
    compiled = regenerate.retired_table()
    assert compiled == table.RETIRED
    reports = compiled["reports_v2020_09_04"]
    assert reports["whole"] is True and reports["successor"] == "reports_v2021_06_30"
    get_reports = reports["operations"]["get_reports"]
    assert get_reports["removed"] == "2024-06-27"  # inherited from the package
    assert "source" not in reports and "source" not in get_reports


def test_retired_table_refuses_an_entry_without_its_facts(tmp_path: Path) -> None:
    bad = tmp_path / "retired.toml"
    bad.write_text("[retired.x_v1]\nwhole = true\n", "utf-8")
    with pytest.raises(GenerationError, match=r"retired.x_v1.*whole \(bool\) and title"):
        regenerate.retired_table(bad)
    bad.write_text(
        '[retired.x_v1]\nwhole = true\ntitle = "X"\n[retired.x_v1.operations]\n'
        'a = { successor = "y" }\n',
        "utf-8",
    )
    with pytest.raises(GenerationError, match="a: needs operation_id"):
        regenerate.retired_table(bad)


def test_known_facts_of_fulfillment_outbound() -> None:
    fo = table.OPERATIONS["fulfillment_outbound_v2020_07_01"]
    tracking = fo["get_package_tracking_details"]
    assert (tracking["rate"], tracking["burst"], tracking["retry_safe"]) == (2.0, 30, True)
    assert tracking["path"] == "/fba/outbound/2020-07-01/tracking"
    assert fo["get_fulfillment_preview"]["retry_safe"] is True  # listed in spec/retry_safe.toml
    assert fo["create_fulfillment_order"]["retry_safe"] is False
    assert fo["list_all_fulfillment_orders"]["pagination"] == {
        "request": "nextToken",
        "response": ("payload", "nextToken"),
    }
    new = table.OPERATIONS["fulfillment_outbound_v2026_07_04"]
    assert new["list_orders"]["pagination"] == {
        "request": "pageToken",
        "response": ("pagination", "nextToken"),
    }


def test_top_package_init_imports_nothing() -> None:
    tree = ast.parse((GENERATED_ROOT / "__init__.py").read_text("utf-8"))
    assert [type(n) for n in tree.body] == [ast.Expr]


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_compare_trees_lists_added_removed_and_changed(tmp_path: Path) -> None:
    expected = _tree(tmp_path / "e", {"a.py": "1", "pkg/b.py": "2", "pkg/c.py": "3"})
    actual = _tree(tmp_path / "a", {"a.py": "1", "pkg/b.py": "X", "old.py": "0"})
    (tmp_path / "a" / "__pycache__").mkdir()
    (tmp_path / "a" / "__pycache__" / "a.cpython-311.pyc").write_bytes(b"")
    assert compare_trees(expected, actual) == ["- old.py", "~ pkg/b.py", "+ pkg/c.py"]
    assert compare_trees(expected, expected) == []


def test_sync_makes_target_equal(tmp_path: Path) -> None:
    source = _tree(tmp_path / "s", {"a.py": "1", "pkg/b.py": "2"})
    target = _tree(tmp_path / "t", {"a.py": "0", "gone/c.py": "3"})
    assert sync_tree(source, target) == 3
    assert compare_trees(source, target) == []
    assert not (target / "gone").exists()


def test_patches_load_in_name_order_and_bad_json_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "demo_v1"
    folder.mkdir()
    (folder / "002-b.json").write_text(json.dumps({"reason": "b", "patch": []}))
    (folder / "001-a.json").write_text(json.dumps({"reason": "a", "patch": []}))
    assert [name for name, _ in load_patches("demo_v1", tmp_path)] == [
        "demo_v1/001-a.json",
        "demo_v1/002-b.json",
    ]
    assert load_patches("other_v1", tmp_path) == []
    (folder / "003-c.json").write_text("{not json")
    with pytest.raises(GenerationError, match=r"003-c\.json is not valid JSON"):
        load_patches("demo_v1", tmp_path)


def _facts(operation_id: str, paged: bool = False) -> Any:
    pagination = {"request": "nextToken", "response": ("nextToken",)} if paged else None
    return types.SimpleNamespace(
        operation_id=operation_id, original_operation_id=operation_id, pagination=pagination
    )


def test_unknown_retry_safe_operation_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = tmp_path / "retry_safe.toml"
    listed.write_text('[demo_v1]\nnoSuchOperation = "reads only"\n')
    monkeypatch.setattr(_spec_tables, "RETRY_SAFE_TOML", listed)
    with pytest.raises(GenerationError, match="noSuchOperation"):
        regenerate._retry_safe("demo_v1", [])


def test_a_retry_safe_entry_needs_its_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    listed = tmp_path / "retry_safe.toml"
    monkeypatch.setattr(_spec_tables, "RETRY_SAFE_TOML", listed)
    listed.write_text('[demo_v1]\npreview = "POST that computes a preview"\n')
    assert regenerate._retry_safe("demo_v1", [_facts("preview")]) == {"preview"}
    listed.write_text('[demo_v1]\npreview = " "\n')
    with pytest.raises(GenerationError, match="say why resending is safe for \\['preview'\\]"):
        regenerate._retry_safe("demo_v1", [_facts("preview")])


def test_later_page_rules_are_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    listed = tmp_path / "later_pages.toml"
    monkeypatch.setattr(_spec_tables, "LATER_PAGES_TOML", listed)
    facts = [_facts("list", paged=True), _facts("get")]
    listed.write_text('[demo_v1.list]\nalone = true\nfixed = { Q = "NEXT" }\nsource = "x"\n')
    assert regenerate._later_pages("demo_v1", facts) == {
        "list": {"alone": True, "fixed": {"Q": "NEXT"}}
    }
    listed.write_text('[demo_v1.get]\nalone = true\nsource = "x"\n')
    with pytest.raises(GenerationError, match="does not page"):
        regenerate._later_pages("demo_v1", facts)
    listed.write_text("[demo_v1.list]\nalone = true\n")
    with pytest.raises(GenerationError, match="source"):
        regenerate._later_pages("demo_v1", facts)
    listed.write_text('[demo_v1.list]\nalone = true\nsource = "x"\nsurprise = 1\n')
    with pytest.raises(GenerationError, match="takes alone, fixed"):
        regenerate._later_pages("demo_v1", facts)


def test_render_operations_literals() -> None:
    assert regenerate._literal(("a",)) == '("a",)'
    assert regenerate._literal({"request": "t", "response": ("p", "t")}) == (
        '{"request": "t", "response": ("p", "t")}'
    )
    assert regenerate._literal(None) == "None" and regenerate._literal(0.0167) == "0.0167"
    with pytest.raises(GenerationError):
        regenerate._literal(object())


# ------------------------------------------------------------ README table


def _model(package: str, version: str) -> regenerate.Model:
    return regenerate.Model(
        package, package.rsplit("_v", 1)[0], version, f"models/x/{package}.json", "0", True
    )


def test_supported_apis_table_counts_operations_plans_and_contract_figures() -> None:
    models = [_model("b_api_v1", "v1"), _model("a_api_v2024_01_01", "2024-01-01")]
    operations = {
        "a_api_v2024_01_01": {"x": {"rate": 1.0}, "y": {"rate": None}},
        "b_api_v1": {"z": {"rate": 0.5}},
    }
    counts = {
        "a_api_v2024_01_01": {
            "examples": 3,
            "examples_passing": 2,
            "sandbox_cases": 4,
            "sandbox_passing": 4,
        }
    }
    text = _readme_table.render_supported_apis(models, operations, counts)
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    assert rows[1:] == [
        "| `a_api_v2024_01_01` | 2024-01-01 | `x/a_api_v2024_01_01.json` | 2 | 1 | 2/3 | 4/4 |",
        "| `b_api_v1` | v1 | `x/b_api_v1.json` | 1 | 1 | n/a | n/a |",
        "| **2 APIs** | | | **3** | **2** | **2/3** | **4/4** |",
    ]
    assert "--check" in text


def test_readme_section_is_replaced_between_the_markers_only() -> None:
    start, end = _readme_table.README_START, _readme_table.README_END
    text = f"# T\n\nintro\n{start}\nold table\n{end}\nafter\n"
    new = _readme_table.replace_readme_section(text, "\nnew table\n")
    assert new == f"# T\n\nintro\n{start}\n\nnew table\n{end}\nafter\n"
    assert _readme_table.replace_readme_section(new, "\nnew table\n") == new
    for broken in (f"{start}\n", f"{end}\n{start}\n", f"{start}\n{end}\n{end}\n"):
        with pytest.raises(GenerationError, match=r"README\.md"):
            _readme_table.replace_readme_section(broken, "x")


def test_committed_readme_table_is_fresh() -> None:
    # The same check `./dev regen --check` runs; fix with scripts/regenerate.py --readme.
    assert _readme_table.update_readme(check=True) is False, (
        "README.md's supported-APIs table is stale (tests/contract/counts.json or the "
        "table changed): run `python scripts/regenerate.py --readme` and commit README.md"
    )
    readme = _readme_table.README.read_text("utf-8")
    section = readme.split(_readme_table.README_START)[1].split(_readme_table.README_END)[0]
    assert "| **66 APIs** | | | **370** |" in section
    for package in table.API_PACKAGES:
        assert f"| `{package}` |" in section


def test_retired_successors_are_generated_operations() -> None:
    # With every model generated, each successor the runtime names must be callable.
    successors = 0
    for package, entry in table.RETIRED.items():
        if entry["whole"]:
            assert package not in table.API_PACKAGES, package
            if entry["successor"]:
                assert entry["successor"] in table.API_PACKAGES, package
        else:
            assert package in table.API_PACKAGES, package
        for name, op in entry["operations"].items():
            assert name not in table.OPERATIONS.get(package, {}), f"{package}.{name} is live"
            if op["successor"]:
                target, _, function = op["successor"].partition(".")
                assert function in table.OPERATIONS[target], op["successor"]
                successors += 1
    assert successors >= 20


def test_grantless_and_restricted_entries_must_name_real_operations(tmp_path: Path) -> None:
    from _preprocess import OperationFacts

    facts = [OperationFacts("getThingPost", "getThing", "POST", "/t", None, None, (), (), None)]
    spec = tmp_path / "grantless.toml"
    spec.write_text('[p_v1]\ngetThing = { scope = "sellingpartnerapi::x" }\n', "utf-8")
    listed = regenerate._per_operation(spec, "p_v1", facts)
    # A renamed (deduplicated) operationId is found under the model's own name.
    assert regenerate._entry(listed, facts[0]) == {"scope": "sellingpartnerapi::x"}
    assert regenerate._per_operation(spec, "other_v1", facts) == {}
    spec.write_text("[p_v1]\ngetThings = {}\n", "utf-8")
    with pytest.raises(GenerationError, match=r"grantless.toml \[p_v1\]: unknown operationIds"):
        regenerate._per_operation(spec, "p_v1", facts)


def test_summary_counts_plans_by_source_and_lists_operations_without_one() -> None:
    from _preprocess import OperationFacts, UsagePlan

    def facts(operation_id: str, plan: UsagePlan | None) -> OperationFacts:
        problem = None if plan else "no usage plan table"
        return OperationFacts(operation_id, operation_id, "GET", "/x", plan, problem, (), (), None)

    result = regenerate.ModelResult(
        _model("p_v1", "v1"),
        {"a": {}, "b": {}, "c": {}},
        [
            facts("a", UsagePlan(1.0, 2)),
            facts("b", UsagePlan(0.5, 1, "https://example.invalid/rate-limits")),
            facts("c", None),
        ],
        ["fix"],
    )
    text = regenerate._summary([result], 1.25)
    assert "models: 1, operations: 3, generator warnings: 0, preprocessing fixes: 1" in text
    assert "usage plans: 2 (1 from the models' tables, 1 from spec/usage_plans.toml)" in text
    assert "operations without usage plan: 1" in text
    assert "  p_v1.c (no usage plan table)" in text.splitlines()


def test_parameter_limits_come_from_the_models_path_query_and_header_parameters() -> None:
    spec = {
        "parameters": {"Id": {"name": "id", "in": "path", "pattern": "^[a-z]+$", "maxLength": 9}},
        "paths": {
            "/items/{id}": {
                "parameters": [{"$ref": "#/parameters/Id"}],
                "get": {
                    "parameters": [
                        {"name": "pageSize", "in": "query", "minimum": 1, "maximum": 20},
                        {"name": "ids", "in": "query", "maxItems": 5, "items": {"minLength": 2}},
                        {"name": "plain", "in": "query", "type": "string"},
                        {"name": "body", "in": "body", "schema": {"maxLength": 1}},
                    ]
                },
            }
        },
    }
    params = {
        "path": {"id": "id"},
        "query": {"pageSize": "page_size", "ids": "ids", "plain": "plain"},
        "header": {},
    }
    assert regenerate._parameter_limits(spec, "GET", "/items/{id}", params) == {
        "id": {"pattern": "^[a-z]+$", "max_length": 9},
        "ids": {"max_items": 5, "items": {"min_length": 2}},
        "page_size": {"minimum": 1, "maximum": 20},
    }
    # the generated table carries them (the model's own numbers)
    limits = table.OPERATIONS["finances_v0"]["list_financial_events"]["limits"]
    assert limits == {"max_results_per_page": {"minimum": 1, "maximum": 100}}


def test_the_preprocessing_log_lists_each_models_fixes() -> None:
    results = [
        regenerate.ModelResult(_model("b_api_v1", "v1"), [], [], ["opB 204: dropped examples"], []),
        regenerate.ModelResult(_model("a_api_v1", "v1"), [], [], [], []),
    ]
    log = _readme_table.render_preprocessing_log(results)
    assert "**1 fixes in 1 of 2 models.**" in log
    assert "## b_api_v1 (1)\n\n- opB 204: dropped examples\n" in log
    assert "a_api_v1" not in log


def test_the_committed_preprocessing_log_counts_what_it_lists() -> None:
    text = _readme_table.PREPROCESSING_LOG.read_text("utf-8")
    listed = sum(1 for line in text.splitlines() if line.startswith("- "))
    assert f"**{listed} fixes in " in text

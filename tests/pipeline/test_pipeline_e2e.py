"""The whole pipeline on a tiny inline model that has every known defect.

Generates for real (swagger2openapi + openapi-python-client, about 2 s), then
imports the result and sends requests through the hand-written transport.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from regenerate import compare_trees, generate_tree
from selling_partner._operations import OperationIndex
from selling_partner._transport import SpApiTransport
from spec_registry import Model, Registry

PLAN = "Lists.\n\n| Rate (requests per second) | Burst |\n| ---- | ---- |\n| 5 | 10 |\n"
ERRORS = {
    "type": "object",
    "properties": {"errors": {"type": "array", "items": {"type": "object"}}},
}
ITEM_PATH = "/tiny/v1/items/{itemId}"


def _tiny_model() -> dict[str, Any]:
    def array(name: str, fmt: str | None = None) -> dict[str, Any]:
        param: dict[str, Any] = {
            "name": name,
            "in": "query",
            "type": "array",
            "items": {"type": "string"},
        }
        if fmt:
            param["collectionFormat"] = fmt
        return param

    write = {
        "description": PLAN,
        "parameters": [
            {"name": "itemId", "in": "path", "required": True, "type": "string"},
            {"name": "x-amz-date", "in": "header", "type": "string"},
            {
                "name": "body",
                "in": "body",
                "required": True,
                "schema": {"$ref": "#/definitions/Item"},
            },
        ],
        "responses": {"200": {"description": "Done.", "schema": {"$ref": "#/definitions/Errors"}}},
    }
    return {
        "swagger": "2.0",
        "info": {"title": "Tiny", "version": "v1", "description": "Amazon prose sentence."},
        "host": "sellingpartnerapi-na.amazon.com",
        "schemes": ["https"],
        "consumes": ["application/json"],
        "produces": ["application/json"],
        "paths": {
            "/tiny/v1/items": {
                "get": {
                    "operationId": "listItems",
                    "tags": ["tiny"],
                    "description": PLAN + "\nSelling partners whose business demands more.",
                    "parameters": [
                        array("ids"),
                        array("marketplaceIds", "csv"),
                        array("tags", "multi"),
                        {
                            "name": "sortBy",
                            "in": "query",
                            "type": "string",
                            "collectionFormat": "csv",
                        },
                        {"name": "nextToken", "in": "query", "type": "string"},
                    ],
                    "responses": {
                        "200": {
                            "description": "Success.",
                            "schema": {"$ref": "#/definitions/ListResponse"},
                            "examples": {"payload": {"items": [], "nextToken": "n"}},
                        }
                    },
                }
            },
            ITEM_PATH: {
                "put": {**write, "operationId": "saveItem", "tags": ["tiny"]},
                "post": {**write, "operationId": "saveItem", "tags": ["tiny"]},
            },
        },
        "definitions": {
            "ListResponse": {
                "type": "object",
                "properties": {
                    "payload": {
                        "type": "object",
                        "properties": {
                            "items": {"type": "array", "items": {"$ref": "#/definitions/Item"}},
                            "nextToken": {"type": "string"},
                        },
                    },
                    "errors": {"type": "array", "items": {"type": "object"}},
                },
            },
            "Item": {
                "type": "object",
                "description": "An item, described at length by Amazon.",
                "properties": {
                    "status": {"type": "string", "enum": ["Open", "Closed"]},
                    "kind": {"type": "string", "enum": ["3P", "2D_BARCODE", "NONE"]},
                    "priority": {"type": "integer", "enum": [1, 2]},
                },
            },
            "ItemStatus": {"type": "object", "properties": {"code": {"type": "string"}}},
            "Errors": ERRORS,
        },
    }


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    base = tmp_path_factory.mktemp("tiny")
    raw = json.dumps(_tiny_model()).encode()
    path = "models/tiny-api-model/tiny.json"
    (base / "mirror" / path).parent.mkdir(parents=True)
    (base / "mirror" / path).write_bytes(raw)
    model = Model("tiny_v1", "tiny", "v1", path, hashlib.sha256(raw).hexdigest(), True)
    # The same model under a second name, so the second run has two models to
    # generate in parallel worker processes.
    twin = Model("tiny_v2", "tiny", "v2", path, model.sha256, True)
    registry = Registry("amzn/x", "d" * 40, (model, twin))
    outputs = []
    for run, models, jobs in (("one", [model], 1), ("two", [model, twin], 2)):
        root = base / run / "selling_partner_generated"
        results, failures = generate_tree(
            models,
            root,
            registry=registry,
            mirror=base / "mirror",
            cache_dir=base / "cache",
            jobs=jobs,
        )
        assert failures == {}
        assert [r.model.package for r in results] == [m.package for m in models]
        outputs.append(root)
    sys.path.insert(0, str(outputs[0]))
    try:
        namespace: dict[str, Any] = {}
        exec((outputs[0] / "operations.py").read_text(), namespace)
        yield {"roots": outputs, "result": results[0], "table": namespace}
    finally:
        sys.path.remove(str(outputs[0]))
        for name in [m for m in sys.modules if m == "tiny_v1" or m.startswith("tiny_v1.")]:
            del sys.modules[name]


def test_regeneration_is_byte_identical(generated: dict[str, Any]) -> None:
    # Run "two" generated in two worker processes, with the twin package beside it.
    one, two = generated["roots"]
    # compare_trees of two missing folders is empty too: make sure there is a tree.
    assert len(list((one / "tiny_v1").rglob("*.py"))) > 3
    assert compare_trees(one / "tiny_v1", two / "tiny_v1") == []
    extra = compare_trees(one, two)
    # The table and the clients' typed attributes list every package; nothing else differs.
    listings = {"~ operations.py", "~ accessors.py"}
    assert listings <= set(extra)
    assert [x for x in extra if x not in listings and not x.startswith("- tiny_v2/")] == []
    assert '"tiny_v2": {' in (two / "operations.py").read_text()
    assert "def tiny_v2(self)" in (two / "accessors.py").read_text()
    assert (one / "tiny_v1" / "accessors.py").is_file() and (one / "py.typed").is_file()


def test_table_columns(generated: dict[str, Any]) -> None:
    ops = generated["table"]["OPERATIONS"]["tiny_v1"]
    assert set(ops) == {"list_items", "save_item", "save_item_post"}
    listing = ops["list_items"]
    assert listing["csv"] == ("ids", "marketplaceIds") and listing["multi"] == ("tags",)
    assert (listing["rate"], listing["burst"], listing["retry_safe"]) == (5.0, 10, True)
    assert listing["pagination"] == {"request": "nextToken", "response": ("payload", "nextToken")}
    assert listing["module"] == "selling_partner_generated.tiny_v1.api.tiny.list_items"
    post = ops["save_item_post"]
    assert (post["operation_id"], post["method"], post["retry_safe"]) == (
        "saveItemPost",
        "POST",
        False,
    )
    assert post["reference"].endswith("/saveitem")
    # Wire name -> the generated function's argument, as the generator named them.
    assert listing["params"] == {
        "path": {},
        "query": {
            "ids": "ids",
            "marketplaceIds": "marketplace_ids",
            "nextToken": "next_token",
            "sortBy": "sort_by",
            "tags": "tags",
        },
        "header": {},
        "body": None,
        "body_model": None,
    }
    assert post["params"] == {
        "path": {"itemId": "item_id"},
        "query": {},
        "header": {"x-amz-date": "x_amz_date"},
        "body": "body",
        "body_model": "selling_partner_generated.tiny_v1.models.item.Item",
    }
    for facts in ops.values():
        assert (facts["grantless_scope"], facts["restricted"], facts["data_elements"]) == (
            None,
            False,
            (),
        )


def test_no_prose_and_no_examples_in_generated_code(generated: dict[str, Any]) -> None:
    text = "\n".join(p.read_text() for p in generated["roots"][0].rglob("*.py"))
    for prose in (
        "Amazon prose",
        "described at length",
        "Selling partners whose business",
        "Success.",
    ):
        assert prose not in text
    assert "Rate limit: 5 requests/second, burst 10." in text


def test_enum_names_and_unknown_values(generated: dict[str, Any]) -> None:
    models = importlib.import_module("tiny_v1.models")
    assert {m.name for m in models.ItemKind} == {"VALUE_3P", "VALUE_2D_BARCODE", "NONE"}
    # The inline enum clashing with the ItemStatus model got its own class.
    assert models.ItemStatusEnum("Open") is models.ItemStatusEnum.OPEN
    assert hasattr(models.ItemStatus, "from_dict")
    item = models.Item.from_dict({"status": "Archived", "kind": "4P", "priority": 9})
    assert (item.status, item.kind, item.priority) == ("Archived", "4P", 9)
    assert item.to_dict() == {"status": "Archived", "kind": "4P", "priority": 9}


def test_query_arrays_comma_joined_through_the_transport(generated: dict[str, Any]) -> None:
    namespace = generated["table"]
    index = OperationIndex.from_table(namespace["API_PACKAGES"], namespace["OPERATIONS"])
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"payload": {"items": []}})

    transport = SpApiTransport(
        httpx.MockTransport(handler),
        operations=index,
        identity="test",
        region="na",
        rate_limiting=False,
    )
    client_module = importlib.import_module("tiny_v1.client")
    list_items = importlib.import_module("tiny_v1.api.tiny.list_items")
    client = client_module.Client(base_url="https://sp.test")
    client.set_httpx_client(httpx.Client(base_url="https://sp.test", transport=transport))
    list_items.sync(client=client, ids=["A", "B"], marketplace_ids=["M1"], tags=["x", "y"])
    query = seen[0].url.query.decode()
    assert "ids=A,B" in query and "marketplaceIds=M1" in query
    assert "tags=x&tags=y" in query

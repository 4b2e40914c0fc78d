"""Preprocessing steps, each on a tiny inline Swagger 2.0 spec."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from _preprocess import (
    PreprocessError,
    UsagePlan,
    UsagePlanError,
    apply_patches,
    dedupe_operation_ids,
    drop_collection_format_on_non_arrays,
    drop_no_content_bodies,
    extract_operation_facts,
    fix_example_keys,
    name_digit_enum_values,
    parse_usage_plan,
    preprocess,
    strip_prose,
    title_clashing_inline_enums,
)

PLAN = (
    "Returns things.\n\n**Usage Plan:**\n\n| Rate (requests per second) | Burst |\n"
    "| ---- | ---- |\n| 2 | 30 |\n\nThe `x-amzn-RateLimit-Limit` response header returns the "
    "usage plan rate limits. Selling partners whose business demands require higher "
    "throughput may have higher rate and burst values than those shown here."
)


def _spec(**operation: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "operationId": "getThing",
        "description": PLAN,
        "summary": "Get a thing, in Amazon's words.",
        "responses": {"200": {"description": "Success.", "schema": {"$ref": "#/definitions/R"}}},
    }
    base.update(operation)
    return {
        "swagger": "2.0",
        "info": {
            "title": "Selling Partner API for Things",
            "description": "Prose.",
            "version": "v0",
        },
        "paths": {"/things/v0/things": {"get": base}},
        "definitions": {
            "R": {
                "type": "object",
                "description": "The response. Amazon prose.",
                "properties": {
                    "payload": {
                        "type": "object",
                        "title": "A title sentence",
                        "properties": {
                            "nextToken": {"type": "string", "description": "Token prose."},
                            "description": {"type": "string", "example": "A value."},
                        },
                    }
                },
            }
        },
    }


# ----------------------------------------------------------------- usage plans


def test_usage_plan_parsed() -> None:
    assert parse_usage_plan(PLAN) == UsagePlan(2.0, 30)


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (
            "| Rate (requests per second) | Burst |\n| ---- | ---- |\n| .5 | 30 |",
            UsagePlan(0.5, 30),
        ),
        (
            "| Rate (requests per second) | Burst |\\n| ---- | ---- |\\n| 0.0167 | 20 |",
            UsagePlan(0.0167, 20),
        ),
        (
            "| Plan type | Rate (requests per second) | Burst |\n| ---- | ---- | ---- |\n"
            "|Default| 5 | 10 |\n|Selling partner specific| Variable | Variable |",
            UsagePlan(5.0, 10),
        ),
    ],
)
def test_usage_plan_variants(table: str, expected: UsagePlan) -> None:
    assert parse_usage_plan("Text.\n\n" + table + "\n\nMore text.") == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("No table here.", "no usage plan table"),
        (
            "| Rate (requests per second) | Burst |\n| ---- | ---- |\n| n | n |",
            "not numeric: | n | n |",
        ),
        ("| Rate (requests per second) | Burst |\n| ---- | ---- |\n| 0 | 10 |", "not positive"),
    ],
)
def test_usage_plan_problems_are_named(text: str, message: str) -> None:
    with pytest.raises(UsagePlanError, match=message.replace("|", r"\|")):
        parse_usage_plan(text)


def test_missing_plan_uses_fallback_else_names_problem() -> None:
    spec = _spec(description="No plan.")
    [facts] = extract_operation_facts(spec)
    assert facts.usage_plan is None and facts.usage_plan_problem is not None
    fallback = {"getThing": {"rate": 0.5, "burst": 3, "source": "docs page"}}
    [facts] = extract_operation_facts(spec, fallback)
    assert facts.usage_plan == UsagePlan(0.5, 3, "docs page")
    # A plan in the model wins over the fallback table.
    [facts] = extract_operation_facts(_spec(), fallback)
    assert facts.usage_plan == UsagePlan(2.0, 30)


# -------------------------------------------------------------- query arrays


def _array(name: str, fmt: str | None = None) -> dict[str, Any]:
    param: dict[str, Any] = {
        "name": name,
        "in": "query",
        "type": "array",
        "items": {"type": "string"},
    }
    if fmt:
        param["collectionFormat"] = fmt
    return param


def test_csv_is_the_default_and_multi_is_kept_apart() -> None:
    params = [
        _array("MarketplaceIds"),
        _array("skus", "csv"),
        _array("mskus", "multi"),
        {"name": "nextToken", "in": "query", "type": "string"},
    ]
    [facts] = extract_operation_facts(_spec(parameters=params))
    assert facts.csv == ("MarketplaceIds", "skus")
    assert facts.multi == ("mskus",)


def test_path_level_and_referenced_parameters_count() -> None:
    spec = _spec(parameters=[{"$ref": "#/parameters/Ids"}])
    spec["parameters"] = {"Ids": _array("ids")}
    spec["paths"]["/things/v0/things"]["parameters"] = [_array("tags", "multi")]
    [facts] = extract_operation_facts(spec)
    assert facts.csv == ("ids",) and facts.multi == ("tags",)


def test_unsupported_collection_format_is_a_clear_error() -> None:
    with pytest.raises(PreprocessError, match=r"'pipes'.*spec/patches"):
        extract_operation_facts(_spec(parameters=[_array("ids", "pipes")]))


def test_collection_format_dropped_on_non_arrays_only() -> None:
    scalar = {"name": "sortBy", "in": "query", "type": "string", "collectionFormat": "csv"}
    spec = _spec(parameters=[scalar, _array("ids", "csv")])
    fixes = drop_collection_format_on_non_arrays(spec)
    params = spec["paths"]["/things/v0/things"]["get"]["parameters"]
    assert "collectionFormat" not in params[0]
    assert params[1]["collectionFormat"] == "csv"
    assert len(fixes) == 1 and "sortBy" in fixes[0]


# -------------------------------------------------------------- pagination


def test_pagination_found_in_response_schema() -> None:
    params = [{"name": "nextToken", "in": "query", "type": "string"}]
    [facts] = extract_operation_facts(_spec(parameters=params))
    assert facts.pagination == {"request": "nextToken", "response": ("payload", "nextToken")}


def test_pagination_maps_page_token_to_next_token() -> None:
    params = [{"name": "pageToken", "in": "query", "type": "string"}]
    [facts] = extract_operation_facts(_spec(parameters=params))
    assert facts.pagination == {"request": "pageToken", "response": ("payload", "nextToken")}


def test_no_pagination_without_token_parameter() -> None:
    [facts] = extract_operation_facts(_spec())
    assert facts.pagination is None


# -------------------------------------------------------------- examples


def test_examples_keyed_by_property_names_become_one_body() -> None:
    payload = {"nextToken": "t"}
    spec = _spec()
    spec["paths"]["/things/v0/things"]["get"]["responses"]["200"]["examples"] = {"payload": payload}
    assert fix_example_keys(spec)
    examples = spec["paths"]["/things/v0/things"]["get"]["responses"]["200"]["examples"]
    assert examples == {"application/json": {"payload": payload}}


def test_examples_keyed_by_label_keep_the_whole_body() -> None:
    body = {"payload": {"nextToken": "t"}}
    spec = _spec()
    response = spec["paths"]["/things/v0/things"]["get"]["responses"]["200"]
    response["examples"] = {"Successful Response": body, "Another": {"payload": {}}}
    fix_example_keys(spec)
    assert response["examples"] == {"application/json": body}


def test_mime_keyed_examples_untouched() -> None:
    spec = _spec()
    response = spec["paths"]["/things/v0/things"]["get"]["responses"]["200"]
    response["examples"] = {"application/json": {"payload": {}}}
    assert fix_example_keys(spec) == []
    assert response["examples"] == {"application/json": {"payload": {}}}


# ------------------------------------------------------- duplicate operationIds


def test_duplicate_operation_id_gets_method_suffix() -> None:
    spec = _spec()
    spec["paths"]["/things/v0/things"]["post"] = copy.deepcopy(
        spec["paths"]["/things/v0/things"]["get"]
    )
    fixes = dedupe_operation_ids(spec)
    assert spec["paths"]["/things/v0/things"]["get"]["operationId"] == "getThing"
    assert spec["paths"]["/things/v0/things"]["post"]["operationId"] == "getThingPost"
    assert "getThing -> getThingPost" in fixes[0]


def test_missing_operation_id_is_an_error() -> None:
    spec = _spec()
    del spec["paths"]["/things/v0/things"]["get"]["operationId"]
    with pytest.raises(PreprocessError, match="GET /things/v0/things"):
        dedupe_operation_ids(spec)


# ---------------------------------------------------------------- enum names


def test_inline_enum_clashing_with_definition_gets_a_title() -> None:
    spec = _spec()
    spec["definitions"]["Transaction"] = {
        "type": "object",
        "properties": {"status": {"type": "string", "enum": ["Failure", "Success"]}},
    }
    spec["definitions"]["TransactionStatus"] = {"type": "object", "properties": {}}
    fixes = title_clashing_inline_enums(spec)
    assert spec["definitions"]["Transaction"]["properties"]["status"]["title"] == "StatusEnum"
    assert fixes == ["Transaction: inline enum TransactionStatus -> TransactionStatusEnum"]


def test_inline_enum_without_clash_untouched() -> None:
    spec = _spec()
    spec["definitions"]["Transaction"] = {
        "type": "object",
        "properties": {"status": {"type": "string", "enum": ["A"]}},
    }
    assert title_clashing_inline_enums(spec) == []
    assert "title" not in spec["definitions"]["Transaction"]["properties"]["status"]


def test_digit_enum_values_get_stable_names_from_their_values() -> None:
    spec = _spec()
    enum = {"type": "string", "enum": ["NONE", "2D_BARCODE", "3P", "4x6"]}
    spec["definitions"]["Kind"] = enum
    assert name_digit_enum_values(spec)
    assert enum["x-enum-varnames"] == ["NONE", "VALUE_2D_BARCODE", "VALUE_3P", "VALUE_4X6"]
    # Inserting a value does not rename the others (positional names would shift).
    spec["definitions"]["Kind"] = {"type": "string", "enum": ["1A", "NONE", "2D_BARCODE"]}
    name_digit_enum_values(spec)
    assert spec["definitions"]["Kind"]["x-enum-varnames"] == [
        "VALUE_1A",
        "NONE",
        "VALUE_2D_BARCODE",
    ]


def test_letter_only_enums_untouched() -> None:
    spec = _spec()
    spec["definitions"]["Kind"] = {"type": "string", "enum": ["A", "B"]}
    assert name_digit_enum_values(spec) == []


# --------------------------------------------------------------------- prose


def test_strip_prose_keeps_facts_and_property_names() -> None:
    spec = _spec(
        parameters=[{"name": "nextToken", "in": "query", "type": "string", "description": "p"}]
    )
    strip_prose(spec, {"getThing": "GET /things/v0/things"}, title="Selling Partner API things_v0")
    text = json.dumps(spec)
    for prose in (
        "Amazon prose",
        "Prose.",
        "Token prose",
        "A title sentence",
        "Success.",
        "A value.",
    ):
        assert prose not in text
    assert spec["info"] == {"title": "Selling Partner API things_v0", "version": "v0"}
    operation = spec["paths"]["/things/v0/things"]["get"]
    assert operation["description"] == "GET /things/v0/things" and "summary" not in operation
    assert operation["responses"]["200"]["description"] == "OK"
    # A property *named* description is data, not prose.
    assert "description" in spec["definitions"]["R"]["properties"]["payload"]["properties"]


def test_preprocess_end_to_end_leaves_no_prose_and_keeps_raw_untouched() -> None:
    raw = _spec(parameters=[_array("ids")])
    before = copy.deepcopy(raw)
    result = preprocess(raw, package="things_v0")
    assert raw == before
    text = json.dumps(result.spec)
    assert "Usage Plan" not in text and "Selling partners whose business" not in text
    description = result.spec["paths"]["/things/v0/things"]["get"]["description"]
    assert description == (
        "GET /things/v0/things\n\nRate limit: 2 requests/second, burst 30.\n\n"
        "Reference: https://developer-docs.amazon.com/sp-api/reference/getthing"
    )
    assert result.operations[0].csv == ("ids",)


def test_preprocess_rejects_openapi3() -> None:
    with pytest.raises(PreprocessError, match=r"Swagger 2\.0"):
        preprocess({"openapi": "3.0.0"}, package="x_v1")


# ------------------------------------------------------------------- patches


def test_patches_apply_in_order_and_need_a_reason() -> None:
    spec = _spec()
    first = {"reason": "r", "patch": [{"op": "add", "path": "/x-a", "value": 1}]}
    second = {"reason": "r", "patch": [{"op": "replace", "path": "/x-a", "value": 2}]}
    assert apply_patches(spec, [("001.json", first), ("002.json", second)])["x-a"] == 2
    with pytest.raises(PreprocessError, match=r"003\.json: 'reason'"):
        apply_patches(spec, [("003.json", {"patch": first["patch"]})])


def test_patch_that_does_not_apply_names_the_file() -> None:
    bad = {"reason": "r", "patch": [{"op": "remove", "path": "/nope"}]}
    with pytest.raises(PreprocessError, match=r"004\.json does not apply"):
        apply_patches(_spec(), [("004.json", bad)])


# ---------------------------------------------------------------- 204 bodies


def test_a_204_response_loses_its_schema_and_examples() -> None:
    spec = _spec(
        responses={
            "204": {
                "description": "No content.",
                "schema": {"$ref": "#/definitions/R"},
                "examples": {"application/json": {"payload": {}}},
                "headers": {"x-amzn-RequestId": {"type": "string"}},
                "x-amzn-api-sandbox": {"static": [{"request": {}, "response": {}}]},
            },
            "400": {"description": "Bad.", "schema": {"$ref": "#/definitions/R"}},
        }
    )
    fixes = drop_no_content_bodies(spec)
    responses = spec["paths"]["/things/v0/things"]["get"]["responses"]
    assert fixes == ["getThing 204: dropped examples, schema"]
    assert sorted(responses["204"]) == ["description", "headers", "x-amzn-api-sandbox"]
    assert responses["400"]["schema"] == {"$ref": "#/definitions/R"}  # errors keep their body
    assert drop_no_content_bodies(spec) == []  # nothing left to do


def test_a_shared_204_response_is_replaced_by_a_clean_copy() -> None:
    spec = _spec(responses={"204": {"$ref": "#/responses/Empty"}})
    spec["responses"] = {"Empty": {"description": "x", "schema": {"type": "string"}}}
    assert drop_no_content_bodies(spec) == ["getThing 204: dropped schema"]
    assert spec["paths"]["/things/v0/things"]["get"]["responses"]["204"] == {"description": "x"}
    assert spec["responses"]["Empty"]["schema"] == {"type": "string"}


def test_a_204_without_body_and_other_statuses_are_left_alone() -> None:
    spec = _spec(responses={"204": {"description": "x"}, "200": {"schema": {"type": "string"}}})
    before = copy.deepcopy(spec)
    assert drop_no_content_bodies(spec) == []
    assert spec == before

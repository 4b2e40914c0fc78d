"""The operation index: table parsing, lookup by method and URL path, the default table."""

from __future__ import annotations

import re
import subprocess
import sys
import types
from collections.abc import Iterator
from typing import Any

import pytest
from runtime_fakes import table_row
from selling_partner import _operations
from selling_partner._operations import Operation, OperationIndex, OperationParams, Retirement

PKG = "fulfillment_outbound_v2020_07_01"
PREFIX = "/fba/outbound/2020-07-01"


def _facts(operation_id: str, method: str, path: str, **extra: Any) -> dict[str, Any]:
    reference = f"https://developer-docs.amazon.com/sp-api/reference/{operation_id.lower()}"
    return table_row(
        operation_id,
        method,
        path,
        module=f"selling_partner_generated.{PKG}.api.fba_outbound.{operation_id}",
        **{"reference": reference, **extra},
    )


API_PACKAGES = {PKG: {"model": "m.json", "version": "2020-07-01"}, "empty_v1": {}}
OPERATIONS = {
    PKG: {
        "get_fulfillment_order": _facts(
            "getFulfillmentOrder", "GET", PREFIX + "/fulfillmentOrders/{sellerFulfillmentOrderId}"
        ),
        "get_fulfillment_preview": _facts(
            "getFulfillmentPreview", "POST", PREFIX + "/fulfillmentOrders/preview", retry_safe=True
        ),
        "cancel_fulfillment_order": _facts(
            "cancelFulfillmentOrder",
            "PUT",
            PREFIX + "/fulfillmentOrders/{sellerFulfillmentOrderId}/cancel",
        ),
        "list_return_reason_codes": _facts(
            "listReturnReasonCodes",
            "GET",
            PREFIX + "/returnReasonCodes",
            csv=("MarketplaceIds",),
            multi=("mskus",),
            pagination={"request": "nextToken", "response": ("payload", "nextToken")},
            rate=None,
            burst=None,
        ),
        "create_fulfillment_return": _facts(
            "createFulfillmentReturn",
            "PUT",
            PREFIX + "/fulfillmentOrders/{sellerFulfillmentOrderId}/return",
        ),
        "get_feature_sku": _facts(
            "getFeatureSKU", "GET", PREFIX + "/features/inventory/{featureName}/{sellerSku}"
        ),
        "get_features": _facts("getFeatures", "GET", PREFIX + "/features"),
    },
}


@pytest.fixture
def index() -> OperationIndex:
    return OperationIndex.from_table(API_PACKAGES, OPERATIONS)


def test_from_table_builds_typed_operations(index: OperationIndex) -> None:
    op = index.get(PKG, "list_return_reason_codes")
    assert op == Operation(
        package=PKG,
        name="list_return_reason_codes",
        operation_id="listReturnReasonCodes",
        module=f"selling_partner_generated.{PKG}.api.fba_outbound.listReturnReasonCodes",
        method="GET",
        path=PREFIX + "/returnReasonCodes",
        rate=None,
        burst=None,
        csv=frozenset({"MarketplaceIds"}),
        multi=frozenset({"mskus"}),
        retry_safe=True,
        pagination={"request": "nextToken", "response": ("payload", "nextToken")},
        reference="https://developer-docs.amazon.com/sp-api/reference/listreturnreasoncodes",
    )
    assert index.get(PKG, "get_fulfillment_order").rate == 2.0
    assert index.get(PKG, "get_fulfillment_order").burst == 30


def test_operation_is_immutable(index: OperationIndex) -> None:
    op = index.get(PKG, "get_features")
    with pytest.raises(AttributeError):
        op.rate = 5.0  # type: ignore[misc]
    pagination = index.get(PKG, "list_return_reason_codes").pagination
    assert pagination is not None
    with pytest.raises(TypeError):
        pagination["request"] = "other"  # type: ignore[index]


def test_packages_operations_and_get(index: OperationIndex) -> None:
    assert index.packages() == ("empty_v1", PKG)
    assert set(index.operations(PKG)) == set(OPERATIONS[PKG])
    assert dict(index.operations("empty_v1")) == {}
    assert len(index) == len(OPERATIONS[PKG])
    assert {op.name for op in index} == set(OPERATIONS[PKG])
    with pytest.raises(KeyError, match="unknown API package 'nope'"):
        index.operations("nope")
    with pytest.raises(KeyError, match="has no operation 'nope'"):
        index.get(PKG, "nope")


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", PREFIX + "/fulfillmentOrders/ORDER-1", "get_fulfillment_order"),
        # A literal segment beats the placeholder at the same position.
        ("POST", PREFIX + "/fulfillmentOrders/preview", "get_fulfillment_preview"),
        # ...but only for its own method: GET .../preview is an order called "preview".
        ("GET", PREFIX + "/fulfillmentOrders/preview", "get_fulfillment_order"),
        ("PUT", PREFIX + "/fulfillmentOrders/ORDER-1/cancel", "cancel_fulfillment_order"),
        ("PUT", PREFIX + "/fulfillmentOrders/ORDER-1/return", "create_fulfillment_return"),
        ("get", PREFIX + "/returnReasonCodes", "list_return_reason_codes"),
        (
            "GET",
            PREFIX + "/returnReasonCodes?MarketplaceIds=A&MarketplaceIds=B",
            "list_return_reason_codes",
        ),
        ("GET", PREFIX + "/returnReasonCodes/", "list_return_reason_codes"),
        ("GET", PREFIX + "/features", "get_features"),
        # An encoded slash stays inside its segment (a SKU may contain "/").
        ("GET", PREFIX + "/features/inventory/MCF/SKU%2F1", "get_feature_sku"),
    ],
)
def test_lookup_finds_the_operation(
    index: OperationIndex, method: str, path: str, expected: str
) -> None:
    op = index.lookup(method, path)
    assert op is not None
    assert op.name == expected


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/auth/o2/token"),  # Login with Amazon
        ("GET", "/bucket/report-document.csv.gz"),  # a presigned document URL
        ("DELETE", PREFIX + "/fulfillmentOrders/ORDER-1"),
        ("GET", PREFIX + "/fulfillmentOrders/ORDER-1/cancel/extra"),
        ("GET", PREFIX + "/features/inventory/MCF/SKU/1"),
        ("GET", "/"),
        ("GET", ""),
    ],
)
def test_lookup_of_other_requests_is_none(index: OperationIndex, method: str, path: str) -> None:
    assert index.lookup(method, path) is None


def test_literal_beats_placeholder_left_to_right() -> None:
    ops = {
        "p": {
            "a": _facts("a", "GET", "/x/{id}/literal"),
            "b": _facts("b", "GET", "/x/literal/{id}"),
        }
    }
    ops["p"]["c"] = _facts("c", "GET", "/y/literal/only")
    ops["p"]["d"] = _facts("d", "GET", "/y/{id}/other")
    index = OperationIndex.from_table({"p": {}}, ops)
    d = index.lookup("GET", "/y/literal/other")
    assert d is not None and d.operation_id == "d"
    both = index.lookup("GET", "/x/literal/literal")
    assert both is not None and both.operation_id == "b"
    dead_end = index.lookup("GET", "/x/literal")
    assert dead_end is None
    a = index.lookup("GET", "/x/1/literal")
    assert a is not None and a.operation_id == "a"


def test_retry_safe_defaults_to_safe_methods_when_the_column_is_missing() -> None:
    get = _facts("g", "get", "/g")
    post = _facts("p", "POST", "/p")
    del get["retry_safe"], post["retry_safe"]
    index = OperationIndex.from_table({"p": {}}, {"p": {"g": get, "p": post}})
    assert index.get("p", "g").retry_safe is True
    assert index.get("p", "g").method == "GET"
    assert index.get("p", "p").retry_safe is False


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"method": None}, "lacks string column.*method.*regenerate"),
        ({"path": 3}, "lacks string column.*path"),
        ({"rate": 0}, "rate must be a positive number or None, got 0"),
        ({"rate": "2"}, "rate must be a positive number"),
        ({"burst": 0}, "burst must be a positive integer or None, got 0"),
        ({"burst": 2.5}, "burst must be a positive integer"),
    ],
)
def test_malformed_entries_say_what_is_wrong(change: dict[str, Any], message: str) -> None:
    facts = _facts("x", "GET", "/x")
    facts.update(change)
    with pytest.raises(ValueError, match=message):
        OperationIndex.from_table({"p": {}}, {"p": {"x": facts}})


def test_unlisted_package_and_duplicate_route_are_refused() -> None:
    with pytest.raises(ValueError, match=r"package.*q missing from API_PACKAGES"):
        OperationIndex.from_table({"p": {}}, {"q": {}})
    twins = {"p": {"a": _facts("a", "GET", "/x/{id}"), "b": _facts("b", "GET", "/x/{other}")}}
    with pytest.raises(ValueError, match=r"p\.b and p\.a both answer GET /x/\{other\}"):
        OperationIndex.from_table({"p": {}}, twins)


@pytest.fixture
def fake_generated_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[types.ModuleType]:
    module = types.ModuleType("selling_partner_generated.operations")
    module.API_PACKAGES = API_PACKAGES  # type: ignore[attr-defined]
    module.OPERATIONS = OPERATIONS  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "selling_partner_generated.operations", module)
    _operations._default_index.cache_clear()
    yield module
    _operations._default_index.cache_clear()


def test_default_reads_the_generated_table_once(fake_generated_table: types.ModuleType) -> None:
    first = OperationIndex.default()
    assert first.get(PKG, "get_features").operation_id == "getFeatures"
    fake_generated_table.OPERATIONS = {}  # type: ignore[attr-defined]
    assert OperationIndex.default() is first


def test_import_does_not_load_the_generated_table() -> None:
    code = (
        "import sys, selling_partner._operations, selling_partner._transport; "
        "print('selling_partner_generated.operations' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_generated_operation_is_found_from_its_own_request() -> None:
    _operations._default_index.cache_clear()
    index = OperationIndex.default()
    assert len(index) > 0
    for op in index:
        concrete = re.sub(r"\{[^}]+\}", "some%2Fvalue", op.path)
        assert index.lookup(op.method, concrete) is op, op.operation_id
        assert op.reference.startswith("https://"), op.operation_id
        assert op.module.startswith(f"selling_partner_generated.{op.package}."), op.operation_id


def test_params_scope_and_restriction_columns_are_typed() -> None:
    facts = _facts(
        "getOrders",
        "GET",
        "/orders/v0/orders/{orderId}",
        params={
            "path": {"orderId": "order_id"},
            "query": {"MarketplaceIds": "marketplace_ids", "NextToken": "next_token"},
            "header": {"x-amzn-foo": "x_amzn_foo"},
            "body": "body",
            "body_model": "selling_partner_generated.p.models.req.Req",
        },
        grantless_scope="sellingpartnerapi::notifications",
        restricted=True,
        data_elements=("buyerInfo", "shippingAddress"),
    )
    op = OperationIndex.from_table({"p": {}}, {"p": {"get_orders": facts}}).get("p", "get_orders")
    assert op.params == OperationParams(
        path={"orderId": "order_id"},
        query={"MarketplaceIds": "marketplace_ids", "NextToken": "next_token"},
        header={"x-amzn-foo": "x_amzn_foo"},
        body="body",
        body_model="selling_partner_generated.p.models.req.Req",
    )
    assert op.grantless_scope == "sellingpartnerapi::notifications"
    assert op.restricted is True
    assert op.data_elements == ("buyerInfo", "shippingAddress")
    with pytest.raises(TypeError):
        op.params.query["x"] = "y"  # type: ignore[index]


def test_missing_new_columns_mean_nothing_special(index: OperationIndex) -> None:
    op = index.get(PKG, "get_features")
    assert op.params == OperationParams()
    assert (op.params.body, op.params.body_model, dict(op.params.query)) == (None, None, {})
    assert (op.grantless_scope, op.restricted, op.data_elements) == (None, False, ())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"params": ["path"]}, "params must be a mapping"),
        ({"params": {"query": {"a": 1}}}, "params query must map wire names to python names"),
        ({"params": {"body": 3}}, "params body must be a string or None"),
        ({"params": {"body_model": ("x",)}}, "params body_model must be a string or None"),
        ({"grantless_scope": ""}, "grantless_scope must be a scope string or None"),
        ({"data_elements": "buyerInfo"}, "data_elements must be a tuple of strings"),
        ({"data_elements": (1,)}, "data_elements must be a tuple of strings"),
    ],
)
def test_malformed_new_columns_say_what_is_wrong(change: dict[str, Any], message: str) -> None:
    facts = _facts("x", "GET", "/x")
    facts.update(change)
    with pytest.raises(ValueError, match=message):
        OperationIndex.from_table({"p": {}}, {"p": {"x": facts}})


RETIRED = {
    "reports_v2020_09_04": {
        "whole": True,
        "title": "Reports API v2020-09-04",
        "removed": "2024-06-27",
        "successor": "reports_v2021_06_30",
        "note": "Use v2021-06-30.",
        "operations": {
            "get_reports": {
                "operation_id": "getReports",
                "successor": "reports_v2021_06_30.get_reports",
                "note": None,
                "removed": None,
            },
        },
    },
    PKG: {
        "whole": False,
        "title": "Fulfillment Outbound API v2020-07-01",
        "removed": "2022-09-30",
        "successor": None,
        "note": "Partly gone.",
        "operations": {
            "old_call": {
                "operation_id": "oldCall",
                "successor": None,
                "note": "No successor.",
                "removed": "2021-01-01",
            },
            "older_call": {"operation_id": "olderCall"},
        },
    },
}


def test_retired_answers_for_whole_packages_and_single_operations() -> None:
    index = OperationIndex.from_table(API_PACKAGES, OPERATIONS, RETIRED)
    whole = index.retired("reports_v2020_09_04")
    assert whole == Retirement(
        package="reports_v2020_09_04",
        name=None,
        title="Reports API v2020-09-04",
        whole=True,
        successor="reports_v2021_06_30",
        note="Use v2021-06-30.",
        removed="2024-06-27",
    )
    assert whole.describe() == (
        "reports_v2020_09_04: Reports API v2020-09-04 was removed by Amazon on 2024-06-27. "
        "Use reports_v2021_06_30 instead. Use v2021-06-30."
    )
    op = index.retired("reports_v2020_09_04", "get_reports")
    assert op is not None
    assert (op.operation_id, op.successor, op.whole) == (
        "getReports",
        "reports_v2021_06_30.get_reports",
        True,
    )
    assert op.removed == "2024-06-27"  # inherited from the package
    # An unknown name in a wholly removed package: the package is the answer.
    assert index.retired("reports_v2020_09_04", "no_such") is whole
    one = index.retired(PKG, "old_call")
    assert one is not None and one.removed == "2021-01-01" and one.successor is None
    assert one.describe() == (
        f"{PKG}.old_call (oldCall, Fulfillment Outbound API v2020-07-01) was removed "
        "by Amazon on 2021-01-01. No successor."
    )
    older = index.retired(PKG, "older_call")
    assert older is not None and older.removed == "2022-09-30" and older.note is None
    # A live package is not retired, nor are its live operations or typos.
    assert index.retired(PKG) is None
    assert index.retired(PKG, "get_features") is None
    assert index.retired(PKG, "typo") is None
    assert index.retired("nope", "x") is None
    assert [(r.package, r.name) for r in index.retirements()] == [
        (PKG, "old_call"),
        (PKG, "older_call"),
        ("reports_v2020_09_04", None),
        ("reports_v2020_09_04", "get_reports"),
    ]
    assert OperationIndex.from_table(API_PACKAGES, OPERATIONS).retirements() == ()


@pytest.mark.parametrize(
    ("retired", "message"),
    [
        ({"p": {"whole": True}}, "RETIRED entry p lacks a title"),
        ({"p": {"title": "T", "operations": {"a": "x"}}}, r"RETIRED entry p\.a must be a mapping"),
        ({"p": {"title": "T", "note": 3}}, "note must be a string or None"),
        (
            {"p": {"title": "T", "operations": {"a": {"successor": 1}}}},
            r"p\.a: successor must be a string",
        ),
    ],
)
def test_malformed_retired_table_says_what_is_wrong(retired: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        OperationIndex.from_table(API_PACKAGES, OPERATIONS, retired)


def test_default_table_columns_agree_with_the_paths_and_spec() -> None:
    _operations._default_index.cache_clear()
    index = OperationIndex.default()
    for op in index:
        placeholders = set(re.findall(r"\{([^}]+)\}", op.path))
        assert set(op.params.path) == placeholders, op.operation_id
        assert all(v.isidentifier() for v in op.params.query.values()), op.operation_id
        if op.params.body_model is not None:
            assert op.params.body == "body", op.operation_id
            assert op.params.body_model.startswith(f"selling_partner_generated.{op.package}.")
        assert op.grantless_scope is None or op.grantless_scope.startswith("sellingpartnerapi::")
        assert not op.data_elements or op.restricted, op.operation_id
    retired = index.retirements()
    assert retired, "spec/retired.toml lists removed APIs"
    live = set(index.packages())
    for item in retired:
        # A removed API version is not generated; a removed operation is not in its package.
        assert not (item.whole and item.package in live), item.package
        if item.name is not None and item.package in live:
            assert item.name not in index.operations(item.package), item.name

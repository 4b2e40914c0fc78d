"""`selling-partner apis / ops / call` against the offline SP-API (typer's runner)."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from selling_partner.testing import OfflineSpApi
from typer.testing import Result

Run = Callable[..., Result]

FO = "fulfillment_outbound_v2020_07_01"


def test_apis_lists_every_generated_package(run: Run) -> None:
    result = run("apis", "--json")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 66
    fo = next(r for r in rows if r["api"] == FO)
    assert fo == {"api": FO, "version": "2020-07-01", "operations": 14}


def test_apis_table_for_people(run: Run) -> None:
    result = run("apis")
    assert result.exit_code == 0
    assert "66 APIs" in result.stdout
    assert FO in result.stdout


def test_ops_gives_the_table_facts(run: Run) -> None:
    result = run("ops", FO, "--json")
    assert result.exit_code == 0, result.stderr
    rows = {r["operation"]: r for r in map(json.loads, result.stdout.splitlines())}
    assert len(rows) == 14
    assert rows["get_package_tracking_details"] == {
        "operation": "get_package_tracking_details",
        "operation_id": "getPackageTrackingDetails",
        "method": "GET",
        "path": "/fba/outbound/2020-07-01/tracking",
        "rate": 2.0,
        "burst": 30,
        "restricted": False,
        "grantless": None,
        "paginated": False,
    }
    assert rows["list_all_fulfillment_orders"]["paginated"] is True
    table = run("ops", "notifications_v1").stdout
    assert "sellingpartnerapi::notifications" in table  # grantless column
    assert "restricted" in run("ops", "orders_v0").stdout


def test_call_prints_the_json_answer(offline: Run, offline_spapi: OfflineSpApi) -> None:
    result = offline("call", FO, "get_package_tracking_details", "--param", "package_number=1")
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["payload"]["currentStatus"] == "DELIVERED"
    assert offline_spapi.calls("fulfillment_outbound_v2020_07_01.getPackageTrackingDetails") == 1
    # the request carried the parsed integer
    assert offline_spapi.stats.records[-1].query == "packageNumber=1"


def test_call_takes_amazons_names_too(offline: Run, offline_spapi: OfflineSpApi) -> None:
    result = offline("call", FO, "getPackageTrackingDetails", "-p", "packageNumber=7")
    assert result.exit_code == 0, result.stderr
    assert offline_spapi.stats.records[-1].query == "packageNumber=7"


def test_call_lists_comma_separated_or_repeated(offline: Run, offline_spapi: OfflineSpApi) -> None:
    result = offline(
        "call",
        "orders_v0",
        "get_orders",
        "-p",
        "marketplace_ids=ATVPDKIKX0DER,A2EUQ1WTGCTBG2",
        "-p",
        "MarketplaceIds=A1AM78C64UM0Y8",
        "-p",
        "created_after=2024-01-01T00:00:00Z",
    )
    assert result.exit_code == 0, result.stderr
    query = offline_spapi.stats.records[-1].query
    assert "MarketplaceIds=ATVPDKIKX0DER,A2EUQ1WTGCTBG2,A1AM78C64UM0Y8" in query


def test_pages_print_one_json_line_per_page(offline: Run, offline_spapi: OfflineSpApi) -> None:
    offline_spapi.set_pages("orders_v0.getOrders", 4)
    result = offline(
        "call",
        "orders_v0",
        "get_orders",
        "-p",
        "marketplace_ids=ATVPDKIKX0DER",
        "-p",
        "created_after=2024-01-01T00:00:00Z",
        "--pages",
    )
    assert result.exit_code == 0, result.stderr
    pages = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(pages) == 4
    assert [bool(p["payload"].get("NextToken")) for p in pages] == [True, True, True, False]
    assert offline_spapi.calls("orders_v0.getOrders") == 4


def test_stateful_orders_through_the_cli(offline: Run) -> None:
    body = {
        "sellerFulfillmentOrderId": "CLI-1",
        "displayableOrderId": "CLI-1",
        "displayableOrderDate": "2024-01-31T12:00:00Z",
        "displayableOrderComment": "thanks",
        "shippingSpeedCategory": "Standard",
        "destinationAddress": {
            "name": "Jane Example",
            "addressLine1": "1 Main St",
            "stateOrRegion": "WA",
            "postalCode": "98101",
            "countryCode": "US",
        },
        "items": [{"sellerSku": "SKU-1", "sellerFulfillmentOrderItemId": "1", "quantity": 1}],
    }
    created = offline("call", FO, "create_fulfillment_order", "--body", "-", input=json.dumps(body))
    assert created.exit_code == 0, created.stderr
    listed = offline("call", FO, "list_all_fulfillment_orders", "--pages")
    (page,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [o["sellerFulfillmentOrderId"] for o in page["payload"]["fulfillmentOrders"]] == [
        "CLI-1"
    ]
    missing = offline("call", FO, "get_fulfillment_order", "-p", "seller_fulfillment_order_id=X")
    assert missing.exit_code == 5


def test_detailed_shows_status_request_id_and_rate(offline: Run) -> None:
    result = offline(
        "call", FO, "get_package_tracking_details", "-p", "package_number=1", "--detailed"
    )
    assert result.exit_code == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["status"] == 200
    assert answer["operation"] == "getPackageTrackingDetails"
    assert answer["request_id"] == answer["headers"]["x-amzn-requestid"]
    assert answer["rate_limit"] == 2.0
    assert answer["body"]["payload"]["currentStatus"] == "DELIVERED"


def test_body_from_stdin_is_parsed_by_the_model(offline: Run, offline_spapi: OfflineSpApi) -> None:
    body = {
        "sellerFulfillmentOrderId": "ORDER-1",
        "displayableOrderId": "ORDER-1",
        "displayableOrderDate": "2024-01-31T12:00:00Z",
        "displayableOrderComment": "thanks",
        "shippingSpeedCategory": "Standard",
        "destinationAddress": {
            "name": "Jane Example",
            "addressLine1": "1 Main St",
            "stateOrRegion": "WA",
            "postalCode": "98101",
            "countryCode": "US",
        },
        "items": [{"sellerSku": "SKU-1", "sellerFulfillmentOrderItemId": "1", "quantity": 1}],
    }
    result = offline("call", FO, "create_fulfillment_order", "--body", "-", input=json.dumps(body))
    assert result.exit_code == 0, result.stderr
    assert offline_spapi.stats.statuses[200] >= 1
    assert offline_spapi.calls("fulfillment_outbound_v2020_07_01.createFulfillmentOrder") == 1


def test_body_file_that_breaks_the_model_is_refused_before_sending(
    offline: Run, offline_spapi: OfflineSpApi, tmp_path: object
) -> None:
    result = offline("call", FO, "create_fulfillment_order", "--body", "-", input='{"items": 3}')
    assert result.exit_code == 2
    assert "--body: does not match CreateFulfillmentOrderRequest" in result.stderr
    assert offline_spapi.stats.total_requests == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "package_number=x"], "--param package_number: expected an integer, got 'x'"),
        (
            ["-p", "packge_number=1"],
            "has no parameter 'packge_number'; did you mean package_number?",
        ),
        (["-p", "package_number"], "write it as name=value"),
        ([], "needs --param package_number=..."),
        (["-p", "package_number=1", "--body", "-"], "takes no request body"),
    ],
)
def test_bad_arguments_exit_2_before_anything_is_sent(
    offline: Run, offline_spapi: OfflineSpApi, args: list[str], message: str
) -> None:
    result = offline("call", FO, "get_package_tracking_details", *args, input="{}")
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""
    assert offline_spapi.stats.total_requests == 0


def test_dates_are_checked_before_sending(offline: Run, offline_spapi: OfflineSpApi) -> None:
    bad = offline(
        "call",
        FO,
        "get_feature_inventory",
        "-p",
        "marketplace_id=X",
        "-p",
        "feature_name=Y",
        "-p",
        "query_start_date=never",
    )
    assert bad.exit_code == 2
    assert "--param query_start_date: expected an ISO 8601 date-time" in bad.stderr
    assert offline_spapi.stats.total_requests == 0


def test_unknown_api_and_operation_suggest(run: Run) -> None:
    result = run("call", "fulfillment_outbound_v2020_07", "x")
    assert result.exit_code == 2
    assert "did you mean fulfillment_outbound_v2020_07_01" in result.stderr
    result = run("call", FO, "get_package_tracking")
    assert result.exit_code == 2
    assert "did you mean get_package_tracking_details" in result.stderr
    assert run("ops", "nope").exit_code == 2


def test_retired_operation_exit_11(run: Run) -> None:
    result = run("call", "reports_v2020_09_04", "get_reports")
    assert result.exit_code == 11
    assert "reports_v2021_06_30" in result.stderr


@pytest.mark.parametrize(
    ("status", "code", "exit_code"),
    [(404, "NotFound", 5), (400, "InvalidInput", 6), (403, "Unauthorized", 4)],
)
def test_api_errors_on_stderr_with_amazons_code_and_request_id(
    offline: Run, offline_spapi: OfflineSpApi, status: int, code: str, exit_code: int
) -> None:
    offline_spapi.respond_next(
        "fulfillment_outbound_v2020_07_01.getFulfillmentOrder",
        status,
        {"errors": [{"code": code, "message": "nope", "details": "more"}]},
        headers={"x-amzn-RequestId": "req-123"},
    )
    result = offline("call", FO, "get_fulfillment_order", "-p", "seller_fulfillment_order_id=A")
    assert result.exit_code == exit_code
    assert result.stdout == ""
    assert f"{code}: nope [more]" in result.stderr
    assert "request_id=req-123" in result.stderr
    assert f"status={status}" in result.stderr


def test_missing_credentials_exit_3(run: Run) -> None:
    result = run(
        "--region", "na", "call", FO, "get_package_tracking_details", "-p", "package_number=1"
    )
    assert result.exit_code == 3
    assert "missing LWA credentials" in result.stderr


def test_help_everywhere(run: Run) -> None:
    for args in (
        [],
        ["call"],
        ["ops"],
        ["apis"],
        ["auth", "check"],
        ["documents", "download"],
        ["reports", "fetch"],
        ["feeds", "submit"],
        ["sandbox", "serve"],
    ):
        result = run(*args, "--help")
        assert result.exit_code == 0, args
        assert "Usage" in result.stdout
    assert "Exit codes" in run("--help").stdout


def test_serve_on_a_busy_port_says_what_to_do(run: Run) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("sandbox", "serve", "--port", str(port))
    assert result.exit_code == 3
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "--port 0 picks a free port" in result.stderr

"""Issue 9: answers read tolerantly (deviations recorded), strict=, arguments checked by type."""

from __future__ import annotations

import datetime
import json
import logging
from typing import Any

import httpx
import pytest
from runtime_fakes import FULFILLMENT_ORDER, mock_client_options
from selling_partner import (
    ConfigurationError,
    InvalidArgumentError,
    MissingFieldError,
    ResponseParseError,
    SellingPartner,
)

ORDER = {
    **{k: v for k, v in FULFILLMENT_ORDER.items() if k != "marketplaceId"},  # required
    "statusUpdatedDate": "2020-01-21T21:07:30",  # no offset
    "featureConstraints": None,  # null for an array
}
PAGE = {"payload": {"fulfillmentOrders": [ORDER, {**ORDER, "marketplaceId": "M"}]}}


def runtime(accessor: Any) -> Any:
    """The runtime call object a typed accessor delegates to (``selling_partner._calls``).

    It checks arguments the same way as the typed accessors (which take ``strict=``,
    leave required marketplace ids out and explain Amazon's names themselves).
    """
    return getattr(accessor, "_call", accessor)


def _client(sent: list[httpx.Request], body: Any = PAGE, **options: Any) -> SellingPartner:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=body, headers={"x-amzn-RequestId": "rid-9"})

    return SellingPartner(**mock_client_options(answer, **options))


def test_a_deviating_page_parses_and_records_each_deviation(
    caplog: pytest.LogCaptureFixture,
) -> None:
    sent: list[httpx.Request] = []
    caplog.set_level(logging.WARNING, "selling_partner")
    with _client(sent) as sp:
        call = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders
        r = call.detailed()
        call.detailed()  # the same deviations are not logged again
        pages = list(call.pages())
    orders = r.parsed.payload.fulfillment_orders
    orders_at = "$.payload.fulfillmentOrders"
    features = "featureConstraints: null (expected array of object FeatureSettings)"
    no_offset = "statusUpdatedDate: date-time without offset (expected date-time)"
    assert sorted(str(d) for d in r.deviations) == [
        f"{orders_at}[0].{features}",
        f"{orders_at}[0].marketplaceId: missing (expected string)",
        f"{orders_at}[0].{no_offset}",
        f"{orders_at}[1].{features}",
        f"{orders_at}[1].{no_offset}",
    ]
    assert orders[0].status_updated_date.tzinfo is datetime.UTC
    assert orders[1].marketplace_id == "M"
    assert len(pages) == 1 and pages[0].payload.fulfillment_orders[1].marketplace_id == "M"
    warnings = [rec.getMessage() for rec in caplog.records if rec.levelno == logging.WARNING]
    assert len(warnings) == 3  # (operation, path with [*], kind), once per client
    assert all("O-1" not in w and "2020-01" not in w for w in warnings)  # no values


def test_a_missing_required_field_raises_a_clear_error_when_read() -> None:
    with _client([]) as sp:
        r = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders.detailed()
    order = r.parsed.payload.fulfillment_orders[0]
    with pytest.raises(MissingFieldError) as info:
        _ = order.marketplace_id
    text = str(info.value)
    assert "FulfillmentOrder.marketplace_id" in text and "listAllFulfillmentOrders" in text
    assert "rid-9" in text and "$.payload.fulfillmentOrders[0].marketplaceId" in text
    assert isinstance(info.value, AttributeError)
    assert getattr(order, "marketplace_id", None) is None
    assert "marketplace_id" not in repr(order) and "Unset" not in repr(order)
    # to_dict writes back what was read; nothing is invented
    assert "marketplaceId" not in order.to_dict()
    assert order.to_dict()["sellerFulfillmentOrderId"] == "O-1"


def test_strict_keeps_failing_fast_per_client_and_per_call() -> None:
    with _client([], strict=True) as sp:
        with pytest.raises(ResponseParseError):
            sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()
        # a call's strict= (typed on every accessor method) wins over the client's
        assert sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders(strict=False)
        pages = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders.pages
        assert len(list(pages(strict=False))) == 1
        with pytest.raises(ResponseParseError):
            list(pages(strict=None))  # None: the client's setting
    with _client([]) as sp, pytest.raises(ResponseParseError):
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders.detailed(strict=True)
    with _client([]) as sp, pytest.raises(ConfigurationError, match="strict= takes True or False"):
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders(strict="yes")  # type: ignore[arg-type]


def test_a_conforming_answer_has_no_deviations_and_a_float_rate_limit() -> None:
    body = {
        "payload": {
            "fulfillmentOrders": [
                {
                    **ORDER,
                    "marketplaceId": "M",
                    "statusUpdatedDate": "2020-01-21T21:07:30Z",
                    "featureConstraints": [],
                }
            ]
        }
    }
    with _client([], body=body) as sp:
        r = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders.detailed()
    assert r.deviations == ()
    assert r.rate_limit is None


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"package_number": "abc"}, "package_number: must be integer, got the str 'abc'"),
        (
            {"packageNumber": 7},
            "packageNumber= is Amazon's name of the parameter; pass package_number=",
        ),
    ],
)
def test_a_wrong_type_raises_before_sending(kwargs: dict[str, Any], message: str) -> None:
    sent: list[httpx.Request] = []
    with _client(sent) as sp, pytest.raises(InvalidArgumentError, match=message):
        runtime(sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details)(**kwargs)
    assert sent == []


def test_amazons_parameter_names_name_the_python_name_through_the_typed_accessors() -> None:
    sent: list[httpx.Request] = []
    with _client(sent, body={}) as sp:
        call: Any = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details
        message = "packageNumber= is Amazon's name of the parameter; pass package_number="
        for method in (call, call.detailed):
            with pytest.raises(InvalidArgumentError, match=message):
                method(packageNumber=7)
        with pytest.raises(InvalidArgumentError, match=r"MarketplaceIds= .* pass marketplace_ids="):
            sp.orders_v0.get_orders.pages(MarketplaceIds=["A"])  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="'package_numbr'; did you mean package_number"):
            call(package_numbr=7)
        with pytest.raises(ConfigurationError, match="not a restricted operation"):
            call(package_number=7, restricted=True)
        # a TypeError from inside the call is not mistaken for a refused keyword
        with pytest.raises(InvalidArgumentError, match="package_number: must be integer"):
            call(package_number="7")
        call(package_number=7)
    assert [r.url.params["packageNumber"] for r in sent] == ["7"]


async def test_amazons_parameter_names_through_the_async_accessors() -> None:
    from selling_partner import AsyncSellingPartner

    async with AsyncSellingPartner(
        client_id="amzn1.application-oa2-client.t",
        client_secret="s",
        refresh_token="Atzr|r",
        endpoint="https://sp.test",
        token_url="https://sp.test/auth/o2/token",
        transport=httpx.MockTransport(lambda r: httpx.Response(500)),
        rate_limiting=False,
        env={},
    ) as sp:
        call: Any = sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details
        with pytest.raises(InvalidArgumentError, match="pass package_number="):
            await call(packageNumber=7)
        with pytest.raises(InvalidArgumentError, match="pass package_number="):
            await call.detailed(packageNumber=7)
        with pytest.raises(InvalidArgumentError, match="marketplace_ids is required"):
            await sp.orders_v0.get_orders()


def test_datetimes_go_out_as_amazon_writes_them_and_naive_ones_are_refused() -> None:
    sent: list[httpx.Request] = []
    with _client(sent) as sp:
        call = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders
        call(
            query_start_date=datetime.datetime(
                2024, 1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
            )
        )
        call(query_start_date=datetime.datetime(2024, 1, 1, 0, 0, 0, 250000, tzinfo=datetime.UTC))
        with pytest.raises(InvalidArgumentError, match="query_start_date: must be an aware"):
            call(query_start_date=datetime.datetime(2024, 1, 1))
        with pytest.raises(InvalidArgumentError, match="query_start_date"):
            call(query_start_date=datetime.date(2024, 1, 1))
    assert [r.url.params["queryStartDate"] for r in sent] == [
        "2024-01-01T00:00:00Z",
        "2024-01-01T00:00:00.250Z",
    ]


BODY = {
    "sellerFulfillmentOrderId": "O-1",
    "displayableOrderId": "O-1",
    "displayableOrderDate": "2024-01-01T00:00:00Z",
    "displayableOrderComment": "c",
    "shippingSpeedCategory": "Standard",
    "destinationAddress": {
        "name": "n",
        "addressLine1": "a",
        "countryCode": "US",
        "stateOrRegion": "WA",
        "postalCode": "1",
    },
    "items": [{"sellerSku": "S", "sellerFulfillmentOrderItemId": "1", "quantity": 1}],
}


def test_a_body_mapping_in_amazons_names_is_validated_and_sent() -> None:
    sent: list[httpx.Request] = []
    with _client(sent, body={}) as sp:
        sp.fulfillment_outbound_v2020_07_01.create_fulfillment_order(body=BODY)
    assert json.loads(sent[0].content)["displayableOrderDate"] == "2024-01-01T00:00:00Z"
    assert json.loads(sent[0].content)["items"][0]["sellerSku"] == "S"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"shippingSpeedCategory": "Warp"},
            r"\$\.shippingSpeedCategory: must be a ShippingSpeedCategory",
        ),
        (
            {"items": [{"sellerSku": "S", "quantity": 1}]},
            r"\$\.items\[0\]\.sellerFulfillmentOrderItemId: missing",
        ),
        ({"items": "S"}, r"\$\.items: must be a list"),
        (
            {"displayableOrderDate": "2024-01-01T00:00:00"},
            r"\$\.displayableOrderDate: the date-time string has no offset",
        ),
    ],
)
def test_a_malformed_body_mapping_names_the_json_path(change: dict[str, Any], message: str) -> None:
    sent: list[httpx.Request] = []
    with _client(sent) as sp, pytest.raises(InvalidArgumentError, match=message):
        sp.fulfillment_outbound_v2020_07_01.create_fulfillment_order(body={**BODY, **change})
    assert sent == []


def test_marketplace_fills_marketplace_ids_left_out() -> None:
    sent: list[httpx.Request] = []
    with _client(sent, body={}, marketplace="DE") as sp:
        # required in the model, optional in the typed signature: the client fills it
        sp.fulfillment_outbound_v2020_07_01.get_features()  # marketplace_id: str
        sp.fulfillment_outbound_v2020_07_01.get_features(marketplace_id="ATVPDKIKX0DER")
        sp.orders_v0.get_orders(created_after="2024-01-01")  # marketplace_ids: list
        list(sp.orders_v0.get_orders.pages())
    assert [r.url.params["marketplaceId"] for r in sent[:2]] == ["A1PA6795UKMFR9", "ATVPDKIKX0DER"]
    assert sent[2].url.params["MarketplaceIds"] == "A1PA6795UKMFR9"
    assert sent[3].url.params["MarketplaceIds"] == "A1PA6795UKMFR9"
    sent.clear()
    with _client(sent, body={}) as sp:
        # no marketplace= on the client: still required, and the error says both ways
        with pytest.raises(InvalidArgumentError, match=r"marketplace_ids is required: pass "):
            sp.orders_v0.get_orders()
        with pytest.raises(
            InvalidArgumentError, match=r"marketplace_id is required: .*marketplace="
        ):
            sp.fulfillment_outbound_v2020_07_01.get_features.detailed()
        with pytest.raises(InvalidArgumentError, match="marketplace_ids is required"):
            sp.orders_v0.get_orders.pages()  # at once, not when iterated
    assert sent == []


def test_amazons_list_parameter_names_and_given_twice() -> None:
    sent: list[httpx.Request] = []
    with _client(sent, body={}) as sp:
        get_orders = runtime(sp.orders_v0.get_orders)
        get_orders(marketplace_ids=["A", "B"], created_after="2024-01-01T00:00:00Z")
        with pytest.raises(InvalidArgumentError, match="MarketplaceIds= is Amazon's name"):
            get_orders(MarketplaceIds=["A"], marketplace_ids=["B"])
        with pytest.raises(InvalidArgumentError, match="marketplace_ids: must be a list of string"):
            sp.orders_v0.get_orders(marketplace_ids="A")
        reports = sp.reports_v2021_06_30.get_reports
        with pytest.raises(InvalidArgumentError, match=r"processing_statuses at \$\[1\]: must be"):
            reports(processing_statuses=["DONE", "LOST"])
        reports(processing_statuses=["DONE", "FATAL"], created_since="2024-01-01T02:00:00+02:00")
    assert sent[0].url.params["MarketplaceIds"] == "A,B"
    assert sent[1].url.params["processingStatuses"] == "DONE,FATAL"
    assert sent[1].url.params["createdSince"] == "2024-01-01T00:00:00Z"
    assert len(sent) == 2


def test_a_body_model_is_checked_too_and_sends_amazons_date_spelling() -> None:
    from selling_partner._arguments import to_model
    from selling_partner_generated.fulfillment_outbound_v2020_07_01.models import (
        CreateFulfillmentOrderRequest,
    )

    model = to_model(CreateFulfillmentOrderRequest, BODY)
    model.displayable_order_date = datetime.datetime(2024, 1, 1, 12, tzinfo=datetime.UTC)
    sent: list[httpx.Request] = []
    with _client(sent, body={}) as sp:
        sp.fulfillment_outbound_v2020_07_01.create_fulfillment_order(body=model)
        model.displayable_order_date = datetime.datetime(2024, 1, 1, 12)  # naive
        with pytest.raises(InvalidArgumentError, match=r"body at \$\.displayableOrderDate"):
            sp.fulfillment_outbound_v2020_07_01.create_fulfillment_order(body=model)
    assert json.loads(sent[0].content)["displayableOrderDate"] == "2024-01-01T12:00:00Z"
    assert len(sent) == 1


def test_models_with_a_missing_field_compare_copy_and_pickle() -> None:
    import copy
    import pickle

    with _client([]) as sp:
        r = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders.detailed()
    order = r.parsed.payload.fulfillment_orders[0]
    for twin in (copy.copy(order), copy.deepcopy(order), pickle.loads(pickle.dumps(order))):
        assert twin == order and twin.to_dict() == order.to_dict()
        with pytest.raises(MissingFieldError):
            _ = twin.marketplace_id
    assert order != r.parsed.payload.fulfillment_orders[1]
    # UNSET stays the one UNSET through copies (the generated code checks identity)
    assert copy.deepcopy(r.parsed).payload.next_token is r.parsed.payload.next_token


@pytest.mark.parametrize("body", [[1, 2], "text", None])
def test_a_body_of_the_wrong_top_level_shape_still_fails(body: Any) -> None:
    with _client([], body=body) as sp, pytest.raises(ResponseParseError):
        sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders()


async def test_the_async_client_reads_tolerantly_too() -> None:
    from selling_partner import AsyncSellingPartner

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/o2/token"):
            return httpx.Response(200, json={"access_token": "Atza|t", "expires_in": 3600})
        return httpx.Response(200, json=PAGE)

    async with AsyncSellingPartner(
        client_id="amzn1.application-oa2-client.t",
        client_secret="s",
        refresh_token="Atzr|r",
        endpoint="https://sp.test",
        token_url="https://sp.test/auth/o2/token",
        transport=httpx.MockTransport(answer),
        rate_limiting=False,
        env={},
    ) as sp:
        call = sp.fulfillment_outbound_v2020_07_01.list_all_fulfillment_orders
        r = await call.detailed()
        pages = [page async for page in call.pages()]
        with pytest.raises(ResponseParseError):
            await call(strict=True)
    assert len(r.deviations) == 5 and len(pages) == 1


PLAN_ID = "wf" + "a1b2c3d4-" * 4  # 38 characters of [a-zA-Z0-9-]


@pytest.mark.parametrize(
    ("package", "operation", "kwargs", "message"),
    [
        (
            "fulfillment_inbound_v2024_03_20",
            "cancel_inbound_plan",
            {"inbound_plan_id": PLAN_ID[:-1] + "_"},
            r"inbound_plan_id: must match the model's pattern '\^\[a-zA-Z0-9-\]\*\$'",
        ),
        (
            "fulfillment_inbound_v2024_03_20",
            "cancel_inbound_plan",
            {"inbound_plan_id": "wf1"},
            "inbound_plan_id: must be exactly 38 characters long, got 3",
        ),
        (
            "fulfillment_outbound_v2020_07_01",
            "get_fulfillment_order",
            {"seller_fulfillment_order_id": "x" * 41},
            "seller_fulfillment_order_id: must be at most 40 characters long, got 41",
        ),
        (
            "finances_v0",
            "list_financial_events",
            {"max_results_per_page": 0},
            "max_results_per_page: must be at least 1, got 0",
        ),
        (
            "finances_v0",
            "list_financial_events",
            {"max_results_per_page": 101},
            "max_results_per_page: must be at most 100, got 101",
        ),
        (
            "orders_v0",
            "get_orders",
            {"marketplace_ids": ["A"] * 51},
            "marketplace_ids: must hold at most 50 items, got 51",
        ),
        (
            "aplus_content_v2020_11_01",
            "list_content_document_asin_relations",
            {"content_reference_key": "k", "marketplace_id": "M", "asin_set": ["B0", "B012345678"]},
            r"asin_set at \$\[0\]: must be at least 10 characters long, got 2",
        ),
    ],
)
def test_the_models_limits_on_parameters_are_checked_before_sending(
    package: str, operation: str, kwargs: dict[str, Any], message: str
) -> None:
    sent: list[httpx.Request] = []
    with _client(sent, body={}) as sp, pytest.raises(InvalidArgumentError, match=message):
        getattr(getattr(sp, package), operation)(**kwargs)
    assert sent == []


def test_values_within_the_models_limits_are_sent() -> None:
    sent: list[httpx.Request] = []
    with _client(sent, body={}) as sp:
        sp.fulfillment_inbound_v2024_03_20.cancel_inbound_plan(inbound_plan_id=PLAN_ID)
        sp.finances_v0.list_financial_events(max_results_per_page=100)
        sp.orders_v0.get_orders(marketplace_ids=["A"] * 50)
    assert PLAN_ID in str(sent[0].url)
    assert sent[1].url.params["MaxResultsPerPage"] == "100"
    assert len(sent) == 3


def test_a_pattern_python_cannot_compile_is_not_held_against_the_caller() -> None:
    from selling_partner._arguments import _within

    _within({"pattern": "^(?<x>a)$"}, "b", "$")  # not a Python regex: not checked
    with pytest.raises(Exception, match="must match"):
        _within({"pattern": "^a$"}, "b", "$")

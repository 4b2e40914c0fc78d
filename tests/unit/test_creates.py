"""Creates that are neither lost nor doubled (spec/creates.toml, selling_partner._creates).

Against the local fake SP-API over real HTTP: the fake remembers the fulfillment
orders it made (``remember_fulfillment_orders``), and its faults either refuse a
request (``fail_next``/``drop_next``) or carry it out and then lose the answer
(``after=True``), as a gateway timing out behind a successful create would.
"""

from __future__ import annotations

import asyncio
import copy
import random
from collections.abc import Iterator
from typing import Any

import pytest
from fake_spapi import FAKE_CLIENT_ID, FAKE_CLIENT_SECRET, FAKE_REFRESH_TOKEN, FakeSpApi
from selling_partner import AsyncSellingPartner, RetryPolicy, SellingPartner
from selling_partner._creates import MAX_SENDS
from selling_partner._errors import OutcomeUnknownError, ServerError
from selling_partner._operations import OperationIndex
from selling_partner_generated.fulfillment_outbound_v2020_07_01.models import (
    CreateFulfillmentOrderRequest,
    CreateFulfillmentOrderResponse,
    UpdateFulfillmentOrderRequest,
)

ORDER = {
    "marketplaceId": "ATVPDKIKX0DER",
    "sellerFulfillmentOrderId": "ORDER-0",
    "displayableOrderId": "ORDER-0",
    "displayableOrderDate": "2026-11-20T10:00:00Z",
    "displayableOrderComment": "Thank you for your order",
    "shippingSpeedCategory": "Standard",
    "destinationAddress": {
        "name": "Jane Example",
        "addressLine1": "1 Example Way",
        "city": "Seattle",
        "stateOrRegion": "WA",
        "postalCode": "98109",
        "countryCode": "US",
    },
    "items": [
        {"sellerSku": "SKU-RED-MUG", "sellerFulfillmentOrderItemId": "item-1", "quantity": 2}
    ],
}
FO = "fulfillment_outbound_v2020_07_01"

# The fake names operations <package>.<operationId>.
FO_CREATE = "fulfillment_outbound_v2020_07_01.createFulfillmentOrder"
FO_GET = "fulfillment_outbound_v2020_07_01.getFulfillmentOrder"
FO_UPDATE = "fulfillment_outbound_v2020_07_01.updateFulfillmentOrder"
FO_RETURN = "fulfillment_outbound_v2020_07_01.createFulfillmentReturn"


def order(order_id: str) -> CreateFulfillmentOrderRequest:
    body = copy.deepcopy(ORDER)
    body["sellerFulfillmentOrderId"] = order_id
    return CreateFulfillmentOrderRequest.from_dict(body)


@pytest.fixture
def server() -> Iterator[FakeSpApi]:
    # A raised plan (advertised and enforced) keeps 200 calls quick.
    with FakeSpApi(advertised_rate=500.0, remember_fulfillment_orders=True) as fake:
        yield fake


def settings(server: FakeSpApi) -> dict[str, Any]:
    return {
        "client_id": FAKE_CLIENT_ID,
        "client_secret": FAKE_CLIENT_SECRET,
        "refresh_token": FAKE_REFRESH_TOKEN,
        "endpoint": server.endpoint,
        "token_url": server.token_url,
        "retry": RetryPolicy(backoff_base=0.001, backoff_max=0.005),
        "env": {},
    }


def test_the_table_carries_the_lookups_of_spec_creates() -> None:
    ops = OperationIndex.default().operations(FO)
    rule = ops["create_fulfillment_order"].create_lookup
    assert rule is not None and rule.lookup == "get_fulfillment_order"
    assert rule.arguments == (("sellerFulfillmentOrderId", "body.sellerFulfillmentOrderId"),)
    assert rule.status == 200
    returns = ops["create_fulfillment_return"].create_lookup
    assert returns is not None and returns.found
    assert ops["update_fulfillment_order"].create_lookup is None  # the rest: OutcomeUnknownError
    v2026 = OperationIndex.default().operations("fulfillment_outbound_v2026_07_04")
    assert v2026["create_order"].create_lookup is not None


@pytest.mark.parametrize("fault", ["fail", "drop"])
@pytest.mark.parametrize("after", [False, True], ids=["not-made", "made"])
def test_a_lost_answer_is_looked_up_sync(server: FakeSpApi, fault: str, after: bool) -> None:
    with SellingPartner(**settings(server)) as sp:
        getattr(server, f"{fault}_next")(1, operation_id=FO_CREATE, after=after)
        answer = sp.fulfillment_outbound_v2020_07_01.create_fulfillment_order.detailed(
            body=order("ORDER-1")
        )
    assert server.created["ORDER-1"] == 1  # made once: never lost, never doubled
    assert isinstance(answer.parsed, CreateFulfillmentOrderResponse)
    assert answer.status_code == 200
    if after:  # made, answer lost: found by getFulfillmentOrder, not sent again
        assert answer.recovered is not None
        assert answer.recovered.operation == "getFulfillmentOrder"
        assert "recovered by getFulfillmentOrder" in repr(answer)
    else:  # not made: not found, sent once more; that answer arrived
        assert answer.recovered is None
    assert server.stats.requests[FO_CREATE] == 1 + (not after)


@pytest.mark.parametrize("after", [False, True], ids=["not-made", "made"])
def test_a_lost_answer_is_looked_up_async(server: FakeSpApi, after: bool) -> None:
    async def go() -> Any:
        async with AsyncSellingPartner(**settings(server)) as sp:
            server.drop_next(1, operation_id=FO_CREATE, after=after)
            return await sp.fulfillment_outbound_v2020_07_01.create_fulfillment_order.detailed(
                body=order("ORDER-2")
            )

    answer = asyncio.run(go())
    assert server.created["ORDER-2"] == 1
    assert (answer.recovered is not None) is after


def test_every_send_lost_and_nothing_found_raises_saying_so(server: FakeSpApi) -> None:
    with SellingPartner(**settings(server)) as sp:
        server.fail_next(MAX_SENDS, operation_id=FO_CREATE)
        with pytest.raises(ServerError) as caught:
            sp.fulfillment_outbound_v2020_07_01.create_fulfillment_order(body=order("ORDER-3"))
    assert "did not take effect; sending it again is safe" in "".join(caught.value.__notes__)
    assert server.created["ORDER-3"] == 0
    assert server.stats.requests[FO_CREATE] == MAX_SENDS


def test_a_lookup_that_cannot_tell_raises_outcome_unknown(server: FakeSpApi) -> None:
    with SellingPartner(**settings(server)) as sp:
        server.drop_next(1, operation_id=FO_CREATE, after=True)
        server.fail_next(10, 500, operation_id=FO_GET)
        with pytest.raises(OutcomeUnknownError, match="getFulfillmentOrder could not tell") as e:
            sp.fulfillment_outbound_v2020_07_01.create_fulfillment_order(body=order("ORDER-4"))
    assert isinstance(e.value.__cause__, ServerError)
    assert server.created["ORDER-4"] == 1


def test_other_creates_keep_outcome_unknown(server: FakeSpApi) -> None:
    with SellingPartner(**settings(server)) as sp:
        server.drop_next(1, operation_id=FO_UPDATE)
        with pytest.raises(OutcomeUnknownError):
            sp.fulfillment_outbound_v2020_07_01.update_fulfillment_order(
                seller_fulfillment_order_id="ORDER-5",
                body=UpdateFulfillmentOrderRequest(marketplace_id="ATVPDKIKX0DER"),
            )


def _run_under_faults(server: FakeSpApi, rng: random.Random) -> tuple[list[str], int]:
    """200 calls, every fourth a create; before each request-sending call, faults at random.

    Returns the ids whose create failed for the caller, and how many faults were set.
    """
    failed: list[str] = []
    faults = 0
    with SellingPartner(**settings(server)) as sp:
        fo = sp.fulfillment_outbound_v2020_07_01
        for n in range(200):
            # Each fault hits the next SP-API request, whichever it is (create,
            # resend, lookup or a read): 10 % 503s, 5 % resets, half of them after
            # the server did the work.
            roll = rng.random()
            after = rng.random() < 0.5
            if roll < 0.10:
                server.fail_next(1, 503, after=after)
                faults += 1
            elif roll < 0.15:
                server.drop_next(1, after=after)
                faults += 1
            if n % 4 == 3:
                order_id = f"FAULTS-{n:03d}"
                try:
                    fo.create_fulfillment_order(body=order(order_id))
                except Exception:
                    failed.append(order_id)
            else:
                fo.get_package_tracking_details(package_number=1)
    return failed, faults


def test_under_faults_no_create_is_lost_or_doubled(server: FakeSpApi) -> None:
    failed, faults = _run_under_faults(server, random.Random(8))
    assert faults >= 20  # the faults really happened
    ids = [f"FAULTS-{n:03d}" for n in range(3, 200, 4)]
    assert len(ids) == 50
    lost = [i for i in ids if server.created[i] == 0 or i in failed]
    doubled = [i for i in ids if server.created[i] > 1]
    assert lost == [] and doubled == [], f"lost {lost}, made twice {doubled}"
    assert server.stats.requests[FO_GET] > 0  # the lookups did the work


# -- the other creates of spec/creates.toml: `found` tests, copied answers, arguments ------

RETURN_ITEM = {
    "sellerReturnItemId": "return-1",
    "sellerFulfillmentOrderItemId": "item-1",
    "amazonShipmentId": "DnMDLWJWN",
    "returnReasonCode": "NOTCOMPATIBLE",
}


def _return_lookup(server: FakeSpApi, return_ids: list[str]) -> None:
    body = server.success_body(FO_GET)
    body["payload"]["returnItems"] = [
        {
            "sellerReturnItemId": rid,
            "sellerFulfillmentOrderItemId": "item-1",
            "amazonShipmentId": "DnMDLWJWN",
            "sellerReturnReasonCode": "NOTCOMPATIBLE",
            "status": "New",
            "statusChangedDate": "2026-11-20T10:00:00Z",
        }
        for rid in return_ids
    ]
    server.respond_next(FO_GET, 200, body)


@pytest.mark.parametrize(
    ("listed", "made"), [(["other", "return-1"], True), (["other"], False)], ids=["found", "absent"]
)
def test_a_return_is_found_by_its_return_item_ids(
    server: FakeSpApi, listed: list[str], made: bool
) -> None:
    from selling_partner_generated.fulfillment_outbound_v2020_07_01.models import (
        CreateFulfillmentReturnRequest,
        CreateFulfillmentReturnResponse,
    )

    body = CreateFulfillmentReturnRequest.from_dict({"items": [RETURN_ITEM]})
    with SellingPartner(**settings(server)) as sp:
        server.fail_next(1, 500, operation_id=FO_RETURN)
        _return_lookup(server, listed)
        answer = sp.fulfillment_outbound_v2020_07_01.create_fulfillment_return.detailed(
            seller_fulfillment_order_id="ORDER-9", body=body
        )
    assert isinstance(answer.parsed, CreateFulfillmentReturnResponse)
    assert (answer.recovered is not None) is made
    assert server.stats.requests[FO_RETURN] == (1 if made else 2)
    if made:  # the caller's answer carries the order's returns, copied from the lookup
        items = answer.parsed.payload.return_items
        assert [item.seller_return_item_id for item in items] == listed


def test_create_order_2026_copies_the_order_from_get_order_async(server: FakeSpApi) -> None:
    from selling_partner_generated.fulfillment_outbound_v2026_07_04.models import (
        CreateOrderRequest,
        CreateOrderResponse,
    )

    request = CreateOrderRequest.from_dict(
        {
            "orderId": "MY-ORDER-1",
            "lineItems": [
                {
                    "lineItemId": "line-1",
                    "product": {"productIdentifier": {"amazonSku": "SKU-RED-MUG"}},
                    "amount": {"value": "2", "unit": "COUNT"},
                }
            ],
            "destination": {"deliveryAddress": ORDER["destinationAddress"]},
        }
    )
    seen: list[str] = []

    async def go() -> Any:
        async with AsyncSellingPartner(**settings(server)) as sp:

            async def record(request: Any) -> None:
                seen.append(
                    f"{request.url.path} {request.headers.get('x-amzn-fulfillment-service-id')}"
                )

            sp.httpx_client().event_hooks["request"].append(record)
            server.drop_next(1, operation_id="fulfillment_outbound_v2026_07_04.createOrder")
            return await sp.fulfillment_outbound_v2026_07_04.create_order.detailed(
                body=request, x_amzn_fulfillment_service_id="FS01"
            )

    answer = asyncio.run(go())
    assert isinstance(answer.parsed, CreateOrderResponse)
    assert answer.recovered is not None and answer.recovered.operation == "getOrder"
    assert answer.parsed.order.order_id == answer.recovered.parsed.order.order_id
    # The lookup asked for the caller's id, with the create's fulfillment service header.
    assert seen[-1] == "/fulfillment/outbound/2026-07-04/orders/MY-ORDER-1 FS01"


@pytest.mark.parametrize(("version", "made"), [("1.0", True), ("2.0", False)])
def test_a_subscription_is_found_by_its_payload_version(
    server: FakeSpApi, version: str, made: bool
) -> None:
    from selling_partner_generated.notifications_v1.models import CreateSubscriptionRequest

    body = CreateSubscriptionRequest(payload_version=version, destination_id="dest-1")
    with SellingPartner(**settings(server)) as sp:
        server.fail_next(1, 503, operation_id="notifications_v1.createSubscription")
        answer = sp.notifications_v1.create_subscription.detailed(
            notification_type="ANY_OFFER_CHANGED", body=body
        )
    assert (answer.recovered is not None) is made
    assert server.stats.requests["notifications_v1.createSubscription"] == (1 if made else 2)
    if made:  # the subscription the lookup found is the caller's answer
        assert answer.parsed.payload.payload_version == "1.0"


def test_a_refused_resend_is_looked_up_again(server: FakeSpApi) -> None:
    # Made, answer lost; the lookup comes too early (404); the resend is refused (400:
    # Amazon knows the id): the second lookup finds the order, and the call succeeds.
    duplicate = {"errors": [{"code": "InvalidInput", "message": "ORDER-7 already exists"}]}
    with SellingPartner(**settings(server)) as sp:
        server.fail_next(1, 503, operation_id=FO_CREATE, after=True)
        server.respond_next(FO_GET, 404, {"errors": [{"code": "NotFound"}]})
        server.respond_next(FO_CREATE, 400, duplicate)
        answer = sp.fulfillment_outbound_v2020_07_01.create_fulfillment_order.detailed(
            body=order("ORDER-7")
        )
    assert answer.recovered is not None and answer.attempts == 2
    assert server.created["ORDER-7"] == 1
    assert server.stats.requests[FO_GET] == 2

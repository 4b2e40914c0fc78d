"""Every Fulfillment Outbound operation, both versions, replayed through the public client.

Each test sends the call of ``_fo_calls.CALLS`` through ``SellingPartner``
(2020-07-01) or ``AsyncSellingPartner`` (2026-07-04): Login with Amazon, rate
limiter, transport, generated parsing. Assertions are on parsed values. Values
that are personal data are scrubbed in the cassettes (``pii-<hash>``), so tests
only check they are present.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from _fo_calls import V2020, V2026, call_kwargs
from selling_partner import ApiResponse, AsyncSellingPartner, SellingPartner

pytestmark = pytest.mark.vcr


def call(sp: SellingPartner, name: str, **overrides: Any) -> ApiResponse[Any]:
    return getattr(sp.fulfillment_outbound_v2020_07_01, name).detailed(
        **call_kwargs(V2020, name, **overrides)
    )


async def acall(asp: AsyncSellingPartner, name: str, **overrides: Any) -> ApiResponse[Any]:
    return await getattr(asp.fulfillment_outbound_v2026_07_04, name).detailed(
        **call_kwargs(V2026, name, **overrides)
    )


def _common(result: ApiResponse[Any], operation: str, status: int = 200) -> None:
    assert result.status_code == status
    assert result.operation == operation
    assert result.request_id  # x-amzn-RequestId, for Amazon support
    assert result.attempts == 1


# ------------------------------------------------------------------ 2020-07-01 (sync)


def test_get_fulfillment_preview(sp: SellingPartner) -> None:
    result = call(sp, "get_fulfillment_preview")
    _common(result, "getFulfillmentPreview")
    previews = result.parsed.payload.fulfillment_previews
    assert previews, "at least one preview"
    first = previews[0]
    assert first.shipping_speed_category == "Standard"
    assert first.is_fulfillable is True
    assert first.estimated_fees[0].amount.currency_code == "USD"
    assert first.estimated_fees[0].amount.value == "19.71"


def test_delivery_offers(sp: SellingPartner) -> None:
    result = call(sp, "delivery_offers")
    _common(result, "deliveryOffers")
    offer = result.parsed.payload.delivery_offers[0]
    assert offer.date_range.earliest < offer.date_range.latest
    assert offer.expires_at.tzinfo is not None
    # Amazon's example says "messaging" where the model says "message": kept, not lost.
    assert offer.policy.additional_properties["messaging"]["locale"] == "en_US"


def test_list_all_fulfillment_orders(sp: SellingPartner) -> None:
    result = call(sp, "list_all_fulfillment_orders")
    _common(result, "listAllFulfillmentOrders")
    orders = result.parsed.payload.fulfillment_orders
    assert [o.seller_fulfillment_order_id for o in orders][:1] == ["FAKE-ORDER-0001"]
    assert orders[0].fulfillment_order_status == "Received"
    assert orders[0].destination_address.country_code == "US"
    assert orders[0].destination_address.name  # scrubbed to a placeholder in the cassette
    assert isinstance(result.parsed.payload.next_token, str)


def test_create_fulfillment_order(sp: SellingPartner) -> None:
    result = call(sp, "create_fulfillment_order")
    _common(result, "createFulfillmentOrder")
    assert result.parsed.errors is not None or result.parsed.to_dict() == {}


def test_get_package_tracking_details(sp: SellingPartner) -> None:
    result = call(sp, "get_package_tracking_details")
    _common(result, "getPackageTrackingDetails")
    payload = result.parsed.payload
    assert payload.carrier_code == "UPS"
    assert payload.current_status == "DELIVERED"
    assert payload.ship_to_address.country == "US"
    assert payload.tracking_events[0].event_code == "EVENT_301"
    assert payload.tracking_events[0].event_date == dt.datetime(
        2026, 1, 22, 0, 15, 55, tzinfo=dt.UTC
    )


def test_list_return_reason_codes(sp: SellingPartner) -> None:
    result = call(sp, "list_return_reason_codes")
    _common(result, "listReturnReasonCodes")
    codes = {d.return_reason_code: d.description for d in result.parsed.payload.reason_code_details}
    assert codes["CR-UNWANTED_ITEM"] == "No longer needed/wanted"
    assert "CR-DEFECTIVE" in codes


def test_create_fulfillment_return(sp: SellingPartner) -> None:
    result = call(sp, "create_fulfillment_return")
    _common(result, "createFulfillmentReturn")
    payload = result.parsed.payload
    rma = payload.return_authorizations[0]
    assert rma.return_authorization_id == "RMA3JTIPBJM42UU6"
    assert rma.fulfillment_center_id == "TUS1"
    assert rma.return_to_address.city == "Phoenix"
    item = payload.return_items[0]
    assert item.status == "New"
    assert item.return_authorization_id == rma.return_authorization_id
    assert payload.invalid_return_items == []


def test_get_fulfillment_order(sp: SellingPartner) -> None:
    result = call(sp, "get_fulfillment_order")
    _common(result, "getFulfillmentOrder")
    order = result.parsed.payload.fulfillment_order
    assert order.seller_fulfillment_order_id == "FAKE-ORDER-0001"
    assert order.fulfillment_order_status == "Processing"
    assert order.fulfillment_action == "Ship"
    assert order.displayable_order_date == dt.datetime(2026, 1, 18, 19, 46, 45, tzinfo=dt.UTC)
    assert order.destination_address.city == "Anytown"
    assert order.destination_address.phone  # scrubbed placeholder in the cassette
    assert order.notification_emails and all(order.notification_emails)


def test_update_fulfillment_order(sp: SellingPartner) -> None:
    result = call(sp, "update_fulfillment_order")
    _common(result, "updateFulfillmentOrder")
    assert result.parsed.to_dict() == {}


def test_cancel_fulfillment_order(sp: SellingPartner) -> None:
    result = call(sp, "cancel_fulfillment_order")
    _common(result, "cancelFulfillmentOrder")
    assert result.parsed.to_dict() == {}


def test_submit_fulfillment_order_status_update(sp: SellingPartner) -> None:
    result = call(sp, "submit_fulfillment_order_status_update")
    _common(result, "submitFulfillmentOrderStatusUpdate")
    assert result.parsed.to_dict() == {}


def test_get_features(sp: SellingPartner) -> None:
    result = call(sp, "get_features")
    _common(result, "getFeatures")
    features = {f.feature_name: f for f in result.parsed.payload.features}
    assert sorted(features) == ["BLANK_BOX", "PSLIP"]
    assert features["BLANK_BOX"].seller_eligible is True


def test_get_feature_inventory(sp: SellingPartner) -> None:
    result = call(sp, "get_feature_inventory")
    _common(result, "getFeatureInventory")
    payload = result.parsed.payload
    assert payload.marketplace_id == "ATVPDKIKX0DER"
    skus = {s.seller_sku: s for s in payload.feature_skus}
    assert skus["sellerSku1"].sku_count == 23
    assert skus["sellerSku1"].overlapping_skus == ["sellerSku2", "sellerSku3", "sellerSku4"]
    assert payload.next_token


def test_get_feature_sku(sp: SellingPartner) -> None:
    result = call(sp, "get_feature_sku")
    _common(result, "getFeatureSKU")
    payload = result.parsed.payload
    assert payload.feature_name == "BLANK_BOX"
    assert payload.is_eligible is True
    assert payload.sku_count == 33


# ------------------------------------------------------------------ 2026-07-04 (async)


async def test_get_order_preview(asp: AsyncSellingPartner) -> None:
    result = await acall(asp, "get_order_preview")
    _common(result, "getOrderPreview")
    shipment = result.parsed.planned_shipments[0]
    offer = shipment.offers[0]
    assert offer.estimated_price.total_price.amount == "4.25"
    assert offer.estimated_price.total_price.currency_code == "USD"
    assert offer.fulfillment_configuration.service_level.service_tier == "STANDARD"
    assert result.parsed.constraints[0].code == "ItemQuantityNotAvailable"


async def test_get_offers(asp: AsyncSellingPartner) -> None:
    result = await acall(asp, "get_offers")
    _common(result, "getOffers")
    first = result.parsed.offer_results[0]
    assert first.item.product_identifier.amazon_sku == "FRN-DSK-MCM-WAL-001"
    tiers = [o.fulfillment_configuration.service_level.service_tier for o in first.offers]
    assert tiers == ["STANDARD", "EXPEDITED"]
    assert result.parsed.offer_results[1].constraints[0].code == "DeliverySLAUnavailable"


async def test_cancel_order(asp: AsyncSellingPartner) -> None:
    result = await acall(asp, "cancel_order")
    _common(result, "cancelOrder", status=202)
    assert type(result.parsed).__name__ == "CancelOrderResponse"


async def test_update_order_status(asp: AsyncSellingPartner) -> None:
    result = await acall(asp, "update_order_status")
    _common(result, "updateOrderStatus", status=204)
    assert result.parsed is None
    assert result.content == b""


async def test_update_package(asp: AsyncSellingPartner) -> None:
    result = await acall(asp, "update_package")
    _common(result, "updatePackage", status=204)
    assert result.parsed is None


async def test_update_order(asp: AsyncSellingPartner) -> None:
    result = await acall(asp, "update_order")
    _common(result, "updateOrder", status=202)
    assert type(result.parsed).__name__ == "UpdateOrderResponse"


async def test_get_order(asp: AsyncSellingPartner) -> None:
    result = await acall(asp, "get_order")
    _common(result, "getOrder")
    order = result.parsed.order
    assert order.order_id == "ABC123XYZ"
    assert order.channel == "SHOPIFY"
    line = order.line_items[0]
    assert line.product.product_identifier.amazon_sku == "BOOK-123-HC"
    assert line.product.per_unit_declared_value.amount == "14.99"
    assert order.destination.delivery_address.country_code == "US"
    assert order.destination.delivery_address.name  # scrubbed placeholder in the cassette


async def test_list_orders(asp: AsyncSellingPartner) -> None:
    result = await acall(asp, "list_orders")
    _common(result, "listOrders")
    orders = result.parsed.orders
    assert orders[0].order_id == "ABC123XYZ"
    assert orders[0].receive_time == dt.datetime(2025, 4, 21, 10, 30, tzinfo=dt.UTC)
    assert result.parsed.pagination.next_token


async def test_create_order(asp: AsyncSellingPartner) -> None:
    result = await acall(asp, "create_order")
    _common(result, "createOrder")
    order = result.parsed.order
    assert order.order_id == "ABC123XYZ"
    assert order.line_items[0].amount.value == "1.0"
    assert order.line_items[0].amount.unit == "EACHES"

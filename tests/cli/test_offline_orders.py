"""Stateful Fulfillment Outbound orders in the offline SP-API: create, get, list, update, cancel."""

from __future__ import annotations

from typing import Any

import pytest
from selling_partner import ClientError, NotFoundError, SellingPartner
from selling_partner.testing import OfflineSpApi
from selling_partner_generated.fulfillment_outbound_v2020_07_01.models import (
    create_fulfillment_order_request as create_model,
)
from selling_partner_generated.fulfillment_outbound_v2020_07_01.models import (
    update_fulfillment_order_request as update_model,
)


def _order(order_id: str, quantity: int = 1) -> Any:
    return create_model.CreateFulfillmentOrderRequest.from_dict(
        {
            "sellerFulfillmentOrderId": order_id,
            "displayableOrderId": order_id,
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
            "items": [
                {"sellerSku": "SKU-1", "sellerFulfillmentOrderItemId": "1", "quantity": quantity}
            ],
        }
    )


def test_the_order_lifecycle(offline_sp: SellingPartner, offline_spapi: OfflineSpApi) -> None:
    fo = offline_sp.fulfillment_outbound_v2020_07_01
    with pytest.raises(NotFoundError):
        fo.get_fulfillment_order(seller_fulfillment_order_id="A-1")
    fo.create_fulfillment_order(body=_order("A-1", quantity=2))
    fo.create_fulfillment_order(body=_order("A-2"))
    got = fo.get_fulfillment_order(seller_fulfillment_order_id="A-1").payload
    assert got.fulfillment_order.fulfillment_order_status.value == "Received"
    assert got.fulfillment_order.destination_address.postal_code == "98101"
    assert got.fulfillment_order_items[0].quantity == 2
    listed = fo.list_all_fulfillment_orders().payload.fulfillment_orders
    assert [o.seller_fulfillment_order_id for o in listed] == ["A-1", "A-2"]

    fo.update_fulfillment_order(
        seller_fulfillment_order_id="A-1",
        body=update_model.UpdateFulfillmentOrderRequest.from_dict(
            {
                "displayableOrderComment": "changed",
                "items": [{"sellerFulfillmentOrderItemId": "1", "quantity": 5}],
            }
        ),
    )
    got = fo.get_fulfillment_order(seller_fulfillment_order_id="A-1").payload
    assert got.fulfillment_order.displayable_order_comment == "changed"
    assert got.fulfillment_order_items[0].quantity == 5

    fo.cancel_fulfillment_order(seller_fulfillment_order_id="A-1")
    got = fo.get_fulfillment_order(seller_fulfillment_order_id="A-1").payload
    assert got.fulfillment_order.fulfillment_order_status.value == "Cancelled"
    assert got.fulfillment_order_items[0].cancelled_quantity == 5
    fo.cancel_fulfillment_order(seller_fulfillment_order_id="A-1")  # again: no change, no error
    with pytest.raises(ClientError, match="cannot be updated in status Cancelled"):
        fo.update_fulfillment_order(
            seller_fulfillment_order_id="A-1",
            body=update_model.UpdateFulfillmentOrderRequest.from_dict(
                {"displayableOrderComment": "x"}
            ),
        )

    offline_spapi.orders.set_status("A-2", "Complete")
    with pytest.raises(ClientError, match="cannot be cancelled in status Complete"):
        fo.cancel_fulfillment_order(seller_fulfillment_order_id="A-2")
    with pytest.raises(NotFoundError):
        fo.cancel_fulfillment_order(seller_fulfillment_order_id="nope")


def test_create_again_is_harmless_but_an_id_cannot_be_reused(offline_sp: SellingPartner) -> None:
    fo = offline_sp.fulfillment_outbound_v2020_07_01
    fo.create_fulfillment_order(body=_order("B-1"))
    fo.create_fulfillment_order(body=_order("B-1"))
    with pytest.raises(ClientError, match="already used by another order"):
        fo.create_fulfillment_order(body=_order("B-1", quantity=3))
    assert len(fo.list_all_fulfillment_orders().payload.fulfillment_orders) == 1


def test_list_filters_by_query_start_date(offline_sp: SellingPartner) -> None:
    import datetime

    fo = offline_sp.fulfillment_outbound_v2020_07_01
    fo.create_fulfillment_order(body=_order("C-1"))
    later = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)
    assert fo.list_all_fulfillment_orders(query_start_date=later).payload.fulfillment_orders == []


def test_orders_belong_to_their_seller(offline_spapi: OfflineSpApi) -> None:
    other = "Atzr|" + "another-seller-refresh-token"
    offline_spapi.add_refresh_token(other)
    with offline_spapi.client() as first, offline_spapi.client(refresh_token=other) as second:
        first.fulfillment_outbound_v2020_07_01.create_fulfillment_order(body=_order("D-1"))
        with pytest.raises(NotFoundError):
            second.fulfillment_outbound_v2020_07_01.get_fulfillment_order(
                seller_fulfillment_order_id="D-1"
            )

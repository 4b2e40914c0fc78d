"""User-style code: the typed surface as a user sees it (checked by mypy --strict and pyright)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import assert_type

from selling_partner import ApiResponse, AsyncSellingPartner, SellingPartner
from selling_partner_generated.fulfillment_outbound_v2020_07_01.models import (
    CreateFulfillmentOrderResponse,
    GetFeaturesResponse,
    GetPackageTrackingDetailsResponse,
    ListAllFulfillmentOrdersResponse,
)
from selling_partner_generated.orders_v0.models import GetOrdersResponse


def sync_use(sp: SellingPartner) -> None:
    fo = sp.fulfillment_outbound_v2020_07_01
    tracking = fo.get_package_tracking_details(package_number=1)
    assert_type(tracking, GetPackageTrackingDetailsResponse)
    full = fo.get_package_tracking_details.detailed(package_number=1)
    assert_type(full, ApiResponse[GetPackageTrackingDetailsResponse])
    assert_type(full.parsed, GetPackageTrackingDetailsResponse)
    pages = fo.list_all_fulfillment_orders.pages()
    assert_type(pages, Iterator[ListAllFulfillmentOrdersResponse])
    for page in pages:
        assert_type(page, ListAllFulfillmentOrdersResponse)
    for response in fo.list_all_fulfillment_orders.detailed_pages():
        assert_type(response, ApiResponse[ListAllFulfillmentOrdersResponse])
    # A body as the model or as a mapping in Amazon's wire names.
    created = fo.create_fulfillment_order(body={"sellerFulfillmentOrderId": "o-1"})
    assert_type(created, CreateFulfillmentOrderResponse)
    # Restricted operations take restricted= with their data elements.
    orders = sp.orders_v0.get_orders(marketplace_ids=["ATVPDKIKX0DER"], restricted=("buyerInfo",))
    assert_type(orders, GetOrdersResponse)
    # strict= per call on every method; a required marketplace id may be left out
    # (SellingPartner(marketplace=...) fills it, or the call raises naming it).
    assert_type(sp.orders_v0.get_orders(strict=True), GetOrdersResponse)
    assert_type(fo.get_features(), GetFeaturesResponse)
    for page in fo.list_all_fulfillment_orders.pages(strict=False):
        assert_type(page, ListAllFulfillmentOrdersResponse)


async def async_use(sp: AsyncSellingPartner) -> None:
    fo = sp.fulfillment_outbound_v2020_07_01
    tracking = await fo.get_package_tracking_details(package_number=1)
    assert_type(tracking, GetPackageTrackingDetailsResponse)
    full = await fo.get_package_tracking_details.detailed(package_number=1)
    assert_type(full, ApiResponse[GetPackageTrackingDetailsResponse])
    strict = await fo.get_package_tracking_details.detailed(package_number=1, strict=True)
    assert_type(strict, ApiResponse[GetPackageTrackingDetailsResponse])
    pages = fo.list_all_fulfillment_orders.pages()
    assert_type(pages, AsyncIterator[ListAllFulfillmentOrdersResponse])
    async for page in pages:
        assert_type(page, ListAllFulfillmentOrdersResponse)


def main() -> None:
    with SellingPartner(region="na") as sp:
        sync_use(sp)

    async def run() -> None:
        async with AsyncSellingPartner(region="na") as asp:
            await async_use(asp)

    asyncio.run(run())

"""User-style mistakes: every line marked `# flagged` must be reported by both checkers."""

from __future__ import annotations

from selling_partner import AsyncSellingPartner, SellingPartner


def mistakes(sp: SellingPartner) -> None:
    sp.fulfillment_outbound_v2020_07_1  # flagged: misspelled API
    sp.fulfillment_outbound_v2020_07_01.get_package_tracking_detail  # flagged: misspelled operation
    sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_numbr=1)  # flagged: unknown keyword
    sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number="abc")  # flagged: wrong type
    sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details()  # flagged: missing argument
    sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(1)  # flagged: positional argument
    sp.fulfillment_outbound_v2020_07_01.get_package_tracking_details.pages(package_number=1)  # flagged: does not page
    sp.fulfillment_outbound_v2020_07_01.get_features(marketplace_id="ATVPDKIKX0DER", restricted=True)  # flagged: not restricted
    sp.orders_v0.get_orders(marketplace_ids=["ATVPDKIKX0DER"], restricted=("buyerInfos",))  # flagged: unknown data element
    sp.fulfillment_outbound_v2020_07_01.create_fulfillment_order(body=[1, 2])  # flagged: body neither model nor mapping


async def async_mistakes(asp: AsyncSellingPartner) -> None:
    asp.fulfillment_outbound_v2020_07_1  # flagged: misspelled API (async)
    await asp.fulfillment_outbound_v2020_07_01.get_package_tracking_details(package_number="abc")  # flagged: wrong type (async)
    await asp.fulfillment_outbound_v2020_07_01.get_package_tracking_detail(package_number=1)  # flagged: misspelled operation (async)

# ruff: noqa: B018, F841  (the mistakes are the point)
"""User-style mistakes: each line marked `# flagged:` must be reported by both checkers."""

from __future__ import annotations

from selling_partner import AsyncSellingPartner, SellingPartner


def mistakes(sp: SellingPartner) -> None:
    fo = sp.fulfillment_outbound_v2020_07_01
    sp.fulfillment_outbound_v2020_07_1  # flagged: misspelled API
    fo.get_package_tracking_detail  # flagged: misspelled operation
    fo.get_package_tracking_details(package_numbr=1)  # flagged: unknown keyword
    fo.get_package_tracking_details(package_number="abc")  # flagged: wrong argument type
    fo.get_package_tracking_details()  # flagged: missing argument
    fo.get_package_tracking_details(1)  # flagged: positional argument
    fo.get_package_tracking_details.pages(package_number=1)  # flagged: does not page
    fo.get_features(marketplace_id="A1", restricted=True)  # flagged: not restricted
    sp.orders_v0.get_orders(marketplace_ids=["A1"], restricted=("buyer",))  # flagged: data element
    fo.create_fulfillment_order(body=[1, 2])  # flagged: body neither model nor mapping
    tracking: str = fo.get_package_tracking_details(package_number=1)  # flagged: result type
    fo.get_package_tracking_details(packageNumber=1)  # flagged: Amazon's name (runtime names it)
    fo.get_package_tracking_details(package_number=1, strict="yes")  # flagged: strict is a bool
    sp.orders_v0.get_orders(marketplace_ids="A1")  # flagged: a list is wanted, even when optional
    fo.get_features(marketplace_id=None)  # flagged: None is not "left out"


async def async_mistakes(asp: AsyncSellingPartner) -> None:
    fo = asp.fulfillment_outbound_v2020_07_01
    asp.fulfillment_outbound_v2020_07_1  # flagged: misspelled API (async)
    await fo.get_package_tracking_details(package_number="abc")  # flagged: wrong type (async)
    await fo.get_package_tracking_detail(package_number=1)  # flagged: misspelled operation
    fo.get_package_tracking_details(package_number=1).payload  # flagged: not awaited

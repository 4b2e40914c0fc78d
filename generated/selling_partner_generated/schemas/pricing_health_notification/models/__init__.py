"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .average_selling_price import AverageSellingPrice
    from .buy_box_price import BuyBoxPrice
    from .competitive_price_threshold import CompetitivePriceThreshold
    from .landed_price import LandedPrice
    from .listing_price import ListingPrice
    from .merchant_offer import MerchantOffer
    from .money_type import MoneyType
    from .msrp_price import MsrpPrice
    from .notification_metadata import NotificationMetadata
    from .notification_response import NotificationResponse
    from .offer_change_trigger import OfferChangeTrigger
    from .offer_count import OfferCount
    from .payload import Payload
    from .points import Points
    from .reference_price import ReferencePrice
    from .retail_offer_price import RetailOfferPrice
    from .sales_rank import SalesRank
    from .shipping import Shipping
    from .summary import Summary

_MODULES: dict[str, str] = {
    "AverageSellingPrice": ".average_selling_price",
    "BuyBoxPrice": ".buy_box_price",
    "CompetitivePriceThreshold": ".competitive_price_threshold",
    "LandedPrice": ".landed_price",
    "ListingPrice": ".listing_price",
    "MerchantOffer": ".merchant_offer",
    "MoneyType": ".money_type",
    "MsrpPrice": ".msrp_price",
    "NotificationMetadata": ".notification_metadata",
    "NotificationResponse": ".notification_response",
    "OfferChangeTrigger": ".offer_change_trigger",
    "OfferCount": ".offer_count",
    "Payload": ".payload",
    "Points": ".points",
    "ReferencePrice": ".reference_price",
    "RetailOfferPrice": ".retail_offer_price",
    "SalesRank": ".sales_rank",
    "Shipping": ".shipping",
    "Summary": ".summary",
}

__all__ = (
    "AverageSellingPrice",
    "BuyBoxPrice",
    "CompetitivePriceThreshold",
    "LandedPrice",
    "ListingPrice",
    "MerchantOffer",
    "MoneyType",
    "MsrpPrice",
    "NotificationMetadata",
    "NotificationResponse",
    "OfferChangeTrigger",
    "OfferCount",
    "Payload",
    "Points",
    "ReferencePrice",
    "RetailOfferPrice",
    "SalesRank",
    "Shipping",
    "Summary",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

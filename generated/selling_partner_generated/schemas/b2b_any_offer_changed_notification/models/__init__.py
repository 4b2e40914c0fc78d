"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .b2b_any_offer_changed_notification import B2BAnyOfferChangedNotification
    from .buy_box_price import BuyBoxPrice
    from .landed_price import LandedPrice
    from .listing_price import ListingPrice
    from .lowest_price import LowestPrice
    from .money_type import MoneyType
    from .notification_metadata import NotificationMetadata
    from .notification_response import NotificationResponse
    from .offer import Offer
    from .offer_change_trigger import OfferChangeTrigger
    from .offer_count import OfferCount
    from .payload import Payload
    from .points import Points
    from .prime_information import PrimeInformation
    from .quantity_discount_price_type import QuantityDiscountPriceType
    from .seller_feedback_rating import SellerFeedbackRating
    from .shipping import Shipping
    from .shipping_time import ShippingTime
    from .ships_from import ShipsFrom
    from .summary import Summary

_MODULES: dict[str, str] = {
    "B2BAnyOfferChangedNotification": ".b2b_any_offer_changed_notification",
    "BuyBoxPrice": ".buy_box_price",
    "LandedPrice": ".landed_price",
    "ListingPrice": ".listing_price",
    "LowestPrice": ".lowest_price",
    "MoneyType": ".money_type",
    "NotificationMetadata": ".notification_metadata",
    "NotificationResponse": ".notification_response",
    "Offer": ".offer",
    "OfferChangeTrigger": ".offer_change_trigger",
    "OfferCount": ".offer_count",
    "Payload": ".payload",
    "Points": ".points",
    "PrimeInformation": ".prime_information",
    "QuantityDiscountPriceType": ".quantity_discount_price_type",
    "SellerFeedbackRating": ".seller_feedback_rating",
    "Shipping": ".shipping",
    "ShippingTime": ".shipping_time",
    "ShipsFrom": ".ships_from",
    "Summary": ".summary",
}

__all__ = (
    "B2BAnyOfferChangedNotification",
    "BuyBoxPrice",
    "LandedPrice",
    "ListingPrice",
    "LowestPrice",
    "MoneyType",
    "NotificationMetadata",
    "NotificationResponse",
    "Offer",
    "OfferChangeTrigger",
    "OfferCount",
    "Payload",
    "Points",
    "PrimeInformation",
    "QuantityDiscountPriceType",
    "SellerFeedbackRating",
    "Shipping",
    "ShippingTime",
    "ShipsFrom",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .amount_threshold import AmountThreshold
    from .batch_request import BatchRequest
    from .batch_response import BatchResponse
    from .competitive_summary_batch_request import CompetitiveSummaryBatchRequest
    from .competitive_summary_batch_response import CompetitiveSummaryBatchResponse
    from .competitive_summary_included_data import CompetitiveSummaryIncludedData
    from .competitive_summary_request import CompetitiveSummaryRequest
    from .competitive_summary_response import CompetitiveSummaryResponse
    from .competitive_summary_response_body import CompetitiveSummaryResponseBody
    from .condition import Condition
    from .error import Error
    from .errors import Errors
    from .featured_buying_option import FeaturedBuyingOption
    from .featured_buying_option_buying_option_type import (
        FeaturedBuyingOptionBuyingOptionType,
    )
    from .featured_offer import FeaturedOffer
    from .featured_offer_expected_price import FeaturedOfferExpectedPrice
    from .featured_offer_expected_price_request import FeaturedOfferExpectedPriceRequest
    from .featured_offer_expected_price_request_params import (
        FeaturedOfferExpectedPriceRequestParams,
    )
    from .featured_offer_expected_price_response import (
        FeaturedOfferExpectedPriceResponse,
    )
    from .featured_offer_expected_price_response_body import (
        FeaturedOfferExpectedPriceResponseBody,
    )
    from .featured_offer_expected_price_result import FeaturedOfferExpectedPriceResult
    from .featured_offer_segment import FeaturedOfferSegment
    from .featured_offer_segment_customer_membership import (
        FeaturedOfferSegmentCustomerMembership,
    )
    from .fulfillment_type import FulfillmentType
    from .get_featured_offer_expected_price_batch_request import (
        GetFeaturedOfferExpectedPriceBatchRequest,
    )
    from .get_featured_offer_expected_price_batch_response import (
        GetFeaturedOfferExpectedPriceBatchResponse,
    )
    from .http_headers import HttpHeaders
    from .http_method import HttpMethod
    from .http_status_line import HttpStatusLine
    from .item import Item
    from .lowest_priced_offer import LowestPricedOffer
    from .lowest_priced_offers_input import LowestPricedOffersInput
    from .lowest_priced_offers_input_offer_type import LowestPricedOffersInputOfferType
    from .money_type import MoneyType
    from .offer import Offer
    from .offer_identifier import OfferIdentifier
    from .offer_sub_condition import OfferSubCondition
    from .points import Points
    from .postal_code import PostalCode
    from .price import Price
    from .prime_details import PrimeDetails
    from .prime_details_eligibility import PrimeDetailsEligibility
    from .promotion import Promotion
    from .promotion_discount import PromotionDiscount
    from .promotion_savings import PromotionSavings
    from .purchase_condition import PurchaseCondition
    from .purchase_requirements import PurchaseRequirements
    from .quantity_threshold import QuantityThreshold
    from .reference_price import ReferencePrice
    from .sample_location import SampleLocation
    from .segment import Segment
    from .segment_details import SegmentDetails
    from .segmented_featured_offer import SegmentedFeaturedOffer
    from .shipping_option import ShippingOption
    from .shipping_option_shipping_option_type import ShippingOptionShippingOptionType
    from .similar_items import SimilarItems

_MODULES: dict[str, str] = {
    "AmountThreshold": ".amount_threshold",
    "BatchRequest": ".batch_request",
    "BatchResponse": ".batch_response",
    "CompetitiveSummaryBatchRequest": ".competitive_summary_batch_request",
    "CompetitiveSummaryBatchResponse": ".competitive_summary_batch_response",
    "CompetitiveSummaryIncludedData": ".competitive_summary_included_data",
    "CompetitiveSummaryRequest": ".competitive_summary_request",
    "CompetitiveSummaryResponse": ".competitive_summary_response",
    "CompetitiveSummaryResponseBody": ".competitive_summary_response_body",
    "Condition": ".condition",
    "Error": ".error",
    "Errors": ".errors",
    "FeaturedBuyingOption": ".featured_buying_option",
    "FeaturedBuyingOptionBuyingOptionType": ".featured_buying_option_buying_option_type",
    "FeaturedOffer": ".featured_offer",
    "FeaturedOfferExpectedPrice": ".featured_offer_expected_price",
    "FeaturedOfferExpectedPriceRequest": ".featured_offer_expected_price_request",
    "FeaturedOfferExpectedPriceRequestParams": ".featured_offer_expected_price_request_params",
    "FeaturedOfferExpectedPriceResponse": ".featured_offer_expected_price_response",
    "FeaturedOfferExpectedPriceResponseBody": ".featured_offer_expected_price_response_body",
    "FeaturedOfferExpectedPriceResult": ".featured_offer_expected_price_result",
    "FeaturedOfferSegment": ".featured_offer_segment",
    "FeaturedOfferSegmentCustomerMembership": ".featured_offer_segment_customer_membership",
    "FulfillmentType": ".fulfillment_type",
    "GetFeaturedOfferExpectedPriceBatchRequest": ".get_featured_offer_expected_price_batch_request",
    "GetFeaturedOfferExpectedPriceBatchResponse": ".get_featured_offer_expected_price_batch_response",
    "HttpHeaders": ".http_headers",
    "HttpMethod": ".http_method",
    "HttpStatusLine": ".http_status_line",
    "Item": ".item",
    "LowestPricedOffer": ".lowest_priced_offer",
    "LowestPricedOffersInput": ".lowest_priced_offers_input",
    "LowestPricedOffersInputOfferType": ".lowest_priced_offers_input_offer_type",
    "MoneyType": ".money_type",
    "Offer": ".offer",
    "OfferIdentifier": ".offer_identifier",
    "OfferSubCondition": ".offer_sub_condition",
    "Points": ".points",
    "PostalCode": ".postal_code",
    "Price": ".price",
    "PrimeDetails": ".prime_details",
    "PrimeDetailsEligibility": ".prime_details_eligibility",
    "Promotion": ".promotion",
    "PromotionDiscount": ".promotion_discount",
    "PromotionSavings": ".promotion_savings",
    "PurchaseCondition": ".purchase_condition",
    "PurchaseRequirements": ".purchase_requirements",
    "QuantityThreshold": ".quantity_threshold",
    "ReferencePrice": ".reference_price",
    "SampleLocation": ".sample_location",
    "Segment": ".segment",
    "SegmentDetails": ".segment_details",
    "SegmentedFeaturedOffer": ".segmented_featured_offer",
    "ShippingOption": ".shipping_option",
    "ShippingOptionShippingOptionType": ".shipping_option_shipping_option_type",
    "SimilarItems": ".similar_items",
}

__all__ = (
    "AmountThreshold",
    "BatchRequest",
    "BatchResponse",
    "CompetitiveSummaryBatchRequest",
    "CompetitiveSummaryBatchResponse",
    "CompetitiveSummaryIncludedData",
    "CompetitiveSummaryRequest",
    "CompetitiveSummaryResponse",
    "CompetitiveSummaryResponseBody",
    "Condition",
    "Error",
    "Errors",
    "FeaturedBuyingOption",
    "FeaturedBuyingOptionBuyingOptionType",
    "FeaturedOffer",
    "FeaturedOfferExpectedPrice",
    "FeaturedOfferExpectedPriceRequest",
    "FeaturedOfferExpectedPriceRequestParams",
    "FeaturedOfferExpectedPriceResponse",
    "FeaturedOfferExpectedPriceResponseBody",
    "FeaturedOfferExpectedPriceResult",
    "FeaturedOfferSegment",
    "FeaturedOfferSegmentCustomerMembership",
    "FulfillmentType",
    "GetFeaturedOfferExpectedPriceBatchRequest",
    "GetFeaturedOfferExpectedPriceBatchResponse",
    "HttpHeaders",
    "HttpMethod",
    "HttpStatusLine",
    "Item",
    "LowestPricedOffer",
    "LowestPricedOffersInput",
    "LowestPricedOffersInputOfferType",
    "MoneyType",
    "Offer",
    "OfferIdentifier",
    "OfferSubCondition",
    "Points",
    "PostalCode",
    "Price",
    "PrimeDetails",
    "PrimeDetailsEligibility",
    "Promotion",
    "PromotionDiscount",
    "PromotionSavings",
    "PurchaseCondition",
    "PurchaseRequirements",
    "QuantityThreshold",
    "ReferencePrice",
    "SampleLocation",
    "Segment",
    "SegmentDetails",
    "SegmentedFeaturedOffer",
    "ShippingOption",
    "ShippingOptionShippingOptionType",
    "SimilarItems",
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

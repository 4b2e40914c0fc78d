"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .asin_identifier import ASINIdentifier
    from .attribute_set_list_item import AttributeSetListItem
    from .batch_offers_request_params import BatchOffersRequestParams
    from .batch_offers_response import BatchOffersResponse
    from .batch_request import BatchRequest
    from .buy_box_price_type import BuyBoxPriceType
    from .competitive_price_type import CompetitivePriceType
    from .competitive_pricing_type import CompetitivePricingType
    from .condition_type import ConditionType
    from .customer_type import CustomerType
    from .detailed_shipping_time_type import DetailedShippingTimeType
    from .detailed_shipping_time_type_availability_type import (
        DetailedShippingTimeTypeAvailabilityType,
    )
    from .error import Error
    from .errors import Errors
    from .fulfillment_channel_type import FulfillmentChannelType
    from .get_competitive_pricing_customer_type import GetCompetitivePricingCustomerType
    from .get_competitive_pricing_item_type import GetCompetitivePricingItemType
    from .get_item_offers_batch_request import GetItemOffersBatchRequest
    from .get_item_offers_batch_response import GetItemOffersBatchResponse
    from .get_item_offers_customer_type import GetItemOffersCustomerType
    from .get_item_offers_item_condition import GetItemOffersItemCondition
    from .get_listing_offers_batch_request import GetListingOffersBatchRequest
    from .get_listing_offers_batch_response import GetListingOffersBatchResponse
    from .get_listing_offers_customer_type import GetListingOffersCustomerType
    from .get_listing_offers_item_condition import GetListingOffersItemCondition
    from .get_offers_http_status_line import GetOffersHttpStatusLine
    from .get_offers_response import GetOffersResponse
    from .get_offers_result import GetOffersResult
    from .get_pricing_item_condition import GetPricingItemCondition
    from .get_pricing_item_type import GetPricingItemType
    from .get_pricing_offer_type import GetPricingOfferType
    from .get_pricing_response import GetPricingResponse
    from .http_method import HttpMethod
    from .http_request_headers import HttpRequestHeaders
    from .http_response_headers import HttpResponseHeaders
    from .identifier_type import IdentifierType
    from .item_condition import ItemCondition
    from .item_identifier import ItemIdentifier
    from .item_offers_request import ItemOffersRequest
    from .item_offers_request_params import ItemOffersRequestParams
    from .item_offers_response import ItemOffersResponse
    from .listing_offers_request import ListingOffersRequest
    from .listing_offers_request_params import ListingOffersRequestParams
    from .listing_offers_response import ListingOffersResponse
    from .lowest_price_type import LowestPriceType
    from .money_type import MoneyType
    from .offer_count_type import OfferCountType
    from .offer_customer_type import OfferCustomerType
    from .offer_detail import OfferDetail
    from .offer_listing_count_type import OfferListingCountType
    from .offer_type import OfferType
    from .points import Points
    from .price import Price
    from .price_type import PriceType
    from .prime_information_type import PrimeInformationType
    from .product import Product
    from .quantity_discount_price_type import QuantityDiscountPriceType
    from .quantity_discount_type import QuantityDiscountType
    from .relationship_list_item import RelationshipListItem
    from .sales_rank_type import SalesRankType
    from .seller_feedback_type import SellerFeedbackType
    from .seller_sku_identifier import SellerSKUIdentifier
    from .ships_from_type import ShipsFromType
    from .summary import Summary

_MODULES: dict[str, str] = {
    "ASINIdentifier": ".asin_identifier",
    "AttributeSetListItem": ".attribute_set_list_item",
    "BatchOffersRequestParams": ".batch_offers_request_params",
    "BatchOffersResponse": ".batch_offers_response",
    "BatchRequest": ".batch_request",
    "BuyBoxPriceType": ".buy_box_price_type",
    "CompetitivePriceType": ".competitive_price_type",
    "CompetitivePricingType": ".competitive_pricing_type",
    "ConditionType": ".condition_type",
    "CustomerType": ".customer_type",
    "DetailedShippingTimeType": ".detailed_shipping_time_type",
    "DetailedShippingTimeTypeAvailabilityType": ".detailed_shipping_time_type_availability_type",
    "Error": ".error",
    "Errors": ".errors",
    "FulfillmentChannelType": ".fulfillment_channel_type",
    "GetCompetitivePricingCustomerType": ".get_competitive_pricing_customer_type",
    "GetCompetitivePricingItemType": ".get_competitive_pricing_item_type",
    "GetItemOffersBatchRequest": ".get_item_offers_batch_request",
    "GetItemOffersBatchResponse": ".get_item_offers_batch_response",
    "GetItemOffersCustomerType": ".get_item_offers_customer_type",
    "GetItemOffersItemCondition": ".get_item_offers_item_condition",
    "GetListingOffersBatchRequest": ".get_listing_offers_batch_request",
    "GetListingOffersBatchResponse": ".get_listing_offers_batch_response",
    "GetListingOffersCustomerType": ".get_listing_offers_customer_type",
    "GetListingOffersItemCondition": ".get_listing_offers_item_condition",
    "GetOffersHttpStatusLine": ".get_offers_http_status_line",
    "GetOffersResponse": ".get_offers_response",
    "GetOffersResult": ".get_offers_result",
    "GetPricingItemCondition": ".get_pricing_item_condition",
    "GetPricingItemType": ".get_pricing_item_type",
    "GetPricingOfferType": ".get_pricing_offer_type",
    "GetPricingResponse": ".get_pricing_response",
    "HttpMethod": ".http_method",
    "HttpRequestHeaders": ".http_request_headers",
    "HttpResponseHeaders": ".http_response_headers",
    "IdentifierType": ".identifier_type",
    "ItemCondition": ".item_condition",
    "ItemIdentifier": ".item_identifier",
    "ItemOffersRequest": ".item_offers_request",
    "ItemOffersRequestParams": ".item_offers_request_params",
    "ItemOffersResponse": ".item_offers_response",
    "ListingOffersRequest": ".listing_offers_request",
    "ListingOffersRequestParams": ".listing_offers_request_params",
    "ListingOffersResponse": ".listing_offers_response",
    "LowestPriceType": ".lowest_price_type",
    "MoneyType": ".money_type",
    "OfferCountType": ".offer_count_type",
    "OfferCustomerType": ".offer_customer_type",
    "OfferDetail": ".offer_detail",
    "OfferListingCountType": ".offer_listing_count_type",
    "OfferType": ".offer_type",
    "Points": ".points",
    "Price": ".price",
    "PriceType": ".price_type",
    "PrimeInformationType": ".prime_information_type",
    "Product": ".product",
    "QuantityDiscountPriceType": ".quantity_discount_price_type",
    "QuantityDiscountType": ".quantity_discount_type",
    "RelationshipListItem": ".relationship_list_item",
    "SalesRankType": ".sales_rank_type",
    "SellerFeedbackType": ".seller_feedback_type",
    "SellerSKUIdentifier": ".seller_sku_identifier",
    "ShipsFromType": ".ships_from_type",
    "Summary": ".summary",
}

__all__ = (
    "ASINIdentifier",
    "AttributeSetListItem",
    "BatchOffersRequestParams",
    "BatchOffersResponse",
    "BatchRequest",
    "BuyBoxPriceType",
    "CompetitivePriceType",
    "CompetitivePricingType",
    "ConditionType",
    "CustomerType",
    "DetailedShippingTimeType",
    "DetailedShippingTimeTypeAvailabilityType",
    "Error",
    "Errors",
    "FulfillmentChannelType",
    "GetCompetitivePricingCustomerType",
    "GetCompetitivePricingItemType",
    "GetItemOffersBatchRequest",
    "GetItemOffersBatchResponse",
    "GetItemOffersCustomerType",
    "GetItemOffersItemCondition",
    "GetListingOffersBatchRequest",
    "GetListingOffersBatchResponse",
    "GetListingOffersCustomerType",
    "GetListingOffersItemCondition",
    "GetOffersHttpStatusLine",
    "GetOffersResponse",
    "GetOffersResult",
    "GetPricingItemCondition",
    "GetPricingItemType",
    "GetPricingOfferType",
    "GetPricingResponse",
    "HttpMethod",
    "HttpRequestHeaders",
    "HttpResponseHeaders",
    "IdentifierType",
    "ItemCondition",
    "ItemIdentifier",
    "ItemOffersRequest",
    "ItemOffersRequestParams",
    "ItemOffersResponse",
    "ListingOffersRequest",
    "ListingOffersRequestParams",
    "ListingOffersResponse",
    "LowestPriceType",
    "MoneyType",
    "OfferCountType",
    "OfferCustomerType",
    "OfferDetail",
    "OfferListingCountType",
    "OfferType",
    "Points",
    "Price",
    "PriceType",
    "PrimeInformationType",
    "Product",
    "QuantityDiscountPriceType",
    "QuantityDiscountType",
    "RelationshipListItem",
    "SalesRankType",
    "SellerFeedbackType",
    "SellerSKUIdentifier",
    "ShipsFromType",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .aggregation_frequency import AggregationFrequency
    from .auto_enrollment_preference import AutoEnrollmentPreference
    from .deliveries_condition import DeliveriesCondition
    from .deliveries_condition_condition import DeliveriesConditionCondition
    from .discount_funding import DiscountFunding
    from .eligibility_status import EligibilityStatus
    from .enrollment_method import EnrollmentMethod
    from .error import Error
    from .error_list import ErrorList
    from .forecast_deliveries import ForecastDeliveries
    from .fulfillment_channel_type import FulfillmentChannelType
    from .get_selling_partner_metrics_request import GetSellingPartnerMetricsRequest
    from .get_selling_partner_metrics_request_filters import (
        GetSellingPartnerMetricsRequestFilters,
    )
    from .get_selling_partner_metrics_response import GetSellingPartnerMetricsResponse
    from .get_selling_partner_metrics_response_metric import (
        GetSellingPartnerMetricsResponseMetric,
    )
    from .list_offer_metrics_request import ListOfferMetricsRequest
    from .list_offer_metrics_request_filters import ListOfferMetricsRequestFilters
    from .list_offer_metrics_request_pagination import ListOfferMetricsRequestPagination
    from .list_offer_metrics_request_sort import ListOfferMetricsRequestSort
    from .list_offer_metrics_response import ListOfferMetricsResponse
    from .list_offer_metrics_response_offer import ListOfferMetricsResponseOffer
    from .list_offer_metrics_sort_key import ListOfferMetricsSortKey
    from .list_offers_request import ListOffersRequest
    from .list_offers_request_filters import ListOffersRequestFilters
    from .list_offers_request_filters_deliveries_conditions_item import (
        ListOffersRequestFiltersDeliveriesConditionsItem,
    )
    from .list_offers_request_pagination import ListOffersRequestPagination
    from .list_offers_request_sort import ListOffersRequestSort
    from .list_offers_response import ListOffersResponse
    from .list_offers_response_offer import ListOffersResponseOffer
    from .list_offers_sort_key import ListOffersSortKey
    from .metric import Metric
    from .offer_program_configuration import OfferProgramConfiguration
    from .offer_program_configuration_preferences import (
        OfferProgramConfigurationPreferences,
    )
    from .offer_program_configuration_promotions import (
        OfferProgramConfigurationPromotions,
    )
    from .offer_program_configuration_promotions_discount_funding import (
        OfferProgramConfigurationPromotionsDiscountFunding,
    )
    from .pagination_response import PaginationResponse
    from .preference import Preference
    from .program_type import ProgramType
    from .promotion import Promotion
    from .sort_order import SortOrder
    from .time_interval import TimeInterval
    from .time_period_type import TimePeriodType

_MODULES: dict[str, str] = {
    "AggregationFrequency": ".aggregation_frequency",
    "AutoEnrollmentPreference": ".auto_enrollment_preference",
    "DeliveriesCondition": ".deliveries_condition",
    "DeliveriesConditionCondition": ".deliveries_condition_condition",
    "DiscountFunding": ".discount_funding",
    "EligibilityStatus": ".eligibility_status",
    "EnrollmentMethod": ".enrollment_method",
    "Error": ".error",
    "ErrorList": ".error_list",
    "ForecastDeliveries": ".forecast_deliveries",
    "FulfillmentChannelType": ".fulfillment_channel_type",
    "GetSellingPartnerMetricsRequest": ".get_selling_partner_metrics_request",
    "GetSellingPartnerMetricsRequestFilters": ".get_selling_partner_metrics_request_filters",
    "GetSellingPartnerMetricsResponse": ".get_selling_partner_metrics_response",
    "GetSellingPartnerMetricsResponseMetric": ".get_selling_partner_metrics_response_metric",
    "ListOfferMetricsRequest": ".list_offer_metrics_request",
    "ListOfferMetricsRequestFilters": ".list_offer_metrics_request_filters",
    "ListOfferMetricsRequestPagination": ".list_offer_metrics_request_pagination",
    "ListOfferMetricsRequestSort": ".list_offer_metrics_request_sort",
    "ListOfferMetricsResponse": ".list_offer_metrics_response",
    "ListOfferMetricsResponseOffer": ".list_offer_metrics_response_offer",
    "ListOfferMetricsSortKey": ".list_offer_metrics_sort_key",
    "ListOffersRequest": ".list_offers_request",
    "ListOffersRequestFilters": ".list_offers_request_filters",
    "ListOffersRequestFiltersDeliveriesConditionsItem": ".list_offers_request_filters_deliveries_conditions_item",
    "ListOffersRequestPagination": ".list_offers_request_pagination",
    "ListOffersRequestSort": ".list_offers_request_sort",
    "ListOffersResponse": ".list_offers_response",
    "ListOffersResponseOffer": ".list_offers_response_offer",
    "ListOffersSortKey": ".list_offers_sort_key",
    "Metric": ".metric",
    "OfferProgramConfiguration": ".offer_program_configuration",
    "OfferProgramConfigurationPreferences": ".offer_program_configuration_preferences",
    "OfferProgramConfigurationPromotions": ".offer_program_configuration_promotions",
    "OfferProgramConfigurationPromotionsDiscountFunding": ".offer_program_configuration_promotions_discount_funding",
    "PaginationResponse": ".pagination_response",
    "Preference": ".preference",
    "ProgramType": ".program_type",
    "Promotion": ".promotion",
    "SortOrder": ".sort_order",
    "TimeInterval": ".time_interval",
    "TimePeriodType": ".time_period_type",
}

__all__ = (
    "AggregationFrequency",
    "AutoEnrollmentPreference",
    "DeliveriesCondition",
    "DeliveriesConditionCondition",
    "DiscountFunding",
    "EligibilityStatus",
    "EnrollmentMethod",
    "Error",
    "ErrorList",
    "ForecastDeliveries",
    "FulfillmentChannelType",
    "GetSellingPartnerMetricsRequest",
    "GetSellingPartnerMetricsRequestFilters",
    "GetSellingPartnerMetricsResponse",
    "GetSellingPartnerMetricsResponseMetric",
    "ListOfferMetricsRequest",
    "ListOfferMetricsRequestFilters",
    "ListOfferMetricsRequestPagination",
    "ListOfferMetricsRequestSort",
    "ListOfferMetricsResponse",
    "ListOfferMetricsResponseOffer",
    "ListOfferMetricsSortKey",
    "ListOffersRequest",
    "ListOffersRequestFilters",
    "ListOffersRequestFiltersDeliveriesConditionsItem",
    "ListOffersRequestPagination",
    "ListOffersRequestSort",
    "ListOffersResponse",
    "ListOffersResponseOffer",
    "ListOffersSortKey",
    "Metric",
    "OfferProgramConfiguration",
    "OfferProgramConfigurationPreferences",
    "OfferProgramConfigurationPromotions",
    "OfferProgramConfigurationPromotionsDiscountFunding",
    "PaginationResponse",
    "Preference",
    "ProgramType",
    "Promotion",
    "SortOrder",
    "TimeInterval",
    "TimePeriodType",
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

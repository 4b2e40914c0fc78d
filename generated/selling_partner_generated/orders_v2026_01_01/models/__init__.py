"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address_extended_fields import AddressExtendedFields
    from .alias import Alias
    from .associated_order import AssociatedOrder
    from .associated_order_item import AssociatedOrderItem
    from .business_hour import BusinessHour
    from .business_hour_day_of_week import BusinessHourDayOfWeek
    from .buyer import Buyer
    from .constraint_type import ConstraintType
    from .customer_address import CustomerAddress
    from .date_time_range import DateTimeRange
    from .delivery_preference import DeliveryPreference
    from .error import Error
    from .error_list import ErrorList
    from .exception_date import ExceptionDate
    from .exception_date_exception_date_type import ExceptionDateExceptionDateType
    from .fulfillment_order import FulfillmentOrder
    from .fulfillment_status import FulfillmentStatus
    from .get_order_included_data_item import GetOrderIncludedDataItem
    from .get_order_response import GetOrderResponse
    from .gift_option import GiftOption
    from .hour_minute import HourMinute
    from .item_cancellation import ItemCancellation
    from .item_cancellation_execution import ItemCancellationExecution
    from .item_cancellation_request import ItemCancellationRequest
    from .item_condition import ItemCondition
    from .item_customization import ItemCustomization
    from .item_expense import ItemExpense
    from .item_fulfillment import ItemFulfillment
    from .item_international_shipping import ItemInternationalShipping
    from .item_packing import ItemPacking
    from .item_picking import ItemPicking
    from .item_points_cost import ItemPointsCost
    from .item_price import ItemPrice
    from .item_proceeds import ItemProceeds
    from .item_proceeds_breakdown import ItemProceedsBreakdown
    from .item_proceeds_detailed_breakdown import ItemProceedsDetailedBreakdown
    from .item_product import ItemProduct
    from .item_promotion import ItemPromotion
    from .item_promotion_breakdown import ItemPromotionBreakdown
    from .item_shipping import ItemShipping
    from .item_shipping_constraints import ItemShippingConstraints
    from .item_substitution_option import ItemSubstitutionOption
    from .item_substitution_preference import ItemSubstitutionPreference
    from .item_substitution_preference_substitution_type import (
        ItemSubstitutionPreferenceSubstitutionType,
    )
    from .item_tax import ItemTax
    from .item_tax_calculation_breakdown import ItemTaxCalculationBreakdown
    from .item_tax_collection import ItemTaxCollection
    from .measurement import Measurement
    from .measurement_unit import MeasurementUnit
    from .merchant_address import MerchantAddress
    from .money import Money
    from .order import Order
    from .order_fulfillment import OrderFulfillment
    from .order_item import OrderItem
    from .order_package import OrderPackage
    from .order_payment import OrderPayment
    from .order_proceeds import OrderProceeds
    from .order_proceeds_breakdown import OrderProceedsBreakdown
    from .order_tax import OrderTax
    from .order_tax_invoicing import OrderTaxInvoicing
    from .order_tax_registration import OrderTaxRegistration
    from .package_item import PackageItem
    from .package_status import PackageStatus
    from .package_status_status import PackageStatusStatus
    from .pagination import Pagination
    from .payment_execution import PaymentExecution
    from .points_granted import PointsGranted
    from .preferred_delivery_time import PreferredDeliveryTime
    from .recipient import Recipient
    from .sales_channel import SalesChannel
    from .search_orders_fulfilled_by_item import SearchOrdersFulfilledByItem
    from .search_orders_fulfillment_statuses_item import (
        SearchOrdersFulfillmentStatusesItem,
    )
    from .search_orders_included_data_item import SearchOrdersIncludedDataItem
    from .search_orders_response import SearchOrdersResponse
    from .serial_number_requirement import SerialNumberRequirement
    from .tax_registration_attribute import TaxRegistrationAttribute
    from .time_window import TimeWindow

_MODULES: dict[str, str] = {
    "AddressExtendedFields": ".address_extended_fields",
    "Alias": ".alias",
    "AssociatedOrder": ".associated_order",
    "AssociatedOrderItem": ".associated_order_item",
    "BusinessHour": ".business_hour",
    "BusinessHourDayOfWeek": ".business_hour_day_of_week",
    "Buyer": ".buyer",
    "ConstraintType": ".constraint_type",
    "CustomerAddress": ".customer_address",
    "DateTimeRange": ".date_time_range",
    "DeliveryPreference": ".delivery_preference",
    "Error": ".error",
    "ErrorList": ".error_list",
    "ExceptionDate": ".exception_date",
    "ExceptionDateExceptionDateType": ".exception_date_exception_date_type",
    "FulfillmentOrder": ".fulfillment_order",
    "FulfillmentStatus": ".fulfillment_status",
    "GetOrderIncludedDataItem": ".get_order_included_data_item",
    "GetOrderResponse": ".get_order_response",
    "GiftOption": ".gift_option",
    "HourMinute": ".hour_minute",
    "ItemCancellation": ".item_cancellation",
    "ItemCancellationExecution": ".item_cancellation_execution",
    "ItemCancellationRequest": ".item_cancellation_request",
    "ItemCondition": ".item_condition",
    "ItemCustomization": ".item_customization",
    "ItemExpense": ".item_expense",
    "ItemFulfillment": ".item_fulfillment",
    "ItemInternationalShipping": ".item_international_shipping",
    "ItemPacking": ".item_packing",
    "ItemPicking": ".item_picking",
    "ItemPointsCost": ".item_points_cost",
    "ItemPrice": ".item_price",
    "ItemProceeds": ".item_proceeds",
    "ItemProceedsBreakdown": ".item_proceeds_breakdown",
    "ItemProceedsDetailedBreakdown": ".item_proceeds_detailed_breakdown",
    "ItemProduct": ".item_product",
    "ItemPromotion": ".item_promotion",
    "ItemPromotionBreakdown": ".item_promotion_breakdown",
    "ItemShipping": ".item_shipping",
    "ItemShippingConstraints": ".item_shipping_constraints",
    "ItemSubstitutionOption": ".item_substitution_option",
    "ItemSubstitutionPreference": ".item_substitution_preference",
    "ItemSubstitutionPreferenceSubstitutionType": ".item_substitution_preference_substitution_type",
    "ItemTax": ".item_tax",
    "ItemTaxCalculationBreakdown": ".item_tax_calculation_breakdown",
    "ItemTaxCollection": ".item_tax_collection",
    "Measurement": ".measurement",
    "MeasurementUnit": ".measurement_unit",
    "MerchantAddress": ".merchant_address",
    "Money": ".money",
    "Order": ".order",
    "OrderFulfillment": ".order_fulfillment",
    "OrderItem": ".order_item",
    "OrderPackage": ".order_package",
    "OrderPayment": ".order_payment",
    "OrderProceeds": ".order_proceeds",
    "OrderProceedsBreakdown": ".order_proceeds_breakdown",
    "OrderTax": ".order_tax",
    "OrderTaxInvoicing": ".order_tax_invoicing",
    "OrderTaxRegistration": ".order_tax_registration",
    "PackageItem": ".package_item",
    "PackageStatus": ".package_status",
    "PackageStatusStatus": ".package_status_status",
    "Pagination": ".pagination",
    "PaymentExecution": ".payment_execution",
    "PointsGranted": ".points_granted",
    "PreferredDeliveryTime": ".preferred_delivery_time",
    "Recipient": ".recipient",
    "SalesChannel": ".sales_channel",
    "SearchOrdersFulfilledByItem": ".search_orders_fulfilled_by_item",
    "SearchOrdersFulfillmentStatusesItem": ".search_orders_fulfillment_statuses_item",
    "SearchOrdersIncludedDataItem": ".search_orders_included_data_item",
    "SearchOrdersResponse": ".search_orders_response",
    "SerialNumberRequirement": ".serial_number_requirement",
    "TaxRegistrationAttribute": ".tax_registration_attribute",
    "TimeWindow": ".time_window",
}

__all__ = (
    "AddressExtendedFields",
    "Alias",
    "AssociatedOrder",
    "AssociatedOrderItem",
    "BusinessHour",
    "BusinessHourDayOfWeek",
    "Buyer",
    "ConstraintType",
    "CustomerAddress",
    "DateTimeRange",
    "DeliveryPreference",
    "Error",
    "ErrorList",
    "ExceptionDate",
    "ExceptionDateExceptionDateType",
    "FulfillmentOrder",
    "FulfillmentStatus",
    "GetOrderIncludedDataItem",
    "GetOrderResponse",
    "GiftOption",
    "HourMinute",
    "ItemCancellation",
    "ItemCancellationExecution",
    "ItemCancellationRequest",
    "ItemCondition",
    "ItemCustomization",
    "ItemExpense",
    "ItemFulfillment",
    "ItemInternationalShipping",
    "ItemPacking",
    "ItemPicking",
    "ItemPointsCost",
    "ItemPrice",
    "ItemProceeds",
    "ItemProceedsBreakdown",
    "ItemProceedsDetailedBreakdown",
    "ItemProduct",
    "ItemPromotion",
    "ItemPromotionBreakdown",
    "ItemShipping",
    "ItemShippingConstraints",
    "ItemSubstitutionOption",
    "ItemSubstitutionPreference",
    "ItemSubstitutionPreferenceSubstitutionType",
    "ItemTax",
    "ItemTaxCalculationBreakdown",
    "ItemTaxCollection",
    "Measurement",
    "MeasurementUnit",
    "MerchantAddress",
    "Money",
    "Order",
    "OrderFulfillment",
    "OrderItem",
    "OrderPackage",
    "OrderPayment",
    "OrderProceeds",
    "OrderProceedsBreakdown",
    "OrderTax",
    "OrderTaxInvoicing",
    "OrderTaxRegistration",
    "PackageItem",
    "PackageStatus",
    "PackageStatusStatus",
    "Pagination",
    "PaymentExecution",
    "PointsGranted",
    "PreferredDeliveryTime",
    "Recipient",
    "SalesChannel",
    "SearchOrdersFulfilledByItem",
    "SearchOrdersFulfillmentStatusesItem",
    "SearchOrdersIncludedDataItem",
    "SearchOrdersResponse",
    "SerialNumberRequirement",
    "TaxRegistrationAttribute",
    "TimeWindow",
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

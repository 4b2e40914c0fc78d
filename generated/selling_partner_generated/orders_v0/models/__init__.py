"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .address_address_type import AddressAddressType
    from .address_extended_fields import AddressExtendedFields
    from .amazon_programs import AmazonPrograms
    from .approved_attribute import ApprovedAttribute
    from .associated_item import AssociatedItem
    from .association_type import AssociationType
    from .automated_shipping_settings import AutomatedShippingSettings
    from .business_hours import BusinessHours
    from .business_hours_day_of_week import BusinessHoursDayOfWeek
    from .buyer_customized_info_detail import BuyerCustomizedInfoDetail
    from .buyer_info import BuyerInfo
    from .buyer_requested_cancel import BuyerRequestedCancel
    from .buyer_tax_info import BuyerTaxInfo
    from .buyer_tax_information import BuyerTaxInformation
    from .confirm_shipment_error_response import ConfirmShipmentErrorResponse
    from .confirm_shipment_order_item import ConfirmShipmentOrderItem
    from .confirm_shipment_request import ConfirmShipmentRequest
    from .confirm_shipment_request_cod_collection_method import (
        ConfirmShipmentRequestCodCollectionMethod,
    )
    from .constraint_type import ConstraintType
    from .delivery_preferences import DeliveryPreferences
    from .easy_ship_shipment_status import EasyShipShipmentStatus
    from .electronic_invoice_status import ElectronicInvoiceStatus
    from .error import Error
    from .exception_dates import ExceptionDates
    from .fulfillment_instruction import FulfillmentInstruction
    from .geo_coordinates import GeoCoordinates
    from .get_order_address_response import GetOrderAddressResponse
    from .get_order_buyer_info_response import GetOrderBuyerInfoResponse
    from .get_order_items_buyer_info_response import GetOrderItemsBuyerInfoResponse
    from .get_order_items_response import GetOrderItemsResponse
    from .get_order_regulated_info_response import GetOrderRegulatedInfoResponse
    from .get_order_response import GetOrderResponse
    from .get_orders_response import GetOrdersResponse
    from .interim_status_detail import InterimStatusDetail
    from .item_buyer_info import ItemBuyerInfo
    from .marketplace_tax_info import MarketplaceTaxInfo
    from .measurement import Measurement
    from .measurement_unit import MeasurementUnit
    from .money import Money
    from .open_interval import OpenInterval
    from .open_time_interval import OpenTimeInterval
    from .order import Order
    from .order_address import OrderAddress
    from .order_buyer_info import OrderBuyerInfo
    from .order_buyer_invoice_preference import OrderBuyerInvoicePreference
    from .order_fulfillment_channel import OrderFulfillmentChannel
    from .order_item import OrderItem
    from .order_item_buyer_info import OrderItemBuyerInfo
    from .order_item_deemed_reseller_category import OrderItemDeemedResellerCategory
    from .order_items_buyer_info_list import OrderItemsBuyerInfoList
    from .order_items_item import OrderItemsItem
    from .order_items_list import OrderItemsList
    from .order_order_status import OrderOrderStatus
    from .order_order_type import OrderOrderType
    from .order_payment_method import OrderPaymentMethod
    from .order_regulated_info import OrderRegulatedInfo
    from .orders_list import OrdersList
    from .other_delivery_attributes import OtherDeliveryAttributes
    from .package_detail import PackageDetail
    from .payment_execution_detail_item import PaymentExecutionDetailItem
    from .points_granted_detail import PointsGrantedDetail
    from .preferred_delivery_time import PreferredDeliveryTime
    from .prescription_detail import PrescriptionDetail
    from .product_info_detail import ProductInfoDetail
    from .regulated_information import RegulatedInformation
    from .regulated_information_field import RegulatedInformationField
    from .regulated_information_field_field_type import (
        RegulatedInformationFieldFieldType,
    )
    from .regulated_order_verification_status import RegulatedOrderVerificationStatus
    from .rejection_reason import RejectionReason
    from .shipment_status import ShipmentStatus
    from .shipping_constraints import ShippingConstraints
    from .substitution_option import SubstitutionOption
    from .substitution_preferences import SubstitutionPreferences
    from .substitution_preferences_substitution_type import (
        SubstitutionPreferencesSubstitutionType,
    )
    from .tax_classification import TaxClassification
    from .tax_collection import TaxCollection
    from .tax_collection_model import TaxCollectionModel
    from .tax_collection_responsible_party import TaxCollectionResponsibleParty
    from .update_shipment_status_error_response import UpdateShipmentStatusErrorResponse
    from .update_shipment_status_request import UpdateShipmentStatusRequest
    from .update_verification_status_error_response import (
        UpdateVerificationStatusErrorResponse,
    )
    from .update_verification_status_request import UpdateVerificationStatusRequest
    from .update_verification_status_request_body import (
        UpdateVerificationStatusRequestBody,
    )
    from .valid_interim_status_code import ValidInterimStatusCode
    from .valid_verification_detail import ValidVerificationDetail
    from .verification_details import VerificationDetails
    from .verification_status import VerificationStatus

_MODULES: dict[str, str] = {
    "Address": ".address",
    "AddressAddressType": ".address_address_type",
    "AddressExtendedFields": ".address_extended_fields",
    "AmazonPrograms": ".amazon_programs",
    "ApprovedAttribute": ".approved_attribute",
    "AssociatedItem": ".associated_item",
    "AssociationType": ".association_type",
    "AutomatedShippingSettings": ".automated_shipping_settings",
    "BusinessHours": ".business_hours",
    "BusinessHoursDayOfWeek": ".business_hours_day_of_week",
    "BuyerCustomizedInfoDetail": ".buyer_customized_info_detail",
    "BuyerInfo": ".buyer_info",
    "BuyerRequestedCancel": ".buyer_requested_cancel",
    "BuyerTaxInfo": ".buyer_tax_info",
    "BuyerTaxInformation": ".buyer_tax_information",
    "ConfirmShipmentErrorResponse": ".confirm_shipment_error_response",
    "ConfirmShipmentOrderItem": ".confirm_shipment_order_item",
    "ConfirmShipmentRequest": ".confirm_shipment_request",
    "ConfirmShipmentRequestCodCollectionMethod": ".confirm_shipment_request_cod_collection_method",
    "ConstraintType": ".constraint_type",
    "DeliveryPreferences": ".delivery_preferences",
    "EasyShipShipmentStatus": ".easy_ship_shipment_status",
    "ElectronicInvoiceStatus": ".electronic_invoice_status",
    "Error": ".error",
    "ExceptionDates": ".exception_dates",
    "FulfillmentInstruction": ".fulfillment_instruction",
    "GeoCoordinates": ".geo_coordinates",
    "GetOrderAddressResponse": ".get_order_address_response",
    "GetOrderBuyerInfoResponse": ".get_order_buyer_info_response",
    "GetOrderItemsBuyerInfoResponse": ".get_order_items_buyer_info_response",
    "GetOrderItemsResponse": ".get_order_items_response",
    "GetOrderRegulatedInfoResponse": ".get_order_regulated_info_response",
    "GetOrderResponse": ".get_order_response",
    "GetOrdersResponse": ".get_orders_response",
    "InterimStatusDetail": ".interim_status_detail",
    "ItemBuyerInfo": ".item_buyer_info",
    "MarketplaceTaxInfo": ".marketplace_tax_info",
    "Measurement": ".measurement",
    "MeasurementUnit": ".measurement_unit",
    "Money": ".money",
    "OpenInterval": ".open_interval",
    "OpenTimeInterval": ".open_time_interval",
    "Order": ".order",
    "OrderAddress": ".order_address",
    "OrderBuyerInfo": ".order_buyer_info",
    "OrderBuyerInvoicePreference": ".order_buyer_invoice_preference",
    "OrderFulfillmentChannel": ".order_fulfillment_channel",
    "OrderItem": ".order_item",
    "OrderItemBuyerInfo": ".order_item_buyer_info",
    "OrderItemDeemedResellerCategory": ".order_item_deemed_reseller_category",
    "OrderItemsBuyerInfoList": ".order_items_buyer_info_list",
    "OrderItemsItem": ".order_items_item",
    "OrderItemsList": ".order_items_list",
    "OrderOrderStatus": ".order_order_status",
    "OrderOrderType": ".order_order_type",
    "OrderPaymentMethod": ".order_payment_method",
    "OrderRegulatedInfo": ".order_regulated_info",
    "OrdersList": ".orders_list",
    "OtherDeliveryAttributes": ".other_delivery_attributes",
    "PackageDetail": ".package_detail",
    "PaymentExecutionDetailItem": ".payment_execution_detail_item",
    "PointsGrantedDetail": ".points_granted_detail",
    "PreferredDeliveryTime": ".preferred_delivery_time",
    "PrescriptionDetail": ".prescription_detail",
    "ProductInfoDetail": ".product_info_detail",
    "RegulatedInformation": ".regulated_information",
    "RegulatedInformationField": ".regulated_information_field",
    "RegulatedInformationFieldFieldType": ".regulated_information_field_field_type",
    "RegulatedOrderVerificationStatus": ".regulated_order_verification_status",
    "RejectionReason": ".rejection_reason",
    "ShipmentStatus": ".shipment_status",
    "ShippingConstraints": ".shipping_constraints",
    "SubstitutionOption": ".substitution_option",
    "SubstitutionPreferences": ".substitution_preferences",
    "SubstitutionPreferencesSubstitutionType": ".substitution_preferences_substitution_type",
    "TaxClassification": ".tax_classification",
    "TaxCollection": ".tax_collection",
    "TaxCollectionModel": ".tax_collection_model",
    "TaxCollectionResponsibleParty": ".tax_collection_responsible_party",
    "UpdateShipmentStatusErrorResponse": ".update_shipment_status_error_response",
    "UpdateShipmentStatusRequest": ".update_shipment_status_request",
    "UpdateVerificationStatusErrorResponse": ".update_verification_status_error_response",
    "UpdateVerificationStatusRequest": ".update_verification_status_request",
    "UpdateVerificationStatusRequestBody": ".update_verification_status_request_body",
    "ValidInterimStatusCode": ".valid_interim_status_code",
    "ValidVerificationDetail": ".valid_verification_detail",
    "VerificationDetails": ".verification_details",
    "VerificationStatus": ".verification_status",
}

__all__ = (
    "Address",
    "AddressAddressType",
    "AddressExtendedFields",
    "AmazonPrograms",
    "ApprovedAttribute",
    "AssociatedItem",
    "AssociationType",
    "AutomatedShippingSettings",
    "BusinessHours",
    "BusinessHoursDayOfWeek",
    "BuyerCustomizedInfoDetail",
    "BuyerInfo",
    "BuyerRequestedCancel",
    "BuyerTaxInfo",
    "BuyerTaxInformation",
    "ConfirmShipmentErrorResponse",
    "ConfirmShipmentOrderItem",
    "ConfirmShipmentRequest",
    "ConfirmShipmentRequestCodCollectionMethod",
    "ConstraintType",
    "DeliveryPreferences",
    "EasyShipShipmentStatus",
    "ElectronicInvoiceStatus",
    "Error",
    "ExceptionDates",
    "FulfillmentInstruction",
    "GeoCoordinates",
    "GetOrderAddressResponse",
    "GetOrderBuyerInfoResponse",
    "GetOrderItemsBuyerInfoResponse",
    "GetOrderItemsResponse",
    "GetOrderRegulatedInfoResponse",
    "GetOrderResponse",
    "GetOrdersResponse",
    "InterimStatusDetail",
    "ItemBuyerInfo",
    "MarketplaceTaxInfo",
    "Measurement",
    "MeasurementUnit",
    "Money",
    "OpenInterval",
    "OpenTimeInterval",
    "Order",
    "OrderAddress",
    "OrderBuyerInfo",
    "OrderBuyerInvoicePreference",
    "OrderFulfillmentChannel",
    "OrderItem",
    "OrderItemBuyerInfo",
    "OrderItemDeemedResellerCategory",
    "OrderItemsBuyerInfoList",
    "OrderItemsItem",
    "OrderItemsList",
    "OrderOrderStatus",
    "OrderOrderType",
    "OrderPaymentMethod",
    "OrderRegulatedInfo",
    "OrdersList",
    "OtherDeliveryAttributes",
    "PackageDetail",
    "PaymentExecutionDetailItem",
    "PointsGrantedDetail",
    "PreferredDeliveryTime",
    "PrescriptionDetail",
    "ProductInfoDetail",
    "RegulatedInformation",
    "RegulatedInformationField",
    "RegulatedInformationFieldFieldType",
    "RegulatedOrderVerificationStatus",
    "RejectionReason",
    "ShipmentStatus",
    "ShippingConstraints",
    "SubstitutionOption",
    "SubstitutionPreferences",
    "SubstitutionPreferencesSubstitutionType",
    "TaxClassification",
    "TaxCollection",
    "TaxCollectionModel",
    "TaxCollectionResponsibleParty",
    "UpdateShipmentStatusErrorResponse",
    "UpdateShipmentStatusRequest",
    "UpdateVerificationStatusErrorResponse",
    "UpdateVerificationStatusRequest",
    "UpdateVerificationStatusRequestBody",
    "ValidInterimStatusCode",
    "ValidVerificationDetail",
    "VerificationDetails",
    "VerificationStatus",
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

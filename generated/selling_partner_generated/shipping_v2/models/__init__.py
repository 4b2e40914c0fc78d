"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_point import AccessPoint
    from .access_point_assistance_type import AccessPointAssistanceType
    from .access_point_details import AccessPointDetails
    from .access_point_type import AccessPointType
    from .access_points_map import AccessPointsMap
    from .accessibility_attributes import AccessibilityAttributes
    from .account_status import AccountStatus
    from .account_type import AccountType
    from .active_account import ActiveAccount
    from .address import Address
    from .amazon_order_details import AmazonOrderDetails
    from .amazon_shipment_details import AmazonShipmentDetails
    from .available_value_added_service_group import AvailableValueAddedServiceGroup
    from .benefits import Benefits
    from .cancel_shipment_response import CancelShipmentResponse
    from .cancel_shipment_result import CancelShipmentResult
    from .cancel_shipment_x_amzn_shipping_business_id import (
        CancelShipmentXAmznShippingBusinessId,
    )
    from .carrier import Carrier
    from .carrier_account import CarrierAccount
    from .carrier_account_attribute import CarrierAccountAttribute
    from .carrier_account_input import CarrierAccountInput
    from .channel_details import ChannelDetails
    from .channel_type import ChannelType
    from .charge_component import ChargeComponent
    from .charge_component_charge_type import ChargeComponentChargeType
    from .claim_reason import ClaimReason
    from .client_reference_detail import ClientReferenceDetail
    from .client_reference_detail_client_reference_type import (
        ClientReferenceDetailClientReferenceType,
    )
    from .collect_on_delivery import CollectOnDelivery
    from .collection_forms_history_record import CollectionFormsHistoryRecord
    from .collections_form_document import CollectionsFormDocument
    from .create_claim_request import CreateClaimRequest
    from .create_claim_response import CreateClaimResponse
    from .create_claim_x_amzn_shipping_business_id import (
        CreateClaimXAmznShippingBusinessId,
    )
    from .currency import Currency
    from .dangerous_goods_details import DangerousGoodsDetails
    from .dangerous_goods_details_packing_group import DangerousGoodsDetailsPackingGroup
    from .dangerous_goods_details_packing_instruction import (
        DangerousGoodsDetailsPackingInstruction,
    )
    from .date_range import DateRange
    from .day_of_week_time_map import DayOfWeekTimeMap
    from .detail_codes import DetailCodes
    from .dimensions import Dimensions
    from .dimensions_unit import DimensionsUnit
    from .direct_fulfillment_item_identifiers import DirectFulfillmentItemIdentifiers
    from .direct_purchase_request import DirectPurchaseRequest
    from .direct_purchase_response import DirectPurchaseResponse
    from .direct_purchase_result import DirectPurchaseResult
    from .direct_purchase_shipment_x_amzn_shipping_business_id import (
        DirectPurchaseShipmentXAmznShippingBusinessId,
    )
    from .document_format import DocumentFormat
    from .document_size import DocumentSize
    from .document_size_unit import DocumentSizeUnit
    from .document_type import DocumentType
    from .error import Error
    from .error_list import ErrorList
    from .event import Event
    from .event_code import EventCode
    from .exception_operating_hours import ExceptionOperatingHours
    from .excluded_benefit import ExcludedBenefit
    from .generate_collection_form_request import GenerateCollectionFormRequest
    from .generate_collection_form_response import GenerateCollectionFormResponse
    from .generate_collection_form_x_amzn_shipping_business_id import (
        GenerateCollectionFormXAmznShippingBusinessId,
    )
    from .generation_status import GenerationStatus
    from .geocode import Geocode
    from .get_access_points_access_point_types_item import (
        GetAccessPointsAccessPointTypesItem,
    )
    from .get_access_points_response import GetAccessPointsResponse
    from .get_access_points_result import GetAccessPointsResult
    from .get_access_points_x_amzn_shipping_business_id import (
        GetAccessPointsXAmznShippingBusinessId,
    )
    from .get_additional_inputs_response import GetAdditionalInputsResponse
    from .get_additional_inputs_result import GetAdditionalInputsResult
    from .get_additional_inputs_x_amzn_shipping_business_id import (
        GetAdditionalInputsXAmznShippingBusinessId,
    )
    from .get_carrier_account_form_inputs_response import (
        GetCarrierAccountFormInputsResponse,
    )
    from .get_carrier_account_form_inputs_x_amzn_shipping_business_id import (
        GetCarrierAccountFormInputsXAmznShippingBusinessId,
    )
    from .get_carrier_accounts_request import GetCarrierAccountsRequest
    from .get_carrier_accounts_response import GetCarrierAccountsResponse
    from .get_carrier_accounts_x_amzn_shipping_business_id import (
        GetCarrierAccountsXAmznShippingBusinessId,
    )
    from .get_collection_form_history_request import GetCollectionFormHistoryRequest
    from .get_collection_form_history_response import GetCollectionFormHistoryResponse
    from .get_collection_form_history_x_amzn_shipping_business_id import (
        GetCollectionFormHistoryXAmznShippingBusinessId,
    )
    from .get_collection_form_response import GetCollectionFormResponse
    from .get_collection_form_x_amzn_shipping_business_id import (
        GetCollectionFormXAmznShippingBusinessId,
    )
    from .get_rates_request import GetRatesRequest
    from .get_rates_response import GetRatesResponse
    from .get_rates_result import GetRatesResult
    from .get_rates_x_amzn_shipping_business_id import GetRatesXAmznShippingBusinessId
    from .get_shipment_documents_response import GetShipmentDocumentsResponse
    from .get_shipment_documents_result import GetShipmentDocumentsResult
    from .get_shipment_documents_x_amzn_shipping_business_id import (
        GetShipmentDocumentsXAmznShippingBusinessId,
    )
    from .get_tracking_response import GetTrackingResponse
    from .get_tracking_result import GetTrackingResult
    from .get_tracking_x_amzn_shipping_business_id import (
        GetTrackingXAmznShippingBusinessId,
    )
    from .get_unmanifested_shipments_request import GetUnmanifestedShipmentsRequest
    from .get_unmanifested_shipments_response import GetUnmanifestedShipmentsResponse
    from .get_unmanifested_shipments_x_amzn_shipping_business_id import (
        GetUnmanifestedShipmentsXAmznShippingBusinessId,
    )
    from .goods_owner import GoodsOwner
    from .ineligibility_reason import IneligibilityReason
    from .ineligibility_reason_code import IneligibilityReasonCode
    from .ineligible_rate import IneligibleRate
    from .input_type import InputType
    from .invoice_details import InvoiceDetails
    from .item import Item
    from .label_attribute import LabelAttribute
    from .link_carrier_account_post_x_amzn_shipping_business_id import (
        LinkCarrierAccountPostXAmznShippingBusinessId,
    )
    from .link_carrier_account_request import LinkCarrierAccountRequest
    from .link_carrier_account_response import LinkCarrierAccountResponse
    from .link_carrier_account_x_amzn_shipping_business_id import (
        LinkCarrierAccountXAmznShippingBusinessId,
    )
    from .linkable_account_type import LinkableAccountType
    from .linkable_carrier import LinkableCarrier
    from .liquid_volume import LiquidVolume
    from .liquid_volume_unit import LiquidVolumeUnit
    from .location import Location
    from .ndr_action import NdrAction
    from .ndr_request_data import NdrRequestData
    from .one_click_shipment_request import OneClickShipmentRequest
    from .one_click_shipment_response import OneClickShipmentResponse
    from .one_click_shipment_result import OneClickShipmentResult
    from .one_click_shipment_value_added_service import (
        OneClickShipmentValueAddedService,
    )
    from .one_click_shipment_x_amzn_shipping_business_id import (
        OneClickShipmentXAmznShippingBusinessId,
    )
    from .operating_hours import OperatingHours
    from .package import Package
    from .package_document import PackageDocument
    from .package_document_detail import PackageDocumentDetail
    from .payment_type import PaymentType
    from .print_option import PrintOption
    from .promise import Promise
    from .purchase_shipment_request import PurchaseShipmentRequest
    from .purchase_shipment_request_additional_inputs import (
        PurchaseShipmentRequestAdditionalInputs,
    )
    from .purchase_shipment_response import PurchaseShipmentResponse
    from .purchase_shipment_result import PurchaseShipmentResult
    from .purchase_shipment_x_amzn_shipping_business_id import (
        PurchaseShipmentXAmznShippingBusinessId,
    )
    from .rate import Rate
    from .rate_item import RateItem
    from .rate_item_id import RateItemID
    from .rate_item_type import RateItemType
    from .requested_document_specification import RequestedDocumentSpecification
    from .requested_label_customization import RequestedLabelCustomization
    from .requested_value_added_service import RequestedValueAddedService
    from .service import Service
    from .service_selection import ServiceSelection
    from .settlement_type import SettlementType
    from .shipment_type import ShipmentType
    from .shipper_instruction import ShipperInstruction
    from .status import Status
    from .submit_ndr_feedback_request import SubmitNdrFeedbackRequest
    from .submit_ndr_feedback_x_amzn_shipping_business_id import (
        SubmitNdrFeedbackXAmznShippingBusinessId,
    )
    from .supported_document_detail import SupportedDocumentDetail
    from .supported_document_specification import SupportedDocumentSpecification
    from .tax_detail import TaxDetail
    from .tax_type import TaxType
    from .time_of_day import TimeOfDay
    from .time_window import TimeWindow
    from .tracking_detail_codes import TrackingDetailCodes
    from .tracking_summary import TrackingSummary
    from .unlink_carrier_account_request import UnlinkCarrierAccountRequest
    from .unlink_carrier_account_response import UnlinkCarrierAccountResponse
    from .unlink_carrier_account_x_amzn_shipping_business_id import (
        UnlinkCarrierAccountXAmznShippingBusinessId,
    )
    from .unmanifested_carrier_information import UnmanifestedCarrierInformation
    from .unmanifested_shipment_location import UnmanifestedShipmentLocation
    from .validation_metadata import ValidationMetadata
    from .value_added_service import ValueAddedService
    from .value_added_service_details import ValueAddedServiceDetails
    from .weight import Weight
    from .weight_unit import WeightUnit

_MODULES: dict[str, str] = {
    "AccessPoint": ".access_point",
    "AccessPointAssistanceType": ".access_point_assistance_type",
    "AccessPointDetails": ".access_point_details",
    "AccessPointType": ".access_point_type",
    "AccessPointsMap": ".access_points_map",
    "AccessibilityAttributes": ".accessibility_attributes",
    "AccountStatus": ".account_status",
    "AccountType": ".account_type",
    "ActiveAccount": ".active_account",
    "Address": ".address",
    "AmazonOrderDetails": ".amazon_order_details",
    "AmazonShipmentDetails": ".amazon_shipment_details",
    "AvailableValueAddedServiceGroup": ".available_value_added_service_group",
    "Benefits": ".benefits",
    "CancelShipmentResponse": ".cancel_shipment_response",
    "CancelShipmentResult": ".cancel_shipment_result",
    "CancelShipmentXAmznShippingBusinessId": ".cancel_shipment_x_amzn_shipping_business_id",
    "Carrier": ".carrier",
    "CarrierAccount": ".carrier_account",
    "CarrierAccountAttribute": ".carrier_account_attribute",
    "CarrierAccountInput": ".carrier_account_input",
    "ChannelDetails": ".channel_details",
    "ChannelType": ".channel_type",
    "ChargeComponent": ".charge_component",
    "ChargeComponentChargeType": ".charge_component_charge_type",
    "ClaimReason": ".claim_reason",
    "ClientReferenceDetail": ".client_reference_detail",
    "ClientReferenceDetailClientReferenceType": ".client_reference_detail_client_reference_type",
    "CollectOnDelivery": ".collect_on_delivery",
    "CollectionFormsHistoryRecord": ".collection_forms_history_record",
    "CollectionsFormDocument": ".collections_form_document",
    "CreateClaimRequest": ".create_claim_request",
    "CreateClaimResponse": ".create_claim_response",
    "CreateClaimXAmznShippingBusinessId": ".create_claim_x_amzn_shipping_business_id",
    "Currency": ".currency",
    "DangerousGoodsDetails": ".dangerous_goods_details",
    "DangerousGoodsDetailsPackingGroup": ".dangerous_goods_details_packing_group",
    "DangerousGoodsDetailsPackingInstruction": ".dangerous_goods_details_packing_instruction",
    "DateRange": ".date_range",
    "DayOfWeekTimeMap": ".day_of_week_time_map",
    "DetailCodes": ".detail_codes",
    "Dimensions": ".dimensions",
    "DimensionsUnit": ".dimensions_unit",
    "DirectFulfillmentItemIdentifiers": ".direct_fulfillment_item_identifiers",
    "DirectPurchaseRequest": ".direct_purchase_request",
    "DirectPurchaseResponse": ".direct_purchase_response",
    "DirectPurchaseResult": ".direct_purchase_result",
    "DirectPurchaseShipmentXAmznShippingBusinessId": ".direct_purchase_shipment_x_amzn_shipping_business_id",
    "DocumentFormat": ".document_format",
    "DocumentSize": ".document_size",
    "DocumentSizeUnit": ".document_size_unit",
    "DocumentType": ".document_type",
    "Error": ".error",
    "ErrorList": ".error_list",
    "Event": ".event",
    "EventCode": ".event_code",
    "ExceptionOperatingHours": ".exception_operating_hours",
    "ExcludedBenefit": ".excluded_benefit",
    "GenerateCollectionFormRequest": ".generate_collection_form_request",
    "GenerateCollectionFormResponse": ".generate_collection_form_response",
    "GenerateCollectionFormXAmznShippingBusinessId": ".generate_collection_form_x_amzn_shipping_business_id",
    "GenerationStatus": ".generation_status",
    "Geocode": ".geocode",
    "GetAccessPointsAccessPointTypesItem": ".get_access_points_access_point_types_item",
    "GetAccessPointsResponse": ".get_access_points_response",
    "GetAccessPointsResult": ".get_access_points_result",
    "GetAccessPointsXAmznShippingBusinessId": ".get_access_points_x_amzn_shipping_business_id",
    "GetAdditionalInputsResponse": ".get_additional_inputs_response",
    "GetAdditionalInputsResult": ".get_additional_inputs_result",
    "GetAdditionalInputsXAmznShippingBusinessId": ".get_additional_inputs_x_amzn_shipping_business_id",
    "GetCarrierAccountFormInputsResponse": ".get_carrier_account_form_inputs_response",
    "GetCarrierAccountFormInputsXAmznShippingBusinessId": ".get_carrier_account_form_inputs_x_amzn_shipping_business_id",
    "GetCarrierAccountsRequest": ".get_carrier_accounts_request",
    "GetCarrierAccountsResponse": ".get_carrier_accounts_response",
    "GetCarrierAccountsXAmznShippingBusinessId": ".get_carrier_accounts_x_amzn_shipping_business_id",
    "GetCollectionFormHistoryRequest": ".get_collection_form_history_request",
    "GetCollectionFormHistoryResponse": ".get_collection_form_history_response",
    "GetCollectionFormHistoryXAmznShippingBusinessId": ".get_collection_form_history_x_amzn_shipping_business_id",
    "GetCollectionFormResponse": ".get_collection_form_response",
    "GetCollectionFormXAmznShippingBusinessId": ".get_collection_form_x_amzn_shipping_business_id",
    "GetRatesRequest": ".get_rates_request",
    "GetRatesResponse": ".get_rates_response",
    "GetRatesResult": ".get_rates_result",
    "GetRatesXAmznShippingBusinessId": ".get_rates_x_amzn_shipping_business_id",
    "GetShipmentDocumentsResponse": ".get_shipment_documents_response",
    "GetShipmentDocumentsResult": ".get_shipment_documents_result",
    "GetShipmentDocumentsXAmznShippingBusinessId": ".get_shipment_documents_x_amzn_shipping_business_id",
    "GetTrackingResponse": ".get_tracking_response",
    "GetTrackingResult": ".get_tracking_result",
    "GetTrackingXAmznShippingBusinessId": ".get_tracking_x_amzn_shipping_business_id",
    "GetUnmanifestedShipmentsRequest": ".get_unmanifested_shipments_request",
    "GetUnmanifestedShipmentsResponse": ".get_unmanifested_shipments_response",
    "GetUnmanifestedShipmentsXAmznShippingBusinessId": ".get_unmanifested_shipments_x_amzn_shipping_business_id",
    "GoodsOwner": ".goods_owner",
    "IneligibilityReason": ".ineligibility_reason",
    "IneligibilityReasonCode": ".ineligibility_reason_code",
    "IneligibleRate": ".ineligible_rate",
    "InputType": ".input_type",
    "InvoiceDetails": ".invoice_details",
    "Item": ".item",
    "LabelAttribute": ".label_attribute",
    "LinkCarrierAccountPostXAmznShippingBusinessId": ".link_carrier_account_post_x_amzn_shipping_business_id",
    "LinkCarrierAccountRequest": ".link_carrier_account_request",
    "LinkCarrierAccountResponse": ".link_carrier_account_response",
    "LinkCarrierAccountXAmznShippingBusinessId": ".link_carrier_account_x_amzn_shipping_business_id",
    "LinkableAccountType": ".linkable_account_type",
    "LinkableCarrier": ".linkable_carrier",
    "LiquidVolume": ".liquid_volume",
    "LiquidVolumeUnit": ".liquid_volume_unit",
    "Location": ".location",
    "NdrAction": ".ndr_action",
    "NdrRequestData": ".ndr_request_data",
    "OneClickShipmentRequest": ".one_click_shipment_request",
    "OneClickShipmentResponse": ".one_click_shipment_response",
    "OneClickShipmentResult": ".one_click_shipment_result",
    "OneClickShipmentValueAddedService": ".one_click_shipment_value_added_service",
    "OneClickShipmentXAmznShippingBusinessId": ".one_click_shipment_x_amzn_shipping_business_id",
    "OperatingHours": ".operating_hours",
    "Package": ".package",
    "PackageDocument": ".package_document",
    "PackageDocumentDetail": ".package_document_detail",
    "PaymentType": ".payment_type",
    "PrintOption": ".print_option",
    "Promise": ".promise",
    "PurchaseShipmentRequest": ".purchase_shipment_request",
    "PurchaseShipmentRequestAdditionalInputs": ".purchase_shipment_request_additional_inputs",
    "PurchaseShipmentResponse": ".purchase_shipment_response",
    "PurchaseShipmentResult": ".purchase_shipment_result",
    "PurchaseShipmentXAmznShippingBusinessId": ".purchase_shipment_x_amzn_shipping_business_id",
    "Rate": ".rate",
    "RateItem": ".rate_item",
    "RateItemID": ".rate_item_id",
    "RateItemType": ".rate_item_type",
    "RequestedDocumentSpecification": ".requested_document_specification",
    "RequestedLabelCustomization": ".requested_label_customization",
    "RequestedValueAddedService": ".requested_value_added_service",
    "Service": ".service",
    "ServiceSelection": ".service_selection",
    "SettlementType": ".settlement_type",
    "ShipmentType": ".shipment_type",
    "ShipperInstruction": ".shipper_instruction",
    "Status": ".status",
    "SubmitNdrFeedbackRequest": ".submit_ndr_feedback_request",
    "SubmitNdrFeedbackXAmznShippingBusinessId": ".submit_ndr_feedback_x_amzn_shipping_business_id",
    "SupportedDocumentDetail": ".supported_document_detail",
    "SupportedDocumentSpecification": ".supported_document_specification",
    "TaxDetail": ".tax_detail",
    "TaxType": ".tax_type",
    "TimeOfDay": ".time_of_day",
    "TimeWindow": ".time_window",
    "TrackingDetailCodes": ".tracking_detail_codes",
    "TrackingSummary": ".tracking_summary",
    "UnlinkCarrierAccountRequest": ".unlink_carrier_account_request",
    "UnlinkCarrierAccountResponse": ".unlink_carrier_account_response",
    "UnlinkCarrierAccountXAmznShippingBusinessId": ".unlink_carrier_account_x_amzn_shipping_business_id",
    "UnmanifestedCarrierInformation": ".unmanifested_carrier_information",
    "UnmanifestedShipmentLocation": ".unmanifested_shipment_location",
    "ValidationMetadata": ".validation_metadata",
    "ValueAddedService": ".value_added_service",
    "ValueAddedServiceDetails": ".value_added_service_details",
    "Weight": ".weight",
    "WeightUnit": ".weight_unit",
}

__all__ = (
    "AccessPoint",
    "AccessPointAssistanceType",
    "AccessPointDetails",
    "AccessPointType",
    "AccessPointsMap",
    "AccessibilityAttributes",
    "AccountStatus",
    "AccountType",
    "ActiveAccount",
    "Address",
    "AmazonOrderDetails",
    "AmazonShipmentDetails",
    "AvailableValueAddedServiceGroup",
    "Benefits",
    "CancelShipmentResponse",
    "CancelShipmentResult",
    "CancelShipmentXAmznShippingBusinessId",
    "Carrier",
    "CarrierAccount",
    "CarrierAccountAttribute",
    "CarrierAccountInput",
    "ChannelDetails",
    "ChannelType",
    "ChargeComponent",
    "ChargeComponentChargeType",
    "ClaimReason",
    "ClientReferenceDetail",
    "ClientReferenceDetailClientReferenceType",
    "CollectOnDelivery",
    "CollectionFormsHistoryRecord",
    "CollectionsFormDocument",
    "CreateClaimRequest",
    "CreateClaimResponse",
    "CreateClaimXAmznShippingBusinessId",
    "Currency",
    "DangerousGoodsDetails",
    "DangerousGoodsDetailsPackingGroup",
    "DangerousGoodsDetailsPackingInstruction",
    "DateRange",
    "DayOfWeekTimeMap",
    "DetailCodes",
    "Dimensions",
    "DimensionsUnit",
    "DirectFulfillmentItemIdentifiers",
    "DirectPurchaseRequest",
    "DirectPurchaseResponse",
    "DirectPurchaseResult",
    "DirectPurchaseShipmentXAmznShippingBusinessId",
    "DocumentFormat",
    "DocumentSize",
    "DocumentSizeUnit",
    "DocumentType",
    "Error",
    "ErrorList",
    "Event",
    "EventCode",
    "ExceptionOperatingHours",
    "ExcludedBenefit",
    "GenerateCollectionFormRequest",
    "GenerateCollectionFormResponse",
    "GenerateCollectionFormXAmznShippingBusinessId",
    "GenerationStatus",
    "Geocode",
    "GetAccessPointsAccessPointTypesItem",
    "GetAccessPointsResponse",
    "GetAccessPointsResult",
    "GetAccessPointsXAmznShippingBusinessId",
    "GetAdditionalInputsResponse",
    "GetAdditionalInputsResult",
    "GetAdditionalInputsXAmznShippingBusinessId",
    "GetCarrierAccountFormInputsResponse",
    "GetCarrierAccountFormInputsXAmznShippingBusinessId",
    "GetCarrierAccountsRequest",
    "GetCarrierAccountsResponse",
    "GetCarrierAccountsXAmznShippingBusinessId",
    "GetCollectionFormHistoryRequest",
    "GetCollectionFormHistoryResponse",
    "GetCollectionFormHistoryXAmznShippingBusinessId",
    "GetCollectionFormResponse",
    "GetCollectionFormXAmznShippingBusinessId",
    "GetRatesRequest",
    "GetRatesResponse",
    "GetRatesResult",
    "GetRatesXAmznShippingBusinessId",
    "GetShipmentDocumentsResponse",
    "GetShipmentDocumentsResult",
    "GetShipmentDocumentsXAmznShippingBusinessId",
    "GetTrackingResponse",
    "GetTrackingResult",
    "GetTrackingXAmznShippingBusinessId",
    "GetUnmanifestedShipmentsRequest",
    "GetUnmanifestedShipmentsResponse",
    "GetUnmanifestedShipmentsXAmznShippingBusinessId",
    "GoodsOwner",
    "IneligibilityReason",
    "IneligibilityReasonCode",
    "IneligibleRate",
    "InputType",
    "InvoiceDetails",
    "Item",
    "LabelAttribute",
    "LinkCarrierAccountPostXAmznShippingBusinessId",
    "LinkCarrierAccountRequest",
    "LinkCarrierAccountResponse",
    "LinkCarrierAccountXAmznShippingBusinessId",
    "LinkableAccountType",
    "LinkableCarrier",
    "LiquidVolume",
    "LiquidVolumeUnit",
    "Location",
    "NdrAction",
    "NdrRequestData",
    "OneClickShipmentRequest",
    "OneClickShipmentResponse",
    "OneClickShipmentResult",
    "OneClickShipmentValueAddedService",
    "OneClickShipmentXAmznShippingBusinessId",
    "OperatingHours",
    "Package",
    "PackageDocument",
    "PackageDocumentDetail",
    "PaymentType",
    "PrintOption",
    "Promise",
    "PurchaseShipmentRequest",
    "PurchaseShipmentRequestAdditionalInputs",
    "PurchaseShipmentResponse",
    "PurchaseShipmentResult",
    "PurchaseShipmentXAmznShippingBusinessId",
    "Rate",
    "RateItem",
    "RateItemID",
    "RateItemType",
    "RequestedDocumentSpecification",
    "RequestedLabelCustomization",
    "RequestedValueAddedService",
    "Service",
    "ServiceSelection",
    "SettlementType",
    "ShipmentType",
    "ShipperInstruction",
    "Status",
    "SubmitNdrFeedbackRequest",
    "SubmitNdrFeedbackXAmznShippingBusinessId",
    "SupportedDocumentDetail",
    "SupportedDocumentSpecification",
    "TaxDetail",
    "TaxType",
    "TimeOfDay",
    "TimeWindow",
    "TrackingDetailCodes",
    "TrackingSummary",
    "UnlinkCarrierAccountRequest",
    "UnlinkCarrierAccountResponse",
    "UnlinkCarrierAccountXAmznShippingBusinessId",
    "UnmanifestedCarrierInformation",
    "UnmanifestedShipmentLocation",
    "ValidationMetadata",
    "ValueAddedService",
    "ValueAddedServiceDetails",
    "Weight",
    "WeightUnit",
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

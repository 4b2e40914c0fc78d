"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .amount import Amount
    from .cancellation import Cancellation
    from .cancellation_cancellation_type import CancellationCancellationType
    from .charge import Charge
    from .charge_breakup import ChargeBreakup
    from .charge_charge_type import ChargeChargeType
    from .compliance_attributes import ComplianceAttributes
    from .courier_supported_attributes import CourierSupportedAttributes
    from .custom_attribute import CustomAttribute
    from .custom_attribute_type import CustomAttributeType
    from .custom_channel_attribute_item import CustomChannelAttributeItem
    from .dimension import Dimension
    from .dimension_dimension_unit import DimensionDimensionUnit
    from .distance import Distance
    from .distance_distance_unit import DistanceDistanceUnit
    from .document import Document
    from .document_format import DocumentFormat
    from .document_v2 import DocumentV2
    from .error import Error
    from .error_list import ErrorList
    from .generate_ship_labels_operation import GenerateShipLabelsOperation
    from .geocodes import Geocodes
    from .get_shipments_status import GetShipmentsStatus
    from .gift_attributes import GiftAttributes
    from .handover_location import HandoverLocation
    from .invoice_info import InvoiceInfo
    from .invoice_requirement import InvoiceRequirement
    from .invoice_requirement_requirement import InvoiceRequirementRequirement
    from .invoice_requirement_status import InvoiceRequirementStatus
    from .invoice_response import InvoiceResponse
    from .line_item import LineItem
    from .line_item_with_reason import LineItemWithReason
    from .line_item_with_reason_reason import LineItemWithReasonReason
    from .marketplace_attributes import MarketplaceAttributes
    from .original_line_item import OriginalLineItem
    from .package import Package
    from .package_delivery_status import PackageDeliveryStatus
    from .package_dimensions import PackageDimensions
    from .package_line_item import PackageLineItem
    from .package_package_handling_requirements import (
        PackagePackageHandlingRequirements,
    )
    from .package_ship_label import PackageShipLabel
    from .package_status import PackageStatus
    from .package_status_enum import PackageStatusEnum
    from .package_sub_status import PackageSubStatus
    from .packages import Packages
    from .packing_slip_requirement import PackingSlipRequirement
    from .packing_slip_requirement_requirement import PackingSlipRequirementRequirement
    from .packing_slip_requirement_status import PackingSlipRequirementStatus
    from .pagination import Pagination
    from .party_identification_info import PartyIdentificationInfo
    from .party_identification_info_party_type import PartyIdentificationInfoPartyType
    from .piece_type import PieceType
    from .presence_status import PresenceStatus
    from .priority import Priority
    from .process_shipment_operation import ProcessShipmentOperation
    from .recommended_package import RecommendedPackage
    from .recommended_package_line_item import RecommendedPackageLineItem
    from .replaced_shipment_info import ReplacedShipmentInfo
    from .requirement_level import RequirementLevel
    from .ship_label_metadata import ShipLabelMetadata
    from .ship_labels_input import ShipLabelsInput
    from .ship_labels_response import ShipLabelsResponse
    from .shipment import Shipment
    from .shipment_acknowledgement_request import ShipmentAcknowledgementRequest
    from .shipment_info import ShipmentInfo
    from .shipment_info_payment_method import ShipmentInfoPaymentMethod
    from .shipment_info_processing_source import ShipmentInfoProcessingSource
    from .shipment_info_shipment_type import ShipmentInfoShipmentType
    from .shipment_line_item import ShipmentLineItem
    from .shipment_requirements import ShipmentRequirements
    from .shipment_status import ShipmentStatus
    from .shipment_sub_status import ShipmentSubStatus
    from .shipments_response import ShipmentsResponse
    from .shipping_info import ShippingInfo
    from .shipping_info_shipping_type import ShippingInfoShippingType
    from .shipping_options import ShippingOptions
    from .shipping_options_response import ShippingOptionsResponse
    from .shipping_options_ship_by import ShippingOptionsShipBy
    from .status import Status
    from .tax import Tax
    from .tax_registration_info import TaxRegistrationInfo
    from .tax_registration_info_type import TaxRegistrationInfoType
    from .tax_type import TaxType
    from .time_window import TimeWindow
    from .time_window_handover_method import TimeWindowHandoverMethod
    from .update_package_status_status import UpdatePackageStatusStatus
    from .weight import Weight
    from .weight_weight_unit import WeightWeightUnit

_MODULES: dict[str, str] = {
    "Address": ".address",
    "Amount": ".amount",
    "Cancellation": ".cancellation",
    "CancellationCancellationType": ".cancellation_cancellation_type",
    "Charge": ".charge",
    "ChargeBreakup": ".charge_breakup",
    "ChargeChargeType": ".charge_charge_type",
    "ComplianceAttributes": ".compliance_attributes",
    "CourierSupportedAttributes": ".courier_supported_attributes",
    "CustomAttribute": ".custom_attribute",
    "CustomAttributeType": ".custom_attribute_type",
    "CustomChannelAttributeItem": ".custom_channel_attribute_item",
    "Dimension": ".dimension",
    "DimensionDimensionUnit": ".dimension_dimension_unit",
    "Distance": ".distance",
    "DistanceDistanceUnit": ".distance_distance_unit",
    "Document": ".document",
    "DocumentFormat": ".document_format",
    "DocumentV2": ".document_v2",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GenerateShipLabelsOperation": ".generate_ship_labels_operation",
    "Geocodes": ".geocodes",
    "GetShipmentsStatus": ".get_shipments_status",
    "GiftAttributes": ".gift_attributes",
    "HandoverLocation": ".handover_location",
    "InvoiceInfo": ".invoice_info",
    "InvoiceRequirement": ".invoice_requirement",
    "InvoiceRequirementRequirement": ".invoice_requirement_requirement",
    "InvoiceRequirementStatus": ".invoice_requirement_status",
    "InvoiceResponse": ".invoice_response",
    "LineItem": ".line_item",
    "LineItemWithReason": ".line_item_with_reason",
    "LineItemWithReasonReason": ".line_item_with_reason_reason",
    "MarketplaceAttributes": ".marketplace_attributes",
    "OriginalLineItem": ".original_line_item",
    "Package": ".package",
    "PackageDeliveryStatus": ".package_delivery_status",
    "PackageDimensions": ".package_dimensions",
    "PackageLineItem": ".package_line_item",
    "PackagePackageHandlingRequirements": ".package_package_handling_requirements",
    "PackageShipLabel": ".package_ship_label",
    "PackageStatus": ".package_status",
    "PackageStatusEnum": ".package_status_enum",
    "PackageSubStatus": ".package_sub_status",
    "Packages": ".packages",
    "PackingSlipRequirement": ".packing_slip_requirement",
    "PackingSlipRequirementRequirement": ".packing_slip_requirement_requirement",
    "PackingSlipRequirementStatus": ".packing_slip_requirement_status",
    "Pagination": ".pagination",
    "PartyIdentificationInfo": ".party_identification_info",
    "PartyIdentificationInfoPartyType": ".party_identification_info_party_type",
    "PieceType": ".piece_type",
    "PresenceStatus": ".presence_status",
    "Priority": ".priority",
    "ProcessShipmentOperation": ".process_shipment_operation",
    "RecommendedPackage": ".recommended_package",
    "RecommendedPackageLineItem": ".recommended_package_line_item",
    "ReplacedShipmentInfo": ".replaced_shipment_info",
    "RequirementLevel": ".requirement_level",
    "ShipLabelMetadata": ".ship_label_metadata",
    "ShipLabelsInput": ".ship_labels_input",
    "ShipLabelsResponse": ".ship_labels_response",
    "Shipment": ".shipment",
    "ShipmentAcknowledgementRequest": ".shipment_acknowledgement_request",
    "ShipmentInfo": ".shipment_info",
    "ShipmentInfoPaymentMethod": ".shipment_info_payment_method",
    "ShipmentInfoProcessingSource": ".shipment_info_processing_source",
    "ShipmentInfoShipmentType": ".shipment_info_shipment_type",
    "ShipmentLineItem": ".shipment_line_item",
    "ShipmentRequirements": ".shipment_requirements",
    "ShipmentStatus": ".shipment_status",
    "ShipmentSubStatus": ".shipment_sub_status",
    "ShipmentsResponse": ".shipments_response",
    "ShippingInfo": ".shipping_info",
    "ShippingInfoShippingType": ".shipping_info_shipping_type",
    "ShippingOptions": ".shipping_options",
    "ShippingOptionsResponse": ".shipping_options_response",
    "ShippingOptionsShipBy": ".shipping_options_ship_by",
    "Status": ".status",
    "Tax": ".tax",
    "TaxRegistrationInfo": ".tax_registration_info",
    "TaxRegistrationInfoType": ".tax_registration_info_type",
    "TaxType": ".tax_type",
    "TimeWindow": ".time_window",
    "TimeWindowHandoverMethod": ".time_window_handover_method",
    "UpdatePackageStatusStatus": ".update_package_status_status",
    "Weight": ".weight",
    "WeightWeightUnit": ".weight_weight_unit",
}

__all__ = (
    "Address",
    "Amount",
    "Cancellation",
    "CancellationCancellationType",
    "Charge",
    "ChargeBreakup",
    "ChargeChargeType",
    "ComplianceAttributes",
    "CourierSupportedAttributes",
    "CustomAttribute",
    "CustomAttributeType",
    "CustomChannelAttributeItem",
    "Dimension",
    "DimensionDimensionUnit",
    "Distance",
    "DistanceDistanceUnit",
    "Document",
    "DocumentFormat",
    "DocumentV2",
    "Error",
    "ErrorList",
    "GenerateShipLabelsOperation",
    "Geocodes",
    "GetShipmentsStatus",
    "GiftAttributes",
    "HandoverLocation",
    "InvoiceInfo",
    "InvoiceRequirement",
    "InvoiceRequirementRequirement",
    "InvoiceRequirementStatus",
    "InvoiceResponse",
    "LineItem",
    "LineItemWithReason",
    "LineItemWithReasonReason",
    "MarketplaceAttributes",
    "OriginalLineItem",
    "Package",
    "PackageDeliveryStatus",
    "PackageDimensions",
    "PackageLineItem",
    "PackagePackageHandlingRequirements",
    "PackageShipLabel",
    "PackageStatus",
    "PackageStatusEnum",
    "PackageSubStatus",
    "Packages",
    "PackingSlipRequirement",
    "PackingSlipRequirementRequirement",
    "PackingSlipRequirementStatus",
    "Pagination",
    "PartyIdentificationInfo",
    "PartyIdentificationInfoPartyType",
    "PieceType",
    "PresenceStatus",
    "Priority",
    "ProcessShipmentOperation",
    "RecommendedPackage",
    "RecommendedPackageLineItem",
    "ReplacedShipmentInfo",
    "RequirementLevel",
    "ShipLabelMetadata",
    "ShipLabelsInput",
    "ShipLabelsResponse",
    "Shipment",
    "ShipmentAcknowledgementRequest",
    "ShipmentInfo",
    "ShipmentInfoPaymentMethod",
    "ShipmentInfoProcessingSource",
    "ShipmentInfoShipmentType",
    "ShipmentLineItem",
    "ShipmentRequirements",
    "ShipmentStatus",
    "ShipmentSubStatus",
    "ShipmentsResponse",
    "ShippingInfo",
    "ShippingInfoShippingType",
    "ShippingOptions",
    "ShippingOptionsResponse",
    "ShippingOptionsShipBy",
    "Status",
    "Tax",
    "TaxRegistrationInfo",
    "TaxRegistrationInfoType",
    "TaxType",
    "TimeWindow",
    "TimeWindowHandoverMethod",
    "UpdatePackageStatusStatus",
    "Weight",
    "WeightWeightUnit",
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

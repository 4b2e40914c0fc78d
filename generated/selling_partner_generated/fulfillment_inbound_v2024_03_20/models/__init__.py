"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .address_input import AddressInput
    from .all_owners_constraint import AllOwnersConstraint
    from .appointment_slot import AppointmentSlot
    from .appointment_slot_time import AppointmentSlotTime
    from .box import Box
    from .box_content_information_source import BoxContentInformationSource
    from .box_input import BoxInput
    from .box_requirements import BoxRequirements
    from .box_update_input import BoxUpdateInput
    from .cancel_inbound_plan_response import CancelInboundPlanResponse
    from .cancel_self_ship_appointment_request import CancelSelfShipAppointmentRequest
    from .cancel_self_ship_appointment_response import CancelSelfShipAppointmentResponse
    from .carrier import Carrier
    from .carrier_appointment import CarrierAppointment
    from .compliance_detail import ComplianceDetail
    from .confirm_delivery_window_options_response import (
        ConfirmDeliveryWindowOptionsResponse,
    )
    from .confirm_packing_option_response import ConfirmPackingOptionResponse
    from .confirm_placement_option_response import ConfirmPlacementOptionResponse
    from .confirm_shipment_content_update_preview_response import (
        ConfirmShipmentContentUpdatePreviewResponse,
    )
    from .confirm_transportation_options_request import (
        ConfirmTransportationOptionsRequest,
    )
    from .confirm_transportation_options_response import (
        ConfirmTransportationOptionsResponse,
    )
    from .contact_information import ContactInformation
    from .content_update_preview import ContentUpdatePreview
    from .create_inbound_plan_request import CreateInboundPlanRequest
    from .create_inbound_plan_response import CreateInboundPlanResponse
    from .create_marketplace_item_labels_request import (
        CreateMarketplaceItemLabelsRequest,
    )
    from .create_marketplace_item_labels_response import (
        CreateMarketplaceItemLabelsResponse,
    )
    from .currency import Currency
    from .custom_placement_input import CustomPlacementInput
    from .dates import Dates
    from .delivery_window_option import DeliveryWindowOption
    from .dimensions import Dimensions
    from .document_download import DocumentDownload
    from .error import Error
    from .error_list import ErrorList
    from .freight_information import FreightInformation
    from .generate_delivery_window_options_response import (
        GenerateDeliveryWindowOptionsResponse,
    )
    from .generate_packing_options_response import GeneratePackingOptionsResponse
    from .generate_placement_options_request import GeneratePlacementOptionsRequest
    from .generate_placement_options_response import GeneratePlacementOptionsResponse
    from .generate_self_ship_appointment_slots_request import (
        GenerateSelfShipAppointmentSlotsRequest,
    )
    from .generate_self_ship_appointment_slots_response import (
        GenerateSelfShipAppointmentSlotsResponse,
    )
    from .generate_shipment_content_update_previews_request import (
        GenerateShipmentContentUpdatePreviewsRequest,
    )
    from .generate_shipment_content_update_previews_response import (
        GenerateShipmentContentUpdatePreviewsResponse,
    )
    from .generate_transportation_options_request import (
        GenerateTransportationOptionsRequest,
    )
    from .generate_transportation_options_response import (
        GenerateTransportationOptionsResponse,
    )
    from .get_delivery_challan_document_response import (
        GetDeliveryChallanDocumentResponse,
    )
    from .get_self_ship_appointment_slots_response import (
        GetSelfShipAppointmentSlotsResponse,
    )
    from .inbound_operation_status import InboundOperationStatus
    from .inbound_plan import InboundPlan
    from .inbound_plan_summary import InboundPlanSummary
    from .incentive import Incentive
    from .item import Item
    from .item_input import ItemInput
    from .item_label_page_type import ItemLabelPageType
    from .label_owner import LabelOwner
    from .label_print_type import LabelPrintType
    from .list_delivery_window_options_response import ListDeliveryWindowOptionsResponse
    from .list_inbound_plan_boxes_response import ListInboundPlanBoxesResponse
    from .list_inbound_plan_items_response import ListInboundPlanItemsResponse
    from .list_inbound_plan_pallets_response import ListInboundPlanPalletsResponse
    from .list_inbound_plans_response import ListInboundPlansResponse
    from .list_inbound_plans_sort_by import ListInboundPlansSortBy
    from .list_inbound_plans_sort_order import ListInboundPlansSortOrder
    from .list_inbound_plans_status import ListInboundPlansStatus
    from .list_item_compliance_details_response import ListItemComplianceDetailsResponse
    from .list_packing_group_boxes_response import ListPackingGroupBoxesResponse
    from .list_packing_group_items_response import ListPackingGroupItemsResponse
    from .list_packing_options_response import ListPackingOptionsResponse
    from .list_placement_options_response import ListPlacementOptionsResponse
    from .list_prep_details_response import ListPrepDetailsResponse
    from .list_shipment_boxes_response import ListShipmentBoxesResponse
    from .list_shipment_content_update_previews_response import (
        ListShipmentContentUpdatePreviewsResponse,
    )
    from .list_shipment_items_response import ListShipmentItemsResponse
    from .list_shipment_pallets_response import ListShipmentPalletsResponse
    from .list_transportation_options_response import ListTransportationOptionsResponse
    from .ltl_tracking_detail import LtlTrackingDetail
    from .ltl_tracking_detail_input import LtlTrackingDetailInput
    from .msku_prep_detail import MskuPrepDetail
    from .msku_prep_detail_input import MskuPrepDetailInput
    from .msku_quantity import MskuQuantity
    from .operation_problem import OperationProblem
    from .operation_status import OperationStatus
    from .owner_constraint import OwnerConstraint
    from .package_grouping_input import PackageGroupingInput
    from .packing_configuration import PackingConfiguration
    from .packing_option import PackingOption
    from .packing_option_summary import PackingOptionSummary
    from .pagination import Pagination
    from .pallet import Pallet
    from .pallet_input import PalletInput
    from .placement_option import PlacementOption
    from .placement_option_summary import PlacementOptionSummary
    from .prep_category import PrepCategory
    from .prep_instruction import PrepInstruction
    from .prep_owner import PrepOwner
    from .prep_type import PrepType
    from .quote import Quote
    from .reason_comment import ReasonComment
    from .region import Region
    from .requested_updates import RequestedUpdates
    from .schedule_self_ship_appointment_request import (
        ScheduleSelfShipAppointmentRequest,
    )
    from .schedule_self_ship_appointment_response import (
        ScheduleSelfShipAppointmentResponse,
    )
    from .selected_delivery_window import SelectedDeliveryWindow
    from .self_ship_appointment_details import SelfShipAppointmentDetails
    from .self_ship_appointment_slots_availability import (
        SelfShipAppointmentSlotsAvailability,
    )
    from .set_packing_information_request import SetPackingInformationRequest
    from .set_packing_information_response import SetPackingInformationResponse
    from .set_prep_details_request import SetPrepDetailsRequest
    from .set_prep_details_response import SetPrepDetailsResponse
    from .shipment import Shipment
    from .shipment_destination import ShipmentDestination
    from .shipment_source import ShipmentSource
    from .shipment_summary import ShipmentSummary
    from .shipment_transportation_configuration import (
        ShipmentTransportationConfiguration,
    )
    from .shipping_configuration import ShippingConfiguration
    from .shipping_requirements import ShippingRequirements
    from .spd_tracking_detail import SpdTrackingDetail
    from .spd_tracking_detail_input import SpdTrackingDetailInput
    from .spd_tracking_item import SpdTrackingItem
    from .spd_tracking_item_input import SpdTrackingItemInput
    from .stackability import Stackability
    from .tax_details import TaxDetails
    from .tax_rate import TaxRate
    from .tracking_details import TrackingDetails
    from .tracking_details_input import TrackingDetailsInput
    from .transportation_option import TransportationOption
    from .transportation_selection import TransportationSelection
    from .unit_of_measurement import UnitOfMeasurement
    from .unit_of_weight import UnitOfWeight
    from .update_inbound_plan_name_request import UpdateInboundPlanNameRequest
    from .update_item_compliance_details_request import (
        UpdateItemComplianceDetailsRequest,
    )
    from .update_item_compliance_details_response import (
        UpdateItemComplianceDetailsResponse,
    )
    from .update_shipment_name_request import UpdateShipmentNameRequest
    from .update_shipment_source_address_request import (
        UpdateShipmentSourceAddressRequest,
    )
    from .update_shipment_source_address_response import (
        UpdateShipmentSourceAddressResponse,
    )
    from .update_shipment_tracking_details_request import (
        UpdateShipmentTrackingDetailsRequest,
    )
    from .update_shipment_tracking_details_response import (
        UpdateShipmentTrackingDetailsResponse,
    )
    from .weight import Weight
    from .weight_range import WeightRange
    from .window import Window
    from .window_input import WindowInput

_MODULES: dict[str, str] = {
    "Address": ".address",
    "AddressInput": ".address_input",
    "AllOwnersConstraint": ".all_owners_constraint",
    "AppointmentSlot": ".appointment_slot",
    "AppointmentSlotTime": ".appointment_slot_time",
    "Box": ".box",
    "BoxContentInformationSource": ".box_content_information_source",
    "BoxInput": ".box_input",
    "BoxRequirements": ".box_requirements",
    "BoxUpdateInput": ".box_update_input",
    "CancelInboundPlanResponse": ".cancel_inbound_plan_response",
    "CancelSelfShipAppointmentRequest": ".cancel_self_ship_appointment_request",
    "CancelSelfShipAppointmentResponse": ".cancel_self_ship_appointment_response",
    "Carrier": ".carrier",
    "CarrierAppointment": ".carrier_appointment",
    "ComplianceDetail": ".compliance_detail",
    "ConfirmDeliveryWindowOptionsResponse": ".confirm_delivery_window_options_response",
    "ConfirmPackingOptionResponse": ".confirm_packing_option_response",
    "ConfirmPlacementOptionResponse": ".confirm_placement_option_response",
    "ConfirmShipmentContentUpdatePreviewResponse": ".confirm_shipment_content_update_preview_response",
    "ConfirmTransportationOptionsRequest": ".confirm_transportation_options_request",
    "ConfirmTransportationOptionsResponse": ".confirm_transportation_options_response",
    "ContactInformation": ".contact_information",
    "ContentUpdatePreview": ".content_update_preview",
    "CreateInboundPlanRequest": ".create_inbound_plan_request",
    "CreateInboundPlanResponse": ".create_inbound_plan_response",
    "CreateMarketplaceItemLabelsRequest": ".create_marketplace_item_labels_request",
    "CreateMarketplaceItemLabelsResponse": ".create_marketplace_item_labels_response",
    "Currency": ".currency",
    "CustomPlacementInput": ".custom_placement_input",
    "Dates": ".dates",
    "DeliveryWindowOption": ".delivery_window_option",
    "Dimensions": ".dimensions",
    "DocumentDownload": ".document_download",
    "Error": ".error",
    "ErrorList": ".error_list",
    "FreightInformation": ".freight_information",
    "GenerateDeliveryWindowOptionsResponse": ".generate_delivery_window_options_response",
    "GeneratePackingOptionsResponse": ".generate_packing_options_response",
    "GeneratePlacementOptionsRequest": ".generate_placement_options_request",
    "GeneratePlacementOptionsResponse": ".generate_placement_options_response",
    "GenerateSelfShipAppointmentSlotsRequest": ".generate_self_ship_appointment_slots_request",
    "GenerateSelfShipAppointmentSlotsResponse": ".generate_self_ship_appointment_slots_response",
    "GenerateShipmentContentUpdatePreviewsRequest": ".generate_shipment_content_update_previews_request",
    "GenerateShipmentContentUpdatePreviewsResponse": ".generate_shipment_content_update_previews_response",
    "GenerateTransportationOptionsRequest": ".generate_transportation_options_request",
    "GenerateTransportationOptionsResponse": ".generate_transportation_options_response",
    "GetDeliveryChallanDocumentResponse": ".get_delivery_challan_document_response",
    "GetSelfShipAppointmentSlotsResponse": ".get_self_ship_appointment_slots_response",
    "InboundOperationStatus": ".inbound_operation_status",
    "InboundPlan": ".inbound_plan",
    "InboundPlanSummary": ".inbound_plan_summary",
    "Incentive": ".incentive",
    "Item": ".item",
    "ItemInput": ".item_input",
    "ItemLabelPageType": ".item_label_page_type",
    "LabelOwner": ".label_owner",
    "LabelPrintType": ".label_print_type",
    "ListDeliveryWindowOptionsResponse": ".list_delivery_window_options_response",
    "ListInboundPlanBoxesResponse": ".list_inbound_plan_boxes_response",
    "ListInboundPlanItemsResponse": ".list_inbound_plan_items_response",
    "ListInboundPlanPalletsResponse": ".list_inbound_plan_pallets_response",
    "ListInboundPlansResponse": ".list_inbound_plans_response",
    "ListInboundPlansSortBy": ".list_inbound_plans_sort_by",
    "ListInboundPlansSortOrder": ".list_inbound_plans_sort_order",
    "ListInboundPlansStatus": ".list_inbound_plans_status",
    "ListItemComplianceDetailsResponse": ".list_item_compliance_details_response",
    "ListPackingGroupBoxesResponse": ".list_packing_group_boxes_response",
    "ListPackingGroupItemsResponse": ".list_packing_group_items_response",
    "ListPackingOptionsResponse": ".list_packing_options_response",
    "ListPlacementOptionsResponse": ".list_placement_options_response",
    "ListPrepDetailsResponse": ".list_prep_details_response",
    "ListShipmentBoxesResponse": ".list_shipment_boxes_response",
    "ListShipmentContentUpdatePreviewsResponse": ".list_shipment_content_update_previews_response",
    "ListShipmentItemsResponse": ".list_shipment_items_response",
    "ListShipmentPalletsResponse": ".list_shipment_pallets_response",
    "ListTransportationOptionsResponse": ".list_transportation_options_response",
    "LtlTrackingDetail": ".ltl_tracking_detail",
    "LtlTrackingDetailInput": ".ltl_tracking_detail_input",
    "MskuPrepDetail": ".msku_prep_detail",
    "MskuPrepDetailInput": ".msku_prep_detail_input",
    "MskuQuantity": ".msku_quantity",
    "OperationProblem": ".operation_problem",
    "OperationStatus": ".operation_status",
    "OwnerConstraint": ".owner_constraint",
    "PackageGroupingInput": ".package_grouping_input",
    "PackingConfiguration": ".packing_configuration",
    "PackingOption": ".packing_option",
    "PackingOptionSummary": ".packing_option_summary",
    "Pagination": ".pagination",
    "Pallet": ".pallet",
    "PalletInput": ".pallet_input",
    "PlacementOption": ".placement_option",
    "PlacementOptionSummary": ".placement_option_summary",
    "PrepCategory": ".prep_category",
    "PrepInstruction": ".prep_instruction",
    "PrepOwner": ".prep_owner",
    "PrepType": ".prep_type",
    "Quote": ".quote",
    "ReasonComment": ".reason_comment",
    "Region": ".region",
    "RequestedUpdates": ".requested_updates",
    "ScheduleSelfShipAppointmentRequest": ".schedule_self_ship_appointment_request",
    "ScheduleSelfShipAppointmentResponse": ".schedule_self_ship_appointment_response",
    "SelectedDeliveryWindow": ".selected_delivery_window",
    "SelfShipAppointmentDetails": ".self_ship_appointment_details",
    "SelfShipAppointmentSlotsAvailability": ".self_ship_appointment_slots_availability",
    "SetPackingInformationRequest": ".set_packing_information_request",
    "SetPackingInformationResponse": ".set_packing_information_response",
    "SetPrepDetailsRequest": ".set_prep_details_request",
    "SetPrepDetailsResponse": ".set_prep_details_response",
    "Shipment": ".shipment",
    "ShipmentDestination": ".shipment_destination",
    "ShipmentSource": ".shipment_source",
    "ShipmentSummary": ".shipment_summary",
    "ShipmentTransportationConfiguration": ".shipment_transportation_configuration",
    "ShippingConfiguration": ".shipping_configuration",
    "ShippingRequirements": ".shipping_requirements",
    "SpdTrackingDetail": ".spd_tracking_detail",
    "SpdTrackingDetailInput": ".spd_tracking_detail_input",
    "SpdTrackingItem": ".spd_tracking_item",
    "SpdTrackingItemInput": ".spd_tracking_item_input",
    "Stackability": ".stackability",
    "TaxDetails": ".tax_details",
    "TaxRate": ".tax_rate",
    "TrackingDetails": ".tracking_details",
    "TrackingDetailsInput": ".tracking_details_input",
    "TransportationOption": ".transportation_option",
    "TransportationSelection": ".transportation_selection",
    "UnitOfMeasurement": ".unit_of_measurement",
    "UnitOfWeight": ".unit_of_weight",
    "UpdateInboundPlanNameRequest": ".update_inbound_plan_name_request",
    "UpdateItemComplianceDetailsRequest": ".update_item_compliance_details_request",
    "UpdateItemComplianceDetailsResponse": ".update_item_compliance_details_response",
    "UpdateShipmentNameRequest": ".update_shipment_name_request",
    "UpdateShipmentSourceAddressRequest": ".update_shipment_source_address_request",
    "UpdateShipmentSourceAddressResponse": ".update_shipment_source_address_response",
    "UpdateShipmentTrackingDetailsRequest": ".update_shipment_tracking_details_request",
    "UpdateShipmentTrackingDetailsResponse": ".update_shipment_tracking_details_response",
    "Weight": ".weight",
    "WeightRange": ".weight_range",
    "Window": ".window",
    "WindowInput": ".window_input",
}

__all__ = (
    "Address",
    "AddressInput",
    "AllOwnersConstraint",
    "AppointmentSlot",
    "AppointmentSlotTime",
    "Box",
    "BoxContentInformationSource",
    "BoxInput",
    "BoxRequirements",
    "BoxUpdateInput",
    "CancelInboundPlanResponse",
    "CancelSelfShipAppointmentRequest",
    "CancelSelfShipAppointmentResponse",
    "Carrier",
    "CarrierAppointment",
    "ComplianceDetail",
    "ConfirmDeliveryWindowOptionsResponse",
    "ConfirmPackingOptionResponse",
    "ConfirmPlacementOptionResponse",
    "ConfirmShipmentContentUpdatePreviewResponse",
    "ConfirmTransportationOptionsRequest",
    "ConfirmTransportationOptionsResponse",
    "ContactInformation",
    "ContentUpdatePreview",
    "CreateInboundPlanRequest",
    "CreateInboundPlanResponse",
    "CreateMarketplaceItemLabelsRequest",
    "CreateMarketplaceItemLabelsResponse",
    "Currency",
    "CustomPlacementInput",
    "Dates",
    "DeliveryWindowOption",
    "Dimensions",
    "DocumentDownload",
    "Error",
    "ErrorList",
    "FreightInformation",
    "GenerateDeliveryWindowOptionsResponse",
    "GeneratePackingOptionsResponse",
    "GeneratePlacementOptionsRequest",
    "GeneratePlacementOptionsResponse",
    "GenerateSelfShipAppointmentSlotsRequest",
    "GenerateSelfShipAppointmentSlotsResponse",
    "GenerateShipmentContentUpdatePreviewsRequest",
    "GenerateShipmentContentUpdatePreviewsResponse",
    "GenerateTransportationOptionsRequest",
    "GenerateTransportationOptionsResponse",
    "GetDeliveryChallanDocumentResponse",
    "GetSelfShipAppointmentSlotsResponse",
    "InboundOperationStatus",
    "InboundPlan",
    "InboundPlanSummary",
    "Incentive",
    "Item",
    "ItemInput",
    "ItemLabelPageType",
    "LabelOwner",
    "LabelPrintType",
    "ListDeliveryWindowOptionsResponse",
    "ListInboundPlanBoxesResponse",
    "ListInboundPlanItemsResponse",
    "ListInboundPlanPalletsResponse",
    "ListInboundPlansResponse",
    "ListInboundPlansSortBy",
    "ListInboundPlansSortOrder",
    "ListInboundPlansStatus",
    "ListItemComplianceDetailsResponse",
    "ListPackingGroupBoxesResponse",
    "ListPackingGroupItemsResponse",
    "ListPackingOptionsResponse",
    "ListPlacementOptionsResponse",
    "ListPrepDetailsResponse",
    "ListShipmentBoxesResponse",
    "ListShipmentContentUpdatePreviewsResponse",
    "ListShipmentItemsResponse",
    "ListShipmentPalletsResponse",
    "ListTransportationOptionsResponse",
    "LtlTrackingDetail",
    "LtlTrackingDetailInput",
    "MskuPrepDetail",
    "MskuPrepDetailInput",
    "MskuQuantity",
    "OperationProblem",
    "OperationStatus",
    "OwnerConstraint",
    "PackageGroupingInput",
    "PackingConfiguration",
    "PackingOption",
    "PackingOptionSummary",
    "Pagination",
    "Pallet",
    "PalletInput",
    "PlacementOption",
    "PlacementOptionSummary",
    "PrepCategory",
    "PrepInstruction",
    "PrepOwner",
    "PrepType",
    "Quote",
    "ReasonComment",
    "Region",
    "RequestedUpdates",
    "ScheduleSelfShipAppointmentRequest",
    "ScheduleSelfShipAppointmentResponse",
    "SelectedDeliveryWindow",
    "SelfShipAppointmentDetails",
    "SelfShipAppointmentSlotsAvailability",
    "SetPackingInformationRequest",
    "SetPackingInformationResponse",
    "SetPrepDetailsRequest",
    "SetPrepDetailsResponse",
    "Shipment",
    "ShipmentDestination",
    "ShipmentSource",
    "ShipmentSummary",
    "ShipmentTransportationConfiguration",
    "ShippingConfiguration",
    "ShippingRequirements",
    "SpdTrackingDetail",
    "SpdTrackingDetailInput",
    "SpdTrackingItem",
    "SpdTrackingItemInput",
    "Stackability",
    "TaxDetails",
    "TaxRate",
    "TrackingDetails",
    "TrackingDetailsInput",
    "TransportationOption",
    "TransportationSelection",
    "UnitOfMeasurement",
    "UnitOfWeight",
    "UpdateInboundPlanNameRequest",
    "UpdateItemComplianceDetailsRequest",
    "UpdateItemComplianceDetailsResponse",
    "UpdateShipmentNameRequest",
    "UpdateShipmentSourceAddressRequest",
    "UpdateShipmentSourceAddressResponse",
    "UpdateShipmentTrackingDetailsRequest",
    "UpdateShipmentTrackingDetailsResponse",
    "Weight",
    "WeightRange",
    "Window",
    "WindowInput",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .additional_inputs import AdditionalInputs
    from .additional_seller_input import AdditionalSellerInput
    from .additional_seller_inputs import AdditionalSellerInputs
    from .address import Address
    from .available_carrier_will_pick_up_option import AvailableCarrierWillPickUpOption
    from .available_delivery_experience_option import AvailableDeliveryExperienceOption
    from .available_shipping_service_options import AvailableShippingServiceOptions
    from .benefits import Benefits
    from .cancel_shipment_response import CancelShipmentResponse
    from .carrier_will_pick_up_option import CarrierWillPickUpOption
    from .constraint import Constraint
    from .create_shipment_request import CreateShipmentRequest
    from .create_shipment_response import CreateShipmentResponse
    from .currency_amount import CurrencyAmount
    from .dangerous_goods_details import DangerousGoodsDetails
    from .dangerous_goods_details_packing_group import DangerousGoodsDetailsPackingGroup
    from .dangerous_goods_details_packing_instruction import (
        DangerousGoodsDetailsPackingInstruction,
    )
    from .delivery_experience_option import DeliveryExperienceOption
    from .delivery_experience_type import DeliveryExperienceType
    from .error import Error
    from .excluded_benefit import ExcludedBenefit
    from .file_contents import FileContents
    from .file_type import FileType
    from .get_additional_seller_inputs_request import GetAdditionalSellerInputsRequest
    from .get_additional_seller_inputs_response import GetAdditionalSellerInputsResponse
    from .get_additional_seller_inputs_result import GetAdditionalSellerInputsResult
    from .get_eligible_shipment_services_request import (
        GetEligibleShipmentServicesRequest,
    )
    from .get_eligible_shipment_services_response import (
        GetEligibleShipmentServicesResponse,
    )
    from .get_eligible_shipment_services_result import GetEligibleShipmentServicesResult
    from .get_shipment_response import GetShipmentResponse
    from .hazmat_type import HazmatType
    from .input_target_type import InputTargetType
    from .item import Item
    from .item_level_fields import ItemLevelFields
    from .label import Label
    from .label_customization import LabelCustomization
    from .label_dimensions import LabelDimensions
    from .label_format import LabelFormat
    from .label_format_option import LabelFormatOption
    from .label_format_option_request import LabelFormatOptionRequest
    from .length import Length
    from .liquid_volume import LiquidVolume
    from .liquid_volume_unit import LiquidVolumeUnit
    from .package_dimensions import PackageDimensions
    from .predefined_package_dimensions import PredefinedPackageDimensions
    from .rate_item import RateItem
    from .rate_item_id import RateItemID
    from .rate_item_type import RateItemType
    from .rejected_shipping_service import RejectedShippingService
    from .seller_input_definition import SellerInputDefinition
    from .shipment import Shipment
    from .shipment_request_details import ShipmentRequestDetails
    from .shipment_status import ShipmentStatus
    from .shipping_offering_filter import ShippingOfferingFilter
    from .shipping_service import ShippingService
    from .shipping_service_options import ShippingServiceOptions
    from .standard_id_for_label import StandardIdForLabel
    from .temporarily_unavailable_carrier import TemporarilyUnavailableCarrier
    from .terms_and_conditions_not_accepted_carrier import (
        TermsAndConditionsNotAcceptedCarrier,
    )
    from .unit_of_length import UnitOfLength
    from .unit_of_weight import UnitOfWeight
    from .weight import Weight

_MODULES: dict[str, str] = {
    "AdditionalInputs": ".additional_inputs",
    "AdditionalSellerInput": ".additional_seller_input",
    "AdditionalSellerInputs": ".additional_seller_inputs",
    "Address": ".address",
    "AvailableCarrierWillPickUpOption": ".available_carrier_will_pick_up_option",
    "AvailableDeliveryExperienceOption": ".available_delivery_experience_option",
    "AvailableShippingServiceOptions": ".available_shipping_service_options",
    "Benefits": ".benefits",
    "CancelShipmentResponse": ".cancel_shipment_response",
    "CarrierWillPickUpOption": ".carrier_will_pick_up_option",
    "Constraint": ".constraint",
    "CreateShipmentRequest": ".create_shipment_request",
    "CreateShipmentResponse": ".create_shipment_response",
    "CurrencyAmount": ".currency_amount",
    "DangerousGoodsDetails": ".dangerous_goods_details",
    "DangerousGoodsDetailsPackingGroup": ".dangerous_goods_details_packing_group",
    "DangerousGoodsDetailsPackingInstruction": ".dangerous_goods_details_packing_instruction",
    "DeliveryExperienceOption": ".delivery_experience_option",
    "DeliveryExperienceType": ".delivery_experience_type",
    "Error": ".error",
    "ExcludedBenefit": ".excluded_benefit",
    "FileContents": ".file_contents",
    "FileType": ".file_type",
    "GetAdditionalSellerInputsRequest": ".get_additional_seller_inputs_request",
    "GetAdditionalSellerInputsResponse": ".get_additional_seller_inputs_response",
    "GetAdditionalSellerInputsResult": ".get_additional_seller_inputs_result",
    "GetEligibleShipmentServicesRequest": ".get_eligible_shipment_services_request",
    "GetEligibleShipmentServicesResponse": ".get_eligible_shipment_services_response",
    "GetEligibleShipmentServicesResult": ".get_eligible_shipment_services_result",
    "GetShipmentResponse": ".get_shipment_response",
    "HazmatType": ".hazmat_type",
    "InputTargetType": ".input_target_type",
    "Item": ".item",
    "ItemLevelFields": ".item_level_fields",
    "Label": ".label",
    "LabelCustomization": ".label_customization",
    "LabelDimensions": ".label_dimensions",
    "LabelFormat": ".label_format",
    "LabelFormatOption": ".label_format_option",
    "LabelFormatOptionRequest": ".label_format_option_request",
    "Length": ".length",
    "LiquidVolume": ".liquid_volume",
    "LiquidVolumeUnit": ".liquid_volume_unit",
    "PackageDimensions": ".package_dimensions",
    "PredefinedPackageDimensions": ".predefined_package_dimensions",
    "RateItem": ".rate_item",
    "RateItemID": ".rate_item_id",
    "RateItemType": ".rate_item_type",
    "RejectedShippingService": ".rejected_shipping_service",
    "SellerInputDefinition": ".seller_input_definition",
    "Shipment": ".shipment",
    "ShipmentRequestDetails": ".shipment_request_details",
    "ShipmentStatus": ".shipment_status",
    "ShippingOfferingFilter": ".shipping_offering_filter",
    "ShippingService": ".shipping_service",
    "ShippingServiceOptions": ".shipping_service_options",
    "StandardIdForLabel": ".standard_id_for_label",
    "TemporarilyUnavailableCarrier": ".temporarily_unavailable_carrier",
    "TermsAndConditionsNotAcceptedCarrier": ".terms_and_conditions_not_accepted_carrier",
    "UnitOfLength": ".unit_of_length",
    "UnitOfWeight": ".unit_of_weight",
    "Weight": ".weight",
}

__all__ = (
    "AdditionalInputs",
    "AdditionalSellerInput",
    "AdditionalSellerInputs",
    "Address",
    "AvailableCarrierWillPickUpOption",
    "AvailableDeliveryExperienceOption",
    "AvailableShippingServiceOptions",
    "Benefits",
    "CancelShipmentResponse",
    "CarrierWillPickUpOption",
    "Constraint",
    "CreateShipmentRequest",
    "CreateShipmentResponse",
    "CurrencyAmount",
    "DangerousGoodsDetails",
    "DangerousGoodsDetailsPackingGroup",
    "DangerousGoodsDetailsPackingInstruction",
    "DeliveryExperienceOption",
    "DeliveryExperienceType",
    "Error",
    "ExcludedBenefit",
    "FileContents",
    "FileType",
    "GetAdditionalSellerInputsRequest",
    "GetAdditionalSellerInputsResponse",
    "GetAdditionalSellerInputsResult",
    "GetEligibleShipmentServicesRequest",
    "GetEligibleShipmentServicesResponse",
    "GetEligibleShipmentServicesResult",
    "GetShipmentResponse",
    "HazmatType",
    "InputTargetType",
    "Item",
    "ItemLevelFields",
    "Label",
    "LabelCustomization",
    "LabelDimensions",
    "LabelFormat",
    "LabelFormatOption",
    "LabelFormatOptionRequest",
    "Length",
    "LiquidVolume",
    "LiquidVolumeUnit",
    "PackageDimensions",
    "PredefinedPackageDimensions",
    "RateItem",
    "RateItemID",
    "RateItemType",
    "RejectedShippingService",
    "SellerInputDefinition",
    "Shipment",
    "ShipmentRequestDetails",
    "ShipmentStatus",
    "ShippingOfferingFilter",
    "ShippingService",
    "ShippingServiceOptions",
    "StandardIdForLabel",
    "TemporarilyUnavailableCarrier",
    "TermsAndConditionsNotAcceptedCarrier",
    "UnitOfLength",
    "UnitOfWeight",
    "Weight",
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

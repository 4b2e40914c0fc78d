"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .additional_location_info import AdditionalLocationInfo
    from .address import Address
    from .amount import Amount
    from .amount_unit_of_measure import AmountUnitOfMeasure
    from .cancel_fulfillment_order_response import CancelFulfillmentOrderResponse
    from .cod_settings import CODSettings
    from .create_fulfillment_order_item import CreateFulfillmentOrderItem
    from .create_fulfillment_order_request import CreateFulfillmentOrderRequest
    from .create_fulfillment_order_response import CreateFulfillmentOrderResponse
    from .create_fulfillment_return_request import CreateFulfillmentReturnRequest
    from .create_fulfillment_return_response import CreateFulfillmentReturnResponse
    from .create_fulfillment_return_result import CreateFulfillmentReturnResult
    from .create_return_item import CreateReturnItem
    from .current_status import CurrentStatus
    from .date_range import DateRange
    from .delivery_document import DeliveryDocument
    from .delivery_information import DeliveryInformation
    from .delivery_message import DeliveryMessage
    from .delivery_offer import DeliveryOffer
    from .delivery_policy import DeliveryPolicy
    from .delivery_preferences import DeliveryPreferences
    from .delivery_window import DeliveryWindow
    from .destination import Destination
    from .drop_off_location import DropOffLocation
    from .drop_off_location_attributes import DropOffLocationAttributes
    from .drop_off_location_type import DropOffLocationType
    from .error import Error
    from .event_code import EventCode
    from .feature import Feature
    from .feature_settings import FeatureSettings
    from .feature_settings_feature_fulfillment_policy import (
        FeatureSettingsFeatureFulfillmentPolicy,
    )
    from .feature_sku import FeatureSku
    from .fee import Fee
    from .fee_name import FeeName
    from .fulfillment_action import FulfillmentAction
    from .fulfillment_order import FulfillmentOrder
    from .fulfillment_order_item import FulfillmentOrderItem
    from .fulfillment_order_status import FulfillmentOrderStatus
    from .fulfillment_policy import FulfillmentPolicy
    from .fulfillment_preview import FulfillmentPreview
    from .fulfillment_preview_item import FulfillmentPreviewItem
    from .fulfillment_preview_item_shipping_weight_calculation_method import (
        FulfillmentPreviewItemShippingWeightCalculationMethod,
    )
    from .fulfillment_preview_shipment import FulfillmentPreviewShipment
    from .fulfillment_return_item_status import FulfillmentReturnItemStatus
    from .fulfillment_shipment import FulfillmentShipment
    from .fulfillment_shipment_fulfillment_shipment_status import (
        FulfillmentShipmentFulfillmentShipmentStatus,
    )
    from .fulfillment_shipment_item import FulfillmentShipmentItem
    from .fulfillment_shipment_package import FulfillmentShipmentPackage
    from .get_delivery_offers_product import GetDeliveryOffersProduct
    from .get_delivery_offers_request import GetDeliveryOffersRequest
    from .get_delivery_offers_response import GetDeliveryOffersResponse
    from .get_delivery_offers_result import GetDeliveryOffersResult
    from .get_delivery_offers_terms import GetDeliveryOffersTerms
    from .get_feature_inventory_response import GetFeatureInventoryResponse
    from .get_feature_inventory_result import GetFeatureInventoryResult
    from .get_feature_sku_response import GetFeatureSkuResponse
    from .get_feature_sku_result import GetFeatureSkuResult
    from .get_features_response import GetFeaturesResponse
    from .get_features_result import GetFeaturesResult
    from .get_fulfillment_order_response import GetFulfillmentOrderResponse
    from .get_fulfillment_order_result import GetFulfillmentOrderResult
    from .get_fulfillment_preview_item import GetFulfillmentPreviewItem
    from .get_fulfillment_preview_request import GetFulfillmentPreviewRequest
    from .get_fulfillment_preview_response import GetFulfillmentPreviewResponse
    from .get_fulfillment_preview_result import GetFulfillmentPreviewResult
    from .get_package_tracking_details_response import GetPackageTrackingDetailsResponse
    from .invalid_item_reason import InvalidItemReason
    from .invalid_item_reason_code import InvalidItemReasonCode
    from .invalid_return_item import InvalidReturnItem
    from .list_all_fulfillment_orders_response import ListAllFulfillmentOrdersResponse
    from .list_all_fulfillment_orders_result import ListAllFulfillmentOrdersResult
    from .list_return_reason_codes_response import ListReturnReasonCodesResponse
    from .list_return_reason_codes_result import ListReturnReasonCodesResult
    from .locker_details import LockerDetails
    from .money import Money
    from .origin import Origin
    from .package_tracking_details import PackageTrackingDetails
    from .payment_information import PaymentInformation
    from .product_identifier import ProductIdentifier
    from .reason_code_details import ReasonCodeDetails
    from .return_authorization import ReturnAuthorization
    from .return_item import ReturnItem
    from .return_item_disposition import ReturnItemDisposition
    from .scheduled_delivery_info import ScheduledDeliveryInfo
    from .shipping_speed_category import ShippingSpeedCategory
    from .submit_fulfillment_order_status_update_request import (
        SubmitFulfillmentOrderStatusUpdateRequest,
    )
    from .submit_fulfillment_order_status_update_response import (
        SubmitFulfillmentOrderStatusUpdateResponse,
    )
    from .tracking_address import TrackingAddress
    from .tracking_event import TrackingEvent
    from .unfulfillable_preview_item import UnfulfillablePreviewItem
    from .update_fulfillment_order_item import UpdateFulfillmentOrderItem
    from .update_fulfillment_order_request import UpdateFulfillmentOrderRequest
    from .update_fulfillment_order_response import UpdateFulfillmentOrderResponse
    from .variable_precision_address import VariablePrecisionAddress
    from .weight import Weight
    from .weight_unit import WeightUnit

_MODULES: dict[str, str] = {
    "AdditionalLocationInfo": ".additional_location_info",
    "Address": ".address",
    "Amount": ".amount",
    "AmountUnitOfMeasure": ".amount_unit_of_measure",
    "CancelFulfillmentOrderResponse": ".cancel_fulfillment_order_response",
    "CODSettings": ".cod_settings",
    "CreateFulfillmentOrderItem": ".create_fulfillment_order_item",
    "CreateFulfillmentOrderRequest": ".create_fulfillment_order_request",
    "CreateFulfillmentOrderResponse": ".create_fulfillment_order_response",
    "CreateFulfillmentReturnRequest": ".create_fulfillment_return_request",
    "CreateFulfillmentReturnResponse": ".create_fulfillment_return_response",
    "CreateFulfillmentReturnResult": ".create_fulfillment_return_result",
    "CreateReturnItem": ".create_return_item",
    "CurrentStatus": ".current_status",
    "DateRange": ".date_range",
    "DeliveryDocument": ".delivery_document",
    "DeliveryInformation": ".delivery_information",
    "DeliveryMessage": ".delivery_message",
    "DeliveryOffer": ".delivery_offer",
    "DeliveryPolicy": ".delivery_policy",
    "DeliveryPreferences": ".delivery_preferences",
    "DeliveryWindow": ".delivery_window",
    "Destination": ".destination",
    "DropOffLocation": ".drop_off_location",
    "DropOffLocationAttributes": ".drop_off_location_attributes",
    "DropOffLocationType": ".drop_off_location_type",
    "Error": ".error",
    "EventCode": ".event_code",
    "Feature": ".feature",
    "FeatureSettings": ".feature_settings",
    "FeatureSettingsFeatureFulfillmentPolicy": ".feature_settings_feature_fulfillment_policy",
    "FeatureSku": ".feature_sku",
    "Fee": ".fee",
    "FeeName": ".fee_name",
    "FulfillmentAction": ".fulfillment_action",
    "FulfillmentOrder": ".fulfillment_order",
    "FulfillmentOrderItem": ".fulfillment_order_item",
    "FulfillmentOrderStatus": ".fulfillment_order_status",
    "FulfillmentPolicy": ".fulfillment_policy",
    "FulfillmentPreview": ".fulfillment_preview",
    "FulfillmentPreviewItem": ".fulfillment_preview_item",
    "FulfillmentPreviewItemShippingWeightCalculationMethod": ".fulfillment_preview_item_shipping_weight_calculation_method",
    "FulfillmentPreviewShipment": ".fulfillment_preview_shipment",
    "FulfillmentReturnItemStatus": ".fulfillment_return_item_status",
    "FulfillmentShipment": ".fulfillment_shipment",
    "FulfillmentShipmentFulfillmentShipmentStatus": ".fulfillment_shipment_fulfillment_shipment_status",
    "FulfillmentShipmentItem": ".fulfillment_shipment_item",
    "FulfillmentShipmentPackage": ".fulfillment_shipment_package",
    "GetDeliveryOffersProduct": ".get_delivery_offers_product",
    "GetDeliveryOffersRequest": ".get_delivery_offers_request",
    "GetDeliveryOffersResponse": ".get_delivery_offers_response",
    "GetDeliveryOffersResult": ".get_delivery_offers_result",
    "GetDeliveryOffersTerms": ".get_delivery_offers_terms",
    "GetFeatureInventoryResponse": ".get_feature_inventory_response",
    "GetFeatureInventoryResult": ".get_feature_inventory_result",
    "GetFeatureSkuResponse": ".get_feature_sku_response",
    "GetFeatureSkuResult": ".get_feature_sku_result",
    "GetFeaturesResponse": ".get_features_response",
    "GetFeaturesResult": ".get_features_result",
    "GetFulfillmentOrderResponse": ".get_fulfillment_order_response",
    "GetFulfillmentOrderResult": ".get_fulfillment_order_result",
    "GetFulfillmentPreviewItem": ".get_fulfillment_preview_item",
    "GetFulfillmentPreviewRequest": ".get_fulfillment_preview_request",
    "GetFulfillmentPreviewResponse": ".get_fulfillment_preview_response",
    "GetFulfillmentPreviewResult": ".get_fulfillment_preview_result",
    "GetPackageTrackingDetailsResponse": ".get_package_tracking_details_response",
    "InvalidItemReason": ".invalid_item_reason",
    "InvalidItemReasonCode": ".invalid_item_reason_code",
    "InvalidReturnItem": ".invalid_return_item",
    "ListAllFulfillmentOrdersResponse": ".list_all_fulfillment_orders_response",
    "ListAllFulfillmentOrdersResult": ".list_all_fulfillment_orders_result",
    "ListReturnReasonCodesResponse": ".list_return_reason_codes_response",
    "ListReturnReasonCodesResult": ".list_return_reason_codes_result",
    "LockerDetails": ".locker_details",
    "Money": ".money",
    "Origin": ".origin",
    "PackageTrackingDetails": ".package_tracking_details",
    "PaymentInformation": ".payment_information",
    "ProductIdentifier": ".product_identifier",
    "ReasonCodeDetails": ".reason_code_details",
    "ReturnAuthorization": ".return_authorization",
    "ReturnItem": ".return_item",
    "ReturnItemDisposition": ".return_item_disposition",
    "ScheduledDeliveryInfo": ".scheduled_delivery_info",
    "ShippingSpeedCategory": ".shipping_speed_category",
    "SubmitFulfillmentOrderStatusUpdateRequest": ".submit_fulfillment_order_status_update_request",
    "SubmitFulfillmentOrderStatusUpdateResponse": ".submit_fulfillment_order_status_update_response",
    "TrackingAddress": ".tracking_address",
    "TrackingEvent": ".tracking_event",
    "UnfulfillablePreviewItem": ".unfulfillable_preview_item",
    "UpdateFulfillmentOrderItem": ".update_fulfillment_order_item",
    "UpdateFulfillmentOrderRequest": ".update_fulfillment_order_request",
    "UpdateFulfillmentOrderResponse": ".update_fulfillment_order_response",
    "VariablePrecisionAddress": ".variable_precision_address",
    "Weight": ".weight",
    "WeightUnit": ".weight_unit",
}

__all__ = (
    "AdditionalLocationInfo",
    "Address",
    "Amount",
    "AmountUnitOfMeasure",
    "CODSettings",
    "CancelFulfillmentOrderResponse",
    "CreateFulfillmentOrderItem",
    "CreateFulfillmentOrderRequest",
    "CreateFulfillmentOrderResponse",
    "CreateFulfillmentReturnRequest",
    "CreateFulfillmentReturnResponse",
    "CreateFulfillmentReturnResult",
    "CreateReturnItem",
    "CurrentStatus",
    "DateRange",
    "DeliveryDocument",
    "DeliveryInformation",
    "DeliveryMessage",
    "DeliveryOffer",
    "DeliveryPolicy",
    "DeliveryPreferences",
    "DeliveryWindow",
    "Destination",
    "DropOffLocation",
    "DropOffLocationAttributes",
    "DropOffLocationType",
    "Error",
    "EventCode",
    "Feature",
    "FeatureSettings",
    "FeatureSettingsFeatureFulfillmentPolicy",
    "FeatureSku",
    "Fee",
    "FeeName",
    "FulfillmentAction",
    "FulfillmentOrder",
    "FulfillmentOrderItem",
    "FulfillmentOrderStatus",
    "FulfillmentPolicy",
    "FulfillmentPreview",
    "FulfillmentPreviewItem",
    "FulfillmentPreviewItemShippingWeightCalculationMethod",
    "FulfillmentPreviewShipment",
    "FulfillmentReturnItemStatus",
    "FulfillmentShipment",
    "FulfillmentShipmentFulfillmentShipmentStatus",
    "FulfillmentShipmentItem",
    "FulfillmentShipmentPackage",
    "GetDeliveryOffersProduct",
    "GetDeliveryOffersRequest",
    "GetDeliveryOffersResponse",
    "GetDeliveryOffersResult",
    "GetDeliveryOffersTerms",
    "GetFeatureInventoryResponse",
    "GetFeatureInventoryResult",
    "GetFeatureSkuResponse",
    "GetFeatureSkuResult",
    "GetFeaturesResponse",
    "GetFeaturesResult",
    "GetFulfillmentOrderResponse",
    "GetFulfillmentOrderResult",
    "GetFulfillmentPreviewItem",
    "GetFulfillmentPreviewRequest",
    "GetFulfillmentPreviewResponse",
    "GetFulfillmentPreviewResult",
    "GetPackageTrackingDetailsResponse",
    "InvalidItemReason",
    "InvalidItemReasonCode",
    "InvalidReturnItem",
    "ListAllFulfillmentOrdersResponse",
    "ListAllFulfillmentOrdersResult",
    "ListReturnReasonCodesResponse",
    "ListReturnReasonCodesResult",
    "LockerDetails",
    "Money",
    "Origin",
    "PackageTrackingDetails",
    "PaymentInformation",
    "ProductIdentifier",
    "ReasonCodeDetails",
    "ReturnAuthorization",
    "ReturnItem",
    "ReturnItemDisposition",
    "ScheduledDeliveryInfo",
    "ShippingSpeedCategory",
    "SubmitFulfillmentOrderStatusUpdateRequest",
    "SubmitFulfillmentOrderStatusUpdateResponse",
    "TrackingAddress",
    "TrackingEvent",
    "UnfulfillablePreviewItem",
    "UpdateFulfillmentOrderItem",
    "UpdateFulfillmentOrderRequest",
    "UpdateFulfillmentOrderResponse",
    "VariablePrecisionAddress",
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

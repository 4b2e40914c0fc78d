"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .additional_services import AdditionalServices
    from .address import Address
    from .amazon_facility import AmazonFacility
    from .amazon_tracking import AmazonTracking
    from .amount import Amount
    from .cancel_order_response import CancelOrderResponse
    from .carrier_tracking import CarrierTracking
    from .constraint import Constraint
    from .constraint_detail import ConstraintDetail
    from .create_order_accepted_response import CreateOrderAcceptedResponse
    from .create_order_line_item import CreateOrderLineItem
    from .create_order_request import CreateOrderRequest
    from .create_order_response import CreateOrderResponse
    from .delivery_service import DeliveryService
    from .error import Error
    from .error_list import ErrorList
    from .estimated_price import EstimatedPrice
    from .fulfillment_order import FulfillmentOrder
    from .get_offers_request import GetOffersRequest
    from .get_offers_response import GetOffersResponse
    from .get_order_preview_request import GetOrderPreviewRequest
    from .get_order_preview_response import GetOrderPreviewResponse
    from .get_order_response import GetOrderResponse
    from .get_order_shipments import GetOrderShipments
    from .line_item_fulfillment_configuration import LineItemFulfillmentConfiguration
    from .list_orders_response import ListOrdersResponse
    from .list_orders_shipments import ListOrdersShipments
    from .money import Money
    from .offer_destination import OfferDestination
    from .offer_fulfillment_configuration import OfferFulfillmentConfiguration
    from .offer_item import OfferItem
    from .offer_option import OfferOption
    from .offer_option_fulfillment_configuration import (
        OfferOptionFulfillmentConfiguration,
    )
    from .offer_result import OfferResult
    from .offer_service_level import OfferServiceLevel
    from .order_destination import OrderDestination
    from .order_drop_off_location import OrderDropOffLocation
    from .order_drop_off_location_attributes import OrderDropOffLocationAttributes
    from .order_fulfillment_configuration import OrderFulfillmentConfiguration
    from .order_line_item import OrderLineItem
    from .order_line_item_delivery_service import OrderLineItemDeliveryService
    from .order_line_item_packaging_service import OrderLineItemPackagingService
    from .order_line_item_payment_on_delivery import OrderLineItemPaymentOnDelivery
    from .order_line_item_services import OrderLineItemServices
    from .order_origin import OrderOrigin
    from .order_packing_slip import OrderPackingSlip
    from .order_packing_slip_template_attributes import (
        OrderPackingSlipTemplateAttributes,
    )
    from .order_product import OrderProduct
    from .order_response_fulfillment_configuration import (
        OrderResponseFulfillmentConfiguration,
    )
    from .order_services import OrderServices
    from .package import Package
    from .packaging_service import PackagingService
    from .pagination import Pagination
    from .payment import Payment
    from .payment_information import PaymentInformation
    from .preview_delivery_offer import PreviewDeliveryOffer
    from .preview_delivery_service import PreviewDeliveryService
    from .preview_destination import PreviewDestination
    from .preview_fulfillment_configuration import PreviewFulfillmentConfiguration
    from .preview_line_item import PreviewLineItem
    from .preview_offer_fulfillment_configuration import (
        PreviewOfferFulfillmentConfiguration,
    )
    from .preview_offer_service_level import PreviewOfferServiceLevel
    from .preview_offer_services import PreviewOfferServices
    from .preview_packaging_service import PreviewPackagingService
    from .preview_planned_shipment import PreviewPlannedShipment
    from .preview_planned_shipment_item import PreviewPlannedShipmentItem
    from .preview_product import PreviewProduct
    from .preview_service_level import PreviewServiceLevel
    from .preview_services import PreviewServices
    from .product_identifier import ProductIdentifier
    from .proof_of_delivery import ProofOfDelivery
    from .rollup_price import RollupPrice
    from .service_level import ServiceLevel
    from .shipment import Shipment
    from .shipment_item import ShipmentItem
    from .shipment_service_level import ShipmentServiceLevel
    from .time_interval import TimeInterval
    from .tracking import Tracking
    from .unit_identifiers import UnitIdentifiers
    from .update_order_fulfillment_configuration import (
        UpdateOrderFulfillmentConfiguration,
    )
    from .update_order_request import UpdateOrderRequest
    from .update_order_response import UpdateOrderResponse
    from .update_order_status_request import UpdateOrderStatusRequest
    from .update_package_request import UpdatePackageRequest
    from .variable_precision_address import VariablePrecisionAddress
    from .weight import Weight

_MODULES: dict[str, str] = {
    "AdditionalServices": ".additional_services",
    "Address": ".address",
    "AmazonFacility": ".amazon_facility",
    "AmazonTracking": ".amazon_tracking",
    "Amount": ".amount",
    "CancelOrderResponse": ".cancel_order_response",
    "CarrierTracking": ".carrier_tracking",
    "Constraint": ".constraint",
    "ConstraintDetail": ".constraint_detail",
    "CreateOrderAcceptedResponse": ".create_order_accepted_response",
    "CreateOrderLineItem": ".create_order_line_item",
    "CreateOrderRequest": ".create_order_request",
    "CreateOrderResponse": ".create_order_response",
    "DeliveryService": ".delivery_service",
    "Error": ".error",
    "ErrorList": ".error_list",
    "EstimatedPrice": ".estimated_price",
    "FulfillmentOrder": ".fulfillment_order",
    "GetOffersRequest": ".get_offers_request",
    "GetOffersResponse": ".get_offers_response",
    "GetOrderPreviewRequest": ".get_order_preview_request",
    "GetOrderPreviewResponse": ".get_order_preview_response",
    "GetOrderResponse": ".get_order_response",
    "GetOrderShipments": ".get_order_shipments",
    "LineItemFulfillmentConfiguration": ".line_item_fulfillment_configuration",
    "ListOrdersResponse": ".list_orders_response",
    "ListOrdersShipments": ".list_orders_shipments",
    "Money": ".money",
    "OfferDestination": ".offer_destination",
    "OfferFulfillmentConfiguration": ".offer_fulfillment_configuration",
    "OfferItem": ".offer_item",
    "OfferOption": ".offer_option",
    "OfferOptionFulfillmentConfiguration": ".offer_option_fulfillment_configuration",
    "OfferResult": ".offer_result",
    "OfferServiceLevel": ".offer_service_level",
    "OrderDestination": ".order_destination",
    "OrderDropOffLocation": ".order_drop_off_location",
    "OrderDropOffLocationAttributes": ".order_drop_off_location_attributes",
    "OrderFulfillmentConfiguration": ".order_fulfillment_configuration",
    "OrderLineItem": ".order_line_item",
    "OrderLineItemDeliveryService": ".order_line_item_delivery_service",
    "OrderLineItemPackagingService": ".order_line_item_packaging_service",
    "OrderLineItemPaymentOnDelivery": ".order_line_item_payment_on_delivery",
    "OrderLineItemServices": ".order_line_item_services",
    "OrderOrigin": ".order_origin",
    "OrderPackingSlip": ".order_packing_slip",
    "OrderPackingSlipTemplateAttributes": ".order_packing_slip_template_attributes",
    "OrderProduct": ".order_product",
    "OrderResponseFulfillmentConfiguration": ".order_response_fulfillment_configuration",
    "OrderServices": ".order_services",
    "Package": ".package",
    "PackagingService": ".packaging_service",
    "Pagination": ".pagination",
    "Payment": ".payment",
    "PaymentInformation": ".payment_information",
    "PreviewDeliveryOffer": ".preview_delivery_offer",
    "PreviewDeliveryService": ".preview_delivery_service",
    "PreviewDestination": ".preview_destination",
    "PreviewFulfillmentConfiguration": ".preview_fulfillment_configuration",
    "PreviewLineItem": ".preview_line_item",
    "PreviewOfferFulfillmentConfiguration": ".preview_offer_fulfillment_configuration",
    "PreviewOfferServiceLevel": ".preview_offer_service_level",
    "PreviewOfferServices": ".preview_offer_services",
    "PreviewPackagingService": ".preview_packaging_service",
    "PreviewPlannedShipment": ".preview_planned_shipment",
    "PreviewPlannedShipmentItem": ".preview_planned_shipment_item",
    "PreviewProduct": ".preview_product",
    "PreviewServiceLevel": ".preview_service_level",
    "PreviewServices": ".preview_services",
    "ProductIdentifier": ".product_identifier",
    "ProofOfDelivery": ".proof_of_delivery",
    "RollupPrice": ".rollup_price",
    "ServiceLevel": ".service_level",
    "Shipment": ".shipment",
    "ShipmentItem": ".shipment_item",
    "ShipmentServiceLevel": ".shipment_service_level",
    "TimeInterval": ".time_interval",
    "Tracking": ".tracking",
    "UnitIdentifiers": ".unit_identifiers",
    "UpdateOrderFulfillmentConfiguration": ".update_order_fulfillment_configuration",
    "UpdateOrderRequest": ".update_order_request",
    "UpdateOrderResponse": ".update_order_response",
    "UpdateOrderStatusRequest": ".update_order_status_request",
    "UpdatePackageRequest": ".update_package_request",
    "VariablePrecisionAddress": ".variable_precision_address",
    "Weight": ".weight",
}

__all__ = (
    "AdditionalServices",
    "Address",
    "AmazonFacility",
    "AmazonTracking",
    "Amount",
    "CancelOrderResponse",
    "CarrierTracking",
    "Constraint",
    "ConstraintDetail",
    "CreateOrderAcceptedResponse",
    "CreateOrderLineItem",
    "CreateOrderRequest",
    "CreateOrderResponse",
    "DeliveryService",
    "Error",
    "ErrorList",
    "EstimatedPrice",
    "FulfillmentOrder",
    "GetOffersRequest",
    "GetOffersResponse",
    "GetOrderPreviewRequest",
    "GetOrderPreviewResponse",
    "GetOrderResponse",
    "GetOrderShipments",
    "LineItemFulfillmentConfiguration",
    "ListOrdersResponse",
    "ListOrdersShipments",
    "Money",
    "OfferDestination",
    "OfferFulfillmentConfiguration",
    "OfferItem",
    "OfferOption",
    "OfferOptionFulfillmentConfiguration",
    "OfferResult",
    "OfferServiceLevel",
    "OrderDestination",
    "OrderDropOffLocation",
    "OrderDropOffLocationAttributes",
    "OrderFulfillmentConfiguration",
    "OrderLineItem",
    "OrderLineItemDeliveryService",
    "OrderLineItemPackagingService",
    "OrderLineItemPaymentOnDelivery",
    "OrderLineItemServices",
    "OrderOrigin",
    "OrderPackingSlip",
    "OrderPackingSlipTemplateAttributes",
    "OrderProduct",
    "OrderResponseFulfillmentConfiguration",
    "OrderServices",
    "Package",
    "PackagingService",
    "Pagination",
    "Payment",
    "PaymentInformation",
    "PreviewDeliveryOffer",
    "PreviewDeliveryService",
    "PreviewDestination",
    "PreviewFulfillmentConfiguration",
    "PreviewLineItem",
    "PreviewOfferFulfillmentConfiguration",
    "PreviewOfferServiceLevel",
    "PreviewOfferServices",
    "PreviewPackagingService",
    "PreviewPlannedShipment",
    "PreviewPlannedShipmentItem",
    "PreviewProduct",
    "PreviewServiceLevel",
    "PreviewServices",
    "ProductIdentifier",
    "ProofOfDelivery",
    "RollupPrice",
    "ServiceLevel",
    "Shipment",
    "ShipmentItem",
    "ShipmentServiceLevel",
    "TimeInterval",
    "Tracking",
    "UnitIdentifiers",
    "UpdateOrderFulfillmentConfiguration",
    "UpdateOrderRequest",
    "UpdateOrderResponse",
    "UpdateOrderStatusRequest",
    "UpdatePackageRequest",
    "VariablePrecisionAddress",
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

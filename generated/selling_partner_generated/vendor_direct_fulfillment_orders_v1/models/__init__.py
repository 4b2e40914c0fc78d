"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acknowledgement_status import AcknowledgementStatus
    from .address import Address
    from .error import Error
    from .get_order_response import GetOrderResponse
    from .get_orders_response import GetOrdersResponse
    from .get_orders_sort_order import GetOrdersSortOrder
    from .get_orders_status import GetOrdersStatus
    from .gift_details import GiftDetails
    from .item_quantity import ItemQuantity
    from .item_quantity_unit_of_measure import ItemQuantityUnitOfMeasure
    from .money import Money
    from .order import Order
    from .order_acknowledgement_item import OrderAcknowledgementItem
    from .order_details import OrderDetails
    from .order_details_order_status import OrderDetailsOrderStatus
    from .order_details_tax_total import OrderDetailsTaxTotal
    from .order_item import OrderItem
    from .order_item_acknowledgement import OrderItemAcknowledgement
    from .order_item_tax_details import OrderItemTaxDetails
    from .order_list import OrderList
    from .pagination import Pagination
    from .party_identification import PartyIdentification
    from .scheduled_delivery_shipment import ScheduledDeliveryShipment
    from .shipment_dates import ShipmentDates
    from .shipment_details import ShipmentDetails
    from .submit_acknowledgement_request import SubmitAcknowledgementRequest
    from .submit_acknowledgement_response import SubmitAcknowledgementResponse
    from .tax_details import TaxDetails
    from .tax_details_type import TaxDetailsType
    from .tax_registration_details import TaxRegistrationDetails
    from .tax_registration_details_tax_registration_type import (
        TaxRegistrationDetailsTaxRegistrationType,
    )
    from .transaction_id import TransactionId

_MODULES: dict[str, str] = {
    "AcknowledgementStatus": ".acknowledgement_status",
    "Address": ".address",
    "Error": ".error",
    "GetOrderResponse": ".get_order_response",
    "GetOrdersResponse": ".get_orders_response",
    "GetOrdersSortOrder": ".get_orders_sort_order",
    "GetOrdersStatus": ".get_orders_status",
    "GiftDetails": ".gift_details",
    "ItemQuantity": ".item_quantity",
    "ItemQuantityUnitOfMeasure": ".item_quantity_unit_of_measure",
    "Money": ".money",
    "Order": ".order",
    "OrderAcknowledgementItem": ".order_acknowledgement_item",
    "OrderDetails": ".order_details",
    "OrderDetailsOrderStatus": ".order_details_order_status",
    "OrderDetailsTaxTotal": ".order_details_tax_total",
    "OrderItem": ".order_item",
    "OrderItemAcknowledgement": ".order_item_acknowledgement",
    "OrderItemTaxDetails": ".order_item_tax_details",
    "OrderList": ".order_list",
    "Pagination": ".pagination",
    "PartyIdentification": ".party_identification",
    "ScheduledDeliveryShipment": ".scheduled_delivery_shipment",
    "ShipmentDates": ".shipment_dates",
    "ShipmentDetails": ".shipment_details",
    "SubmitAcknowledgementRequest": ".submit_acknowledgement_request",
    "SubmitAcknowledgementResponse": ".submit_acknowledgement_response",
    "TaxDetails": ".tax_details",
    "TaxDetailsType": ".tax_details_type",
    "TaxRegistrationDetails": ".tax_registration_details",
    "TaxRegistrationDetailsTaxRegistrationType": ".tax_registration_details_tax_registration_type",
    "TransactionId": ".transaction_id",
}

__all__ = (
    "AcknowledgementStatus",
    "Address",
    "Error",
    "GetOrderResponse",
    "GetOrdersResponse",
    "GetOrdersSortOrder",
    "GetOrdersStatus",
    "GiftDetails",
    "ItemQuantity",
    "ItemQuantityUnitOfMeasure",
    "Money",
    "Order",
    "OrderAcknowledgementItem",
    "OrderDetails",
    "OrderDetailsOrderStatus",
    "OrderDetailsTaxTotal",
    "OrderItem",
    "OrderItemAcknowledgement",
    "OrderItemTaxDetails",
    "OrderList",
    "Pagination",
    "PartyIdentification",
    "ScheduledDeliveryShipment",
    "ShipmentDates",
    "ShipmentDetails",
    "SubmitAcknowledgementRequest",
    "SubmitAcknowledgementResponse",
    "TaxDetails",
    "TaxDetailsType",
    "TaxRegistrationDetails",
    "TaxRegistrationDetailsTaxRegistrationType",
    "TransactionId",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acknowledgement_status_details import AcknowledgementStatusDetails
    from .address import Address
    from .error import Error
    from .get_purchase_order_response import GetPurchaseOrderResponse
    from .get_purchase_orders_po_item_state import GetPurchaseOrdersPoItemState
    from .get_purchase_orders_purchase_order_state import (
        GetPurchaseOrdersPurchaseOrderState,
    )
    from .get_purchase_orders_response import GetPurchaseOrdersResponse
    from .get_purchase_orders_sort_order import GetPurchaseOrdersSortOrder
    from .get_purchase_orders_status_item_confirmation_status import (
        GetPurchaseOrdersStatusItemConfirmationStatus,
    )
    from .get_purchase_orders_status_item_receive_status import (
        GetPurchaseOrdersStatusItemReceiveStatus,
    )
    from .get_purchase_orders_status_purchase_order_status import (
        GetPurchaseOrdersStatusPurchaseOrderStatus,
    )
    from .get_purchase_orders_status_response import GetPurchaseOrdersStatusResponse
    from .get_purchase_orders_status_sort_order import GetPurchaseOrdersStatusSortOrder
    from .import_details import ImportDetails
    from .import_details_international_commercial_terms import (
        ImportDetailsInternationalCommercialTerms,
    )
    from .import_details_method_of_payment import ImportDetailsMethodOfPayment
    from .item_quantity import ItemQuantity
    from .item_quantity_unit_of_measure import ItemQuantityUnitOfMeasure
    from .money import Money
    from .money_unit_of_measure import MoneyUnitOfMeasure
    from .order import Order
    from .order_acknowledgement import OrderAcknowledgement
    from .order_acknowledgement_item import OrderAcknowledgementItem
    from .order_details import OrderDetails
    from .order_details_payment_method import OrderDetailsPaymentMethod
    from .order_details_purchase_order_type import OrderDetailsPurchaseOrderType
    from .order_item import OrderItem
    from .order_item_acknowledgement import OrderItemAcknowledgement
    from .order_item_acknowledgement_acknowledgement_code import (
        OrderItemAcknowledgementAcknowledgementCode,
    )
    from .order_item_acknowledgement_rejection_reason import (
        OrderItemAcknowledgementRejectionReason,
    )
    from .order_item_status import OrderItemStatus
    from .order_item_status_acknowledgement_status import (
        OrderItemStatusAcknowledgementStatus,
    )
    from .order_item_status_acknowledgement_status_confirmation_status import (
        OrderItemStatusAcknowledgementStatusConfirmationStatus,
    )
    from .order_item_status_ordered_quantity import OrderItemStatusOrderedQuantity
    from .order_item_status_receiving_status import OrderItemStatusReceivingStatus
    from .order_item_status_receiving_status_receive_status import (
        OrderItemStatusReceivingStatusReceiveStatus,
    )
    from .order_list import OrderList
    from .order_list_status import OrderListStatus
    from .order_purchase_order_state import OrderPurchaseOrderState
    from .order_status import OrderStatus
    from .order_status_purchase_order_status import OrderStatusPurchaseOrderStatus
    from .ordered_quantity_details import OrderedQuantityDetails
    from .pagination import Pagination
    from .party_identification import PartyIdentification
    from .submit_acknowledgement_request import SubmitAcknowledgementRequest
    from .submit_acknowledgement_response import SubmitAcknowledgementResponse
    from .tax_registration_details import TaxRegistrationDetails
    from .tax_registration_details_tax_registration_type import (
        TaxRegistrationDetailsTaxRegistrationType,
    )
    from .transaction_id import TransactionId

_MODULES: dict[str, str] = {
    "AcknowledgementStatusDetails": ".acknowledgement_status_details",
    "Address": ".address",
    "Error": ".error",
    "GetPurchaseOrderResponse": ".get_purchase_order_response",
    "GetPurchaseOrdersPoItemState": ".get_purchase_orders_po_item_state",
    "GetPurchaseOrdersPurchaseOrderState": ".get_purchase_orders_purchase_order_state",
    "GetPurchaseOrdersResponse": ".get_purchase_orders_response",
    "GetPurchaseOrdersSortOrder": ".get_purchase_orders_sort_order",
    "GetPurchaseOrdersStatusItemConfirmationStatus": ".get_purchase_orders_status_item_confirmation_status",
    "GetPurchaseOrdersStatusItemReceiveStatus": ".get_purchase_orders_status_item_receive_status",
    "GetPurchaseOrdersStatusPurchaseOrderStatus": ".get_purchase_orders_status_purchase_order_status",
    "GetPurchaseOrdersStatusResponse": ".get_purchase_orders_status_response",
    "GetPurchaseOrdersStatusSortOrder": ".get_purchase_orders_status_sort_order",
    "ImportDetails": ".import_details",
    "ImportDetailsInternationalCommercialTerms": ".import_details_international_commercial_terms",
    "ImportDetailsMethodOfPayment": ".import_details_method_of_payment",
    "ItemQuantity": ".item_quantity",
    "ItemQuantityUnitOfMeasure": ".item_quantity_unit_of_measure",
    "Money": ".money",
    "MoneyUnitOfMeasure": ".money_unit_of_measure",
    "Order": ".order",
    "OrderAcknowledgement": ".order_acknowledgement",
    "OrderAcknowledgementItem": ".order_acknowledgement_item",
    "OrderDetails": ".order_details",
    "OrderDetailsPaymentMethod": ".order_details_payment_method",
    "OrderDetailsPurchaseOrderType": ".order_details_purchase_order_type",
    "OrderItem": ".order_item",
    "OrderItemAcknowledgement": ".order_item_acknowledgement",
    "OrderItemAcknowledgementAcknowledgementCode": ".order_item_acknowledgement_acknowledgement_code",
    "OrderItemAcknowledgementRejectionReason": ".order_item_acknowledgement_rejection_reason",
    "OrderItemStatus": ".order_item_status",
    "OrderItemStatusAcknowledgementStatus": ".order_item_status_acknowledgement_status",
    "OrderItemStatusAcknowledgementStatusConfirmationStatus": ".order_item_status_acknowledgement_status_confirmation_status",
    "OrderItemStatusOrderedQuantity": ".order_item_status_ordered_quantity",
    "OrderItemStatusReceivingStatus": ".order_item_status_receiving_status",
    "OrderItemStatusReceivingStatusReceiveStatus": ".order_item_status_receiving_status_receive_status",
    "OrderList": ".order_list",
    "OrderListStatus": ".order_list_status",
    "OrderPurchaseOrderState": ".order_purchase_order_state",
    "OrderStatus": ".order_status",
    "OrderStatusPurchaseOrderStatus": ".order_status_purchase_order_status",
    "OrderedQuantityDetails": ".ordered_quantity_details",
    "Pagination": ".pagination",
    "PartyIdentification": ".party_identification",
    "SubmitAcknowledgementRequest": ".submit_acknowledgement_request",
    "SubmitAcknowledgementResponse": ".submit_acknowledgement_response",
    "TaxRegistrationDetails": ".tax_registration_details",
    "TaxRegistrationDetailsTaxRegistrationType": ".tax_registration_details_tax_registration_type",
    "TransactionId": ".transaction_id",
}

__all__ = (
    "AcknowledgementStatusDetails",
    "Address",
    "Error",
    "GetPurchaseOrderResponse",
    "GetPurchaseOrdersPoItemState",
    "GetPurchaseOrdersPurchaseOrderState",
    "GetPurchaseOrdersResponse",
    "GetPurchaseOrdersSortOrder",
    "GetPurchaseOrdersStatusItemConfirmationStatus",
    "GetPurchaseOrdersStatusItemReceiveStatus",
    "GetPurchaseOrdersStatusPurchaseOrderStatus",
    "GetPurchaseOrdersStatusResponse",
    "GetPurchaseOrdersStatusSortOrder",
    "ImportDetails",
    "ImportDetailsInternationalCommercialTerms",
    "ImportDetailsMethodOfPayment",
    "ItemQuantity",
    "ItemQuantityUnitOfMeasure",
    "Money",
    "MoneyUnitOfMeasure",
    "Order",
    "OrderAcknowledgement",
    "OrderAcknowledgementItem",
    "OrderDetails",
    "OrderDetailsPaymentMethod",
    "OrderDetailsPurchaseOrderType",
    "OrderItem",
    "OrderItemAcknowledgement",
    "OrderItemAcknowledgementAcknowledgementCode",
    "OrderItemAcknowledgementRejectionReason",
    "OrderItemStatus",
    "OrderItemStatusAcknowledgementStatus",
    "OrderItemStatusAcknowledgementStatusConfirmationStatus",
    "OrderItemStatusOrderedQuantity",
    "OrderItemStatusReceivingStatus",
    "OrderItemStatusReceivingStatusReceiveStatus",
    "OrderList",
    "OrderListStatus",
    "OrderPurchaseOrderState",
    "OrderStatus",
    "OrderStatusPurchaseOrderStatus",
    "OrderedQuantityDetails",
    "Pagination",
    "PartyIdentification",
    "SubmitAcknowledgementRequest",
    "SubmitAcknowledgementResponse",
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

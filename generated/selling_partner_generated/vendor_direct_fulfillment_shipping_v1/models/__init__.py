"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .container import Container
    from .container_container_type import ContainerContainerType
    from .customer_invoice import CustomerInvoice
    from .customer_invoice_list import CustomerInvoiceList
    from .dimensions import Dimensions
    from .dimensions_unit_of_measure import DimensionsUnitOfMeasure
    from .error import Error
    from .get_customer_invoice_response import GetCustomerInvoiceResponse
    from .get_customer_invoices_response import GetCustomerInvoicesResponse
    from .get_customer_invoices_sort_order import GetCustomerInvoicesSortOrder
    from .get_packing_slip_list_response import GetPackingSlipListResponse
    from .get_packing_slip_response import GetPackingSlipResponse
    from .get_packing_slips_sort_order import GetPackingSlipsSortOrder
    from .get_shipping_label_list_response import GetShippingLabelListResponse
    from .get_shipping_label_response import GetShippingLabelResponse
    from .get_shipping_labels_sort_order import GetShippingLabelsSortOrder
    from .item import Item
    from .item_quantity import ItemQuantity
    from .label_data import LabelData
    from .packed_item import PackedItem
    from .packing_slip import PackingSlip
    from .packing_slip_content_type import PackingSlipContentType
    from .packing_slip_list import PackingSlipList
    from .pagination import Pagination
    from .party_identification import PartyIdentification
    from .shipment_confirmation import ShipmentConfirmation
    from .shipment_details import ShipmentDetails
    from .shipment_details_shipment_status import ShipmentDetailsShipmentStatus
    from .shipment_status_update import ShipmentStatusUpdate
    from .shipping_label import ShippingLabel
    from .shipping_label_label_format import ShippingLabelLabelFormat
    from .shipping_label_list import ShippingLabelList
    from .shipping_label_request import ShippingLabelRequest
    from .status_update_details import StatusUpdateDetails
    from .status_update_details_shipment_schedule import (
        StatusUpdateDetailsShipmentSchedule,
    )
    from .submit_shipment_confirmations_request import (
        SubmitShipmentConfirmationsRequest,
    )
    from .submit_shipment_confirmations_response import (
        SubmitShipmentConfirmationsResponse,
    )
    from .submit_shipment_status_updates_request import (
        SubmitShipmentStatusUpdatesRequest,
    )
    from .submit_shipment_status_updates_response import (
        SubmitShipmentStatusUpdatesResponse,
    )
    from .submit_shipping_labels_request import SubmitShippingLabelsRequest
    from .submit_shipping_labels_response import SubmitShippingLabelsResponse
    from .tax_registration_details import TaxRegistrationDetails
    from .tax_registration_details_tax_registration_type import (
        TaxRegistrationDetailsTaxRegistrationType,
    )
    from .transaction_reference import TransactionReference
    from .weight import Weight
    from .weight_unit_of_measure import WeightUnitOfMeasure

_MODULES: dict[str, str] = {
    "Address": ".address",
    "Container": ".container",
    "ContainerContainerType": ".container_container_type",
    "CustomerInvoice": ".customer_invoice",
    "CustomerInvoiceList": ".customer_invoice_list",
    "Dimensions": ".dimensions",
    "DimensionsUnitOfMeasure": ".dimensions_unit_of_measure",
    "Error": ".error",
    "GetCustomerInvoiceResponse": ".get_customer_invoice_response",
    "GetCustomerInvoicesResponse": ".get_customer_invoices_response",
    "GetCustomerInvoicesSortOrder": ".get_customer_invoices_sort_order",
    "GetPackingSlipListResponse": ".get_packing_slip_list_response",
    "GetPackingSlipResponse": ".get_packing_slip_response",
    "GetPackingSlipsSortOrder": ".get_packing_slips_sort_order",
    "GetShippingLabelListResponse": ".get_shipping_label_list_response",
    "GetShippingLabelResponse": ".get_shipping_label_response",
    "GetShippingLabelsSortOrder": ".get_shipping_labels_sort_order",
    "Item": ".item",
    "ItemQuantity": ".item_quantity",
    "LabelData": ".label_data",
    "PackedItem": ".packed_item",
    "PackingSlip": ".packing_slip",
    "PackingSlipContentType": ".packing_slip_content_type",
    "PackingSlipList": ".packing_slip_list",
    "Pagination": ".pagination",
    "PartyIdentification": ".party_identification",
    "ShipmentConfirmation": ".shipment_confirmation",
    "ShipmentDetails": ".shipment_details",
    "ShipmentDetailsShipmentStatus": ".shipment_details_shipment_status",
    "ShipmentStatusUpdate": ".shipment_status_update",
    "ShippingLabel": ".shipping_label",
    "ShippingLabelLabelFormat": ".shipping_label_label_format",
    "ShippingLabelList": ".shipping_label_list",
    "ShippingLabelRequest": ".shipping_label_request",
    "StatusUpdateDetails": ".status_update_details",
    "StatusUpdateDetailsShipmentSchedule": ".status_update_details_shipment_schedule",
    "SubmitShipmentConfirmationsRequest": ".submit_shipment_confirmations_request",
    "SubmitShipmentConfirmationsResponse": ".submit_shipment_confirmations_response",
    "SubmitShipmentStatusUpdatesRequest": ".submit_shipment_status_updates_request",
    "SubmitShipmentStatusUpdatesResponse": ".submit_shipment_status_updates_response",
    "SubmitShippingLabelsRequest": ".submit_shipping_labels_request",
    "SubmitShippingLabelsResponse": ".submit_shipping_labels_response",
    "TaxRegistrationDetails": ".tax_registration_details",
    "TaxRegistrationDetailsTaxRegistrationType": ".tax_registration_details_tax_registration_type",
    "TransactionReference": ".transaction_reference",
    "Weight": ".weight",
    "WeightUnitOfMeasure": ".weight_unit_of_measure",
}

__all__ = (
    "Address",
    "Container",
    "ContainerContainerType",
    "CustomerInvoice",
    "CustomerInvoiceList",
    "Dimensions",
    "DimensionsUnitOfMeasure",
    "Error",
    "GetCustomerInvoiceResponse",
    "GetCustomerInvoicesResponse",
    "GetCustomerInvoicesSortOrder",
    "GetPackingSlipListResponse",
    "GetPackingSlipResponse",
    "GetPackingSlipsSortOrder",
    "GetShippingLabelListResponse",
    "GetShippingLabelResponse",
    "GetShippingLabelsSortOrder",
    "Item",
    "ItemQuantity",
    "LabelData",
    "PackedItem",
    "PackingSlip",
    "PackingSlipContentType",
    "PackingSlipList",
    "Pagination",
    "PartyIdentification",
    "ShipmentConfirmation",
    "ShipmentDetails",
    "ShipmentDetailsShipmentStatus",
    "ShipmentStatusUpdate",
    "ShippingLabel",
    "ShippingLabelLabelFormat",
    "ShippingLabelList",
    "ShippingLabelRequest",
    "StatusUpdateDetails",
    "StatusUpdateDetailsShipmentSchedule",
    "SubmitShipmentConfirmationsRequest",
    "SubmitShipmentConfirmationsResponse",
    "SubmitShipmentStatusUpdatesRequest",
    "SubmitShipmentStatusUpdatesResponse",
    "SubmitShippingLabelsRequest",
    "SubmitShippingLabelsResponse",
    "TaxRegistrationDetails",
    "TaxRegistrationDetailsTaxRegistrationType",
    "TransactionReference",
    "Weight",
    "WeightUnitOfMeasure",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .carrier_id import CarrierId
    from .container import Container
    from .container_container_type import ContainerContainerType
    from .container_label import ContainerLabel
    from .container_label_format import ContainerLabelFormat
    from .create_container_label_request import CreateContainerLabelRequest
    from .create_container_label_response import CreateContainerLabelResponse
    from .create_shipping_labels_request import CreateShippingLabelsRequest
    from .customer_invoice import CustomerInvoice
    from .customer_invoice_list import CustomerInvoiceList
    from .dimensions import Dimensions
    from .dimensions_unit_of_measure import DimensionsUnitOfMeasure
    from .error import Error
    from .error_list import ErrorList
    from .get_customer_invoices_sort_order import GetCustomerInvoicesSortOrder
    from .get_packing_slips_sort_order import GetPackingSlipsSortOrder
    from .get_shipping_labels_sort_order import GetShippingLabelsSortOrder
    from .item import Item
    from .item_quantity import ItemQuantity
    from .label_data import LabelData
    from .package import Package
    from .packed_item import PackedItem
    from .packing_slip import PackingSlip
    from .packing_slip_content_type import PackingSlipContentType
    from .packing_slip_list import PackingSlipList
    from .pagination import Pagination
    from .party_identification import PartyIdentification
    from .shipment_confirmation import ShipmentConfirmation
    from .shipment_details import ShipmentDetails
    from .shipment_details_shipment_status import ShipmentDetailsShipmentStatus
    from .shipment_schedule import ShipmentSchedule
    from .shipment_status_update import ShipmentStatusUpdate
    from .shipping_label import ShippingLabel
    from .shipping_label_label_format import ShippingLabelLabelFormat
    from .shipping_label_list import ShippingLabelList
    from .shipping_label_request import ShippingLabelRequest
    from .status_update_details import StatusUpdateDetails
    from .submit_shipment_confirmations_request import (
        SubmitShipmentConfirmationsRequest,
    )
    from .submit_shipment_status_updates_request import (
        SubmitShipmentStatusUpdatesRequest,
    )
    from .submit_shipping_labels_request import SubmitShippingLabelsRequest
    from .tax_registration_details import TaxRegistrationDetails
    from .tax_registration_details_tax_registration_type import (
        TaxRegistrationDetailsTaxRegistrationType,
    )
    from .transaction_reference import TransactionReference
    from .weight import Weight
    from .weight_unit_of_measure import WeightUnitOfMeasure

_MODULES: dict[str, str] = {
    "Address": ".address",
    "CarrierId": ".carrier_id",
    "Container": ".container",
    "ContainerContainerType": ".container_container_type",
    "ContainerLabel": ".container_label",
    "ContainerLabelFormat": ".container_label_format",
    "CreateContainerLabelRequest": ".create_container_label_request",
    "CreateContainerLabelResponse": ".create_container_label_response",
    "CreateShippingLabelsRequest": ".create_shipping_labels_request",
    "CustomerInvoice": ".customer_invoice",
    "CustomerInvoiceList": ".customer_invoice_list",
    "Dimensions": ".dimensions",
    "DimensionsUnitOfMeasure": ".dimensions_unit_of_measure",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetCustomerInvoicesSortOrder": ".get_customer_invoices_sort_order",
    "GetPackingSlipsSortOrder": ".get_packing_slips_sort_order",
    "GetShippingLabelsSortOrder": ".get_shipping_labels_sort_order",
    "Item": ".item",
    "ItemQuantity": ".item_quantity",
    "LabelData": ".label_data",
    "Package": ".package",
    "PackedItem": ".packed_item",
    "PackingSlip": ".packing_slip",
    "PackingSlipContentType": ".packing_slip_content_type",
    "PackingSlipList": ".packing_slip_list",
    "Pagination": ".pagination",
    "PartyIdentification": ".party_identification",
    "ShipmentConfirmation": ".shipment_confirmation",
    "ShipmentDetails": ".shipment_details",
    "ShipmentDetailsShipmentStatus": ".shipment_details_shipment_status",
    "ShipmentSchedule": ".shipment_schedule",
    "ShipmentStatusUpdate": ".shipment_status_update",
    "ShippingLabel": ".shipping_label",
    "ShippingLabelLabelFormat": ".shipping_label_label_format",
    "ShippingLabelList": ".shipping_label_list",
    "ShippingLabelRequest": ".shipping_label_request",
    "StatusUpdateDetails": ".status_update_details",
    "SubmitShipmentConfirmationsRequest": ".submit_shipment_confirmations_request",
    "SubmitShipmentStatusUpdatesRequest": ".submit_shipment_status_updates_request",
    "SubmitShippingLabelsRequest": ".submit_shipping_labels_request",
    "TaxRegistrationDetails": ".tax_registration_details",
    "TaxRegistrationDetailsTaxRegistrationType": ".tax_registration_details_tax_registration_type",
    "TransactionReference": ".transaction_reference",
    "Weight": ".weight",
    "WeightUnitOfMeasure": ".weight_unit_of_measure",
}

__all__ = (
    "Address",
    "CarrierId",
    "Container",
    "ContainerContainerType",
    "ContainerLabel",
    "ContainerLabelFormat",
    "CreateContainerLabelRequest",
    "CreateContainerLabelResponse",
    "CreateShippingLabelsRequest",
    "CustomerInvoice",
    "CustomerInvoiceList",
    "Dimensions",
    "DimensionsUnitOfMeasure",
    "Error",
    "ErrorList",
    "GetCustomerInvoicesSortOrder",
    "GetPackingSlipsSortOrder",
    "GetShippingLabelsSortOrder",
    "Item",
    "ItemQuantity",
    "LabelData",
    "Package",
    "PackedItem",
    "PackingSlip",
    "PackingSlipContentType",
    "PackingSlipList",
    "Pagination",
    "PartyIdentification",
    "ShipmentConfirmation",
    "ShipmentDetails",
    "ShipmentDetailsShipmentStatus",
    "ShipmentSchedule",
    "ShipmentStatusUpdate",
    "ShippingLabel",
    "ShippingLabelLabelFormat",
    "ShippingLabelList",
    "ShippingLabelRequest",
    "StatusUpdateDetails",
    "SubmitShipmentConfirmationsRequest",
    "SubmitShipmentStatusUpdatesRequest",
    "SubmitShippingLabelsRequest",
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

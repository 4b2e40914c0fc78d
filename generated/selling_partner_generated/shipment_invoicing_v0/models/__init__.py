"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .address import Address
    from .address_type_enum import AddressTypeEnum
    from .buyer_tax_info import BuyerTaxInfo
    from .error import Error
    from .get_invoice_status_response import GetInvoiceStatusResponse
    from .get_shipment_details_response import GetShipmentDetailsResponse
    from .marketplace_tax_info import MarketplaceTaxInfo
    from .money import Money
    from .payment_information import PaymentInformation
    from .payment_method_enum import PaymentMethodEnum
    from .shipment_detail import ShipmentDetail
    from .shipment_invoice_status import ShipmentInvoiceStatus
    from .shipment_invoice_status_info import ShipmentInvoiceStatusInfo
    from .shipment_invoice_status_response import ShipmentInvoiceStatusResponse
    from .shipment_item import ShipmentItem
    from .submit_invoice_request import SubmitInvoiceRequest
    from .submit_invoice_response import SubmitInvoiceResponse
    from .tax_classification import TaxClassification

_MODULES: dict[str, str] = {
    "Address": ".address",
    "AddressTypeEnum": ".address_type_enum",
    "BuyerTaxInfo": ".buyer_tax_info",
    "Error": ".error",
    "GetInvoiceStatusResponse": ".get_invoice_status_response",
    "GetShipmentDetailsResponse": ".get_shipment_details_response",
    "MarketplaceTaxInfo": ".marketplace_tax_info",
    "Money": ".money",
    "PaymentInformation": ".payment_information",
    "PaymentMethodEnum": ".payment_method_enum",
    "ShipmentDetail": ".shipment_detail",
    "ShipmentInvoiceStatus": ".shipment_invoice_status",
    "ShipmentInvoiceStatusInfo": ".shipment_invoice_status_info",
    "ShipmentInvoiceStatusResponse": ".shipment_invoice_status_response",
    "ShipmentItem": ".shipment_item",
    "SubmitInvoiceRequest": ".submit_invoice_request",
    "SubmitInvoiceResponse": ".submit_invoice_response",
    "TaxClassification": ".tax_classification",
}

__all__ = (
    "Address",
    "AddressTypeEnum",
    "BuyerTaxInfo",
    "Error",
    "GetInvoiceStatusResponse",
    "GetShipmentDetailsResponse",
    "MarketplaceTaxInfo",
    "Money",
    "PaymentInformation",
    "PaymentMethodEnum",
    "ShipmentDetail",
    "ShipmentInvoiceStatus",
    "ShipmentInvoiceStatusInfo",
    "ShipmentInvoiceStatusResponse",
    "ShipmentItem",
    "SubmitInvoiceRequest",
    "SubmitInvoiceResponse",
    "TaxClassification",
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

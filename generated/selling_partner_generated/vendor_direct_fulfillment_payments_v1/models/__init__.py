"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .additional_details import AdditionalDetails
    from .additional_details_type import AdditionalDetailsType
    from .address import Address
    from .charge_details import ChargeDetails
    from .charge_details_type import ChargeDetailsType
    from .error import Error
    from .invoice_detail import InvoiceDetail
    from .invoice_item import InvoiceItem
    from .item_quantity import ItemQuantity
    from .money import Money
    from .party_identification import PartyIdentification
    from .submit_invoice_request import SubmitInvoiceRequest
    from .submit_invoice_response import SubmitInvoiceResponse
    from .tax_detail import TaxDetail
    from .tax_detail_tax_type import TaxDetailTaxType
    from .tax_registration_detail import TaxRegistrationDetail
    from .tax_registration_detail_tax_registration_type import (
        TaxRegistrationDetailTaxRegistrationType,
    )
    from .transaction_reference import TransactionReference

_MODULES: dict[str, str] = {
    "AdditionalDetails": ".additional_details",
    "AdditionalDetailsType": ".additional_details_type",
    "Address": ".address",
    "ChargeDetails": ".charge_details",
    "ChargeDetailsType": ".charge_details_type",
    "Error": ".error",
    "InvoiceDetail": ".invoice_detail",
    "InvoiceItem": ".invoice_item",
    "ItemQuantity": ".item_quantity",
    "Money": ".money",
    "PartyIdentification": ".party_identification",
    "SubmitInvoiceRequest": ".submit_invoice_request",
    "SubmitInvoiceResponse": ".submit_invoice_response",
    "TaxDetail": ".tax_detail",
    "TaxDetailTaxType": ".tax_detail_tax_type",
    "TaxRegistrationDetail": ".tax_registration_detail",
    "TaxRegistrationDetailTaxRegistrationType": ".tax_registration_detail_tax_registration_type",
    "TransactionReference": ".transaction_reference",
}

__all__ = (
    "AdditionalDetails",
    "AdditionalDetailsType",
    "Address",
    "ChargeDetails",
    "ChargeDetailsType",
    "Error",
    "InvoiceDetail",
    "InvoiceItem",
    "ItemQuantity",
    "Money",
    "PartyIdentification",
    "SubmitInvoiceRequest",
    "SubmitInvoiceResponse",
    "TaxDetail",
    "TaxDetailTaxType",
    "TaxRegistrationDetail",
    "TaxRegistrationDetailTaxRegistrationType",
    "TransactionReference",
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

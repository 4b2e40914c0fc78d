"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .additional_details import AdditionalDetails
    from .additional_details_type import AdditionalDetailsType
    from .address import Address
    from .allowance_details import AllowanceDetails
    from .allowance_details_type import AllowanceDetailsType
    from .charge_details import ChargeDetails
    from .charge_details_type import ChargeDetailsType
    from .credit_note_details import CreditNoteDetails
    from .error import Error
    from .invoice import Invoice
    from .invoice_invoice_type import InvoiceInvoiceType
    from .invoice_item import InvoiceItem
    from .item_quantity import ItemQuantity
    from .item_quantity_unit_of_measure import ItemQuantityUnitOfMeasure
    from .money import Money
    from .net_cost_unit_of_measure import NetCostUnitOfMeasure
    from .party_identification import PartyIdentification
    from .payment_terms import PaymentTerms
    from .payment_terms_type import PaymentTermsType
    from .submit_invoices_request import SubmitInvoicesRequest
    from .submit_invoices_response import SubmitInvoicesResponse
    from .tax_details import TaxDetails
    from .tax_details_tax_type import TaxDetailsTaxType
    from .tax_registration_details import TaxRegistrationDetails
    from .tax_registration_details_tax_registration_type import (
        TaxRegistrationDetailsTaxRegistrationType,
    )
    from .total_weight import TotalWeight
    from .total_weight_unit_of_measure import TotalWeightUnitOfMeasure
    from .transaction_id import TransactionId

_MODULES: dict[str, str] = {
    "AdditionalDetails": ".additional_details",
    "AdditionalDetailsType": ".additional_details_type",
    "Address": ".address",
    "AllowanceDetails": ".allowance_details",
    "AllowanceDetailsType": ".allowance_details_type",
    "ChargeDetails": ".charge_details",
    "ChargeDetailsType": ".charge_details_type",
    "CreditNoteDetails": ".credit_note_details",
    "Error": ".error",
    "Invoice": ".invoice",
    "InvoiceInvoiceType": ".invoice_invoice_type",
    "InvoiceItem": ".invoice_item",
    "ItemQuantity": ".item_quantity",
    "ItemQuantityUnitOfMeasure": ".item_quantity_unit_of_measure",
    "Money": ".money",
    "NetCostUnitOfMeasure": ".net_cost_unit_of_measure",
    "PartyIdentification": ".party_identification",
    "PaymentTerms": ".payment_terms",
    "PaymentTermsType": ".payment_terms_type",
    "SubmitInvoicesRequest": ".submit_invoices_request",
    "SubmitInvoicesResponse": ".submit_invoices_response",
    "TaxDetails": ".tax_details",
    "TaxDetailsTaxType": ".tax_details_tax_type",
    "TaxRegistrationDetails": ".tax_registration_details",
    "TaxRegistrationDetailsTaxRegistrationType": ".tax_registration_details_tax_registration_type",
    "TotalWeight": ".total_weight",
    "TotalWeightUnitOfMeasure": ".total_weight_unit_of_measure",
    "TransactionId": ".transaction_id",
}

__all__ = (
    "AdditionalDetails",
    "AdditionalDetailsType",
    "Address",
    "AllowanceDetails",
    "AllowanceDetailsType",
    "ChargeDetails",
    "ChargeDetailsType",
    "CreditNoteDetails",
    "Error",
    "Invoice",
    "InvoiceInvoiceType",
    "InvoiceItem",
    "ItemQuantity",
    "ItemQuantityUnitOfMeasure",
    "Money",
    "NetCostUnitOfMeasure",
    "PartyIdentification",
    "PaymentTerms",
    "PaymentTermsType",
    "SubmitInvoicesRequest",
    "SubmitInvoicesResponse",
    "TaxDetails",
    "TaxDetailsTaxType",
    "TaxRegistrationDetails",
    "TaxRegistrationDetailsTaxRegistrationType",
    "TotalWeight",
    "TotalWeightUnitOfMeasure",
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

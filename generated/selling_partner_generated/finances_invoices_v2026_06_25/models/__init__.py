"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .billing_period import BillingPeriod
    from .breakdown import Breakdown
    from .currency import Currency
    from .error import Error
    from .error_list import ErrorList
    from .get_invoice_response import GetInvoiceResponse
    from .get_invoices_response import GetInvoicesResponse
    from .invoice_header import InvoiceHeader
    from .invoice_header_invoice_status import InvoiceHeaderInvoiceStatus
    from .invoice_header_invoice_type import InvoiceHeaderInvoiceType
    from .invoice_item import InvoiceItem
    from .item_identifier import ItemIdentifier
    from .item_identifier_item_identifier_name import ItemIdentifierItemIdentifierName
    from .line_item_context import LineItemContext
    from .line_item_context_line_item_type import LineItemContextLineItemType
    from .line_item_context_service_charge_type import LineItemContextServiceChargeType
    from .matching_context import MatchingContext
    from .partner_metadata import PartnerMetadata
    from .partner_metadata_partner_type import PartnerMetadataPartnerType
    from .related_identifier import RelatedIdentifier
    from .related_identifier_related_identifier_name import (
        RelatedIdentifierRelatedIdentifierName,
    )
    from .service_charge_period import ServiceChargePeriod
    from .variance_reason import VarianceReason
    from .variance_reason_variance_type import VarianceReasonVarianceType

_MODULES: dict[str, str] = {
    "BillingPeriod": ".billing_period",
    "Breakdown": ".breakdown",
    "Currency": ".currency",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetInvoiceResponse": ".get_invoice_response",
    "GetInvoicesResponse": ".get_invoices_response",
    "InvoiceHeader": ".invoice_header",
    "InvoiceHeaderInvoiceStatus": ".invoice_header_invoice_status",
    "InvoiceHeaderInvoiceType": ".invoice_header_invoice_type",
    "InvoiceItem": ".invoice_item",
    "ItemIdentifier": ".item_identifier",
    "ItemIdentifierItemIdentifierName": ".item_identifier_item_identifier_name",
    "LineItemContext": ".line_item_context",
    "LineItemContextLineItemType": ".line_item_context_line_item_type",
    "LineItemContextServiceChargeType": ".line_item_context_service_charge_type",
    "MatchingContext": ".matching_context",
    "PartnerMetadata": ".partner_metadata",
    "PartnerMetadataPartnerType": ".partner_metadata_partner_type",
    "RelatedIdentifier": ".related_identifier",
    "RelatedIdentifierRelatedIdentifierName": ".related_identifier_related_identifier_name",
    "ServiceChargePeriod": ".service_charge_period",
    "VarianceReason": ".variance_reason",
    "VarianceReasonVarianceType": ".variance_reason_variance_type",
}

__all__ = (
    "BillingPeriod",
    "Breakdown",
    "Currency",
    "Error",
    "ErrorList",
    "GetInvoiceResponse",
    "GetInvoicesResponse",
    "InvoiceHeader",
    "InvoiceHeaderInvoiceStatus",
    "InvoiceHeaderInvoiceType",
    "InvoiceItem",
    "ItemIdentifier",
    "ItemIdentifierItemIdentifierName",
    "LineItemContext",
    "LineItemContextLineItemType",
    "LineItemContextServiceChargeType",
    "MatchingContext",
    "PartnerMetadata",
    "PartnerMetadataPartnerType",
    "RelatedIdentifier",
    "RelatedIdentifierRelatedIdentifierName",
    "ServiceChargePeriod",
    "VarianceReason",
    "VarianceReasonVarianceType",
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

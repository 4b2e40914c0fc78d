"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attribute_option import AttributeOption
    from .carrier_details_context import CarrierDetailsContext
    from .error import Error
    from .error_list import ErrorList
    from .export import Export
    from .export_invoices_request import ExportInvoicesRequest
    from .export_invoices_response import ExportInvoicesResponse
    from .export_status import ExportStatus
    from .file_format import FileFormat
    from .get_invoice_response import GetInvoiceResponse
    from .get_invoices_attributes_response import GetInvoicesAttributesResponse
    from .get_invoices_document_response import GetInvoicesDocumentResponse
    from .get_invoices_export_response import GetInvoicesExportResponse
    from .get_invoices_exports_response import GetInvoicesExportsResponse
    from .get_invoices_exports_status import GetInvoicesExportsStatus
    from .get_invoices_response import GetInvoicesResponse
    from .get_invoices_sort_by import GetInvoicesSortBy
    from .get_invoices_sort_order import GetInvoicesSortOrder
    from .government_invoice_creation_status import GovernmentInvoiceCreationStatus
    from .government_invoice_request import GovernmentInvoiceRequest
    from .government_invoice_status_response import GovernmentInvoiceStatusResponse
    from .govt_invoice_document_response import GovtInvoiceDocumentResponse
    from .invoice import Invoice
    from .invoice_document import InvoiceDocument
    from .invoice_error import InvoiceError
    from .invoices_attributes import InvoicesAttributes
    from .invoices_document import InvoicesDocument
    from .transaction_identifier import TransactionIdentifier

_MODULES: dict[str, str] = {
    "AttributeOption": ".attribute_option",
    "CarrierDetailsContext": ".carrier_details_context",
    "Error": ".error",
    "ErrorList": ".error_list",
    "Export": ".export",
    "ExportInvoicesRequest": ".export_invoices_request",
    "ExportInvoicesResponse": ".export_invoices_response",
    "ExportStatus": ".export_status",
    "FileFormat": ".file_format",
    "GetInvoiceResponse": ".get_invoice_response",
    "GetInvoicesAttributesResponse": ".get_invoices_attributes_response",
    "GetInvoicesDocumentResponse": ".get_invoices_document_response",
    "GetInvoicesExportResponse": ".get_invoices_export_response",
    "GetInvoicesExportsResponse": ".get_invoices_exports_response",
    "GetInvoicesExportsStatus": ".get_invoices_exports_status",
    "GetInvoicesResponse": ".get_invoices_response",
    "GetInvoicesSortBy": ".get_invoices_sort_by",
    "GetInvoicesSortOrder": ".get_invoices_sort_order",
    "GovernmentInvoiceCreationStatus": ".government_invoice_creation_status",
    "GovernmentInvoiceRequest": ".government_invoice_request",
    "GovernmentInvoiceStatusResponse": ".government_invoice_status_response",
    "GovtInvoiceDocumentResponse": ".govt_invoice_document_response",
    "Invoice": ".invoice",
    "InvoiceDocument": ".invoice_document",
    "InvoiceError": ".invoice_error",
    "InvoicesAttributes": ".invoices_attributes",
    "InvoicesDocument": ".invoices_document",
    "TransactionIdentifier": ".transaction_identifier",
}

__all__ = (
    "AttributeOption",
    "CarrierDetailsContext",
    "Error",
    "ErrorList",
    "Export",
    "ExportInvoicesRequest",
    "ExportInvoicesResponse",
    "ExportStatus",
    "FileFormat",
    "GetInvoiceResponse",
    "GetInvoicesAttributesResponse",
    "GetInvoicesDocumentResponse",
    "GetInvoicesExportResponse",
    "GetInvoicesExportsResponse",
    "GetInvoicesExportsStatus",
    "GetInvoicesResponse",
    "GetInvoicesSortBy",
    "GetInvoicesSortOrder",
    "GovernmentInvoiceCreationStatus",
    "GovernmentInvoiceRequest",
    "GovernmentInvoiceStatusResponse",
    "GovtInvoiceDocumentResponse",
    "Invoice",
    "InvoiceDocument",
    "InvoiceError",
    "InvoicesAttributes",
    "InvoicesDocument",
    "TransactionIdentifier",
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

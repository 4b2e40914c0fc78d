"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .get_invoice_status_invoice_type import GetInvoiceStatusInvoiceType
    from .get_invoice_status_program_type import GetInvoiceStatusProgramType
    from .get_invoice_status_response import GetInvoiceStatusResponse
    from .invoice_type import InvoiceType
    from .program_type import ProgramType
    from .shipment_invoice_status import ShipmentInvoiceStatus
    from .submit_invoice_request import SubmitInvoiceRequest
    from .submit_invoice_response import SubmitInvoiceResponse

_MODULES: dict[str, str] = {
    "Error": ".error",
    "GetInvoiceStatusInvoiceType": ".get_invoice_status_invoice_type",
    "GetInvoiceStatusProgramType": ".get_invoice_status_program_type",
    "GetInvoiceStatusResponse": ".get_invoice_status_response",
    "InvoiceType": ".invoice_type",
    "ProgramType": ".program_type",
    "ShipmentInvoiceStatus": ".shipment_invoice_status",
    "SubmitInvoiceRequest": ".submit_invoice_request",
    "SubmitInvoiceResponse": ".submit_invoice_response",
}

__all__ = (
    "Error",
    "GetInvoiceStatusInvoiceType",
    "GetInvoiceStatusProgramType",
    "GetInvoiceStatusResponse",
    "InvoiceType",
    "ProgramType",
    "ShipmentInvoiceStatus",
    "SubmitInvoiceRequest",
    "SubmitInvoiceResponse",
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.government_invoice_creation_status import GovernmentInvoiceCreationStatus
from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.invoice_error import InvoiceError


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, InvoiceError
    from ..models.invoice_error import InvoiceError

    _lazy_pending = False


T = TypeVar("T", bound="GovernmentInvoiceStatusResponse")


@_attrs_define
class GovernmentInvoiceStatusResponse:
    """
    Attributes:
        invoice_errors (list[InvoiceError] | Unset):
        invoice_external_document_id (str | Unset):
        status (GovernmentInvoiceCreationStatus | Unset):
    """

    invoice_errors: list[InvoiceError] | Unset = UNSET
    invoice_external_document_id: str | Unset = UNSET
    status: GovernmentInvoiceCreationStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
        invoice_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.invoice_errors, Unset):
            invoice_errors = []
            for invoice_errors_item_data in self.invoice_errors:
                invoice_errors_item = invoice_errors_item_data.to_dict()
                invoice_errors.append(invoice_errors_item)

        invoice_external_document_id = self.invoice_external_document_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoice_errors is not UNSET:
            field_dict["invoiceErrors"] = invoice_errors
        if invoice_external_document_id is not UNSET:
            field_dict["invoiceExternalDocumentId"] = invoice_external_document_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.invoice_error import InvoiceError

        return (
            (
                (
                    "invoiceErrors",
                    "invoice_errors",
                    False,
                    ("list", ("model", InvoiceError)),
                ),
                (
                    "invoiceExternalDocumentId",
                    "invoice_external_document_id",
                    False,
                    ("str",),
                ),
                ("status", "status", False, ("enum", GovernmentInvoiceCreationStatus)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        _invoice_errors = d.pop("invoiceErrors", UNSET)
        invoice_errors = (
            UNSET
            if _invoice_errors is UNSET
            else [InvoiceError.from_dict(_item) for _item in _invoice_errors]
        )

        invoice_external_document_id = d.pop("invoiceExternalDocumentId", UNSET)

        if (
            _reader is not None
            and invoice_external_document_id.__class__ is not str
            and invoice_external_document_id is not UNSET
        ):
            raise DeviationError("invoiceExternalDocumentId")

        _status = d.pop("status", UNSET)
        status = (
            UNSET
            if _status is UNSET
            else (
                GovernmentInvoiceCreationStatus._value2member_map_.get(_status)
                if _status.__class__ is str
                else None
            )
            or GovernmentInvoiceCreationStatus(_status)
        )

        if cls is GovernmentInvoiceStatusResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.invoice_errors = invoice_errors
            _built.invoice_external_document_id = invoice_external_document_id
            _built.status = status
            _built._parse_notes = None
            government_invoice_status_response = _built
        else:  # a subclass: its own __init__ runs
            government_invoice_status_response = cls(
                invoice_errors=invoice_errors,
                invoice_external_document_id=invoice_external_document_id,
                status=status,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        government_invoice_status_response.additional_properties = d or {}
        return government_invoice_status_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

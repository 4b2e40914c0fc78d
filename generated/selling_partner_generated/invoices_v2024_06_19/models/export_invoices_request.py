from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_format import FileFormat
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
    from ..models.transaction_identifier import TransactionIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TransactionIdentifier
    from ..models.transaction_identifier import TransactionIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="ExportInvoicesRequest")


@_attrs_define
class ExportInvoicesRequest:
    """
    Attributes:
        marketplace_id (str):
        date_end (datetime.date | Unset):
        date_start (datetime.date | Unset):
        external_invoice_id (str | Unset):
        file_format (FileFormat | Unset):
        invoice_type (str | Unset):
        series (str | Unset):
        statuses (list[str] | Unset):
        transaction_identifier (TransactionIdentifier | Unset):
        transaction_type (str | Unset):
    """

    marketplace_id: str
    date_end: datetime.date | Unset = UNSET
    date_start: datetime.date | Unset = UNSET
    external_invoice_id: str | Unset = UNSET
    file_format: FileFormat | Unset = UNSET
    invoice_type: str | Unset = UNSET
    series: str | Unset = UNSET
    statuses: list[str] | Unset = UNSET
    transaction_identifier: TransactionIdentifier | Unset = UNSET
    transaction_type: str | Unset = UNSET
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
        marketplace_id = self.marketplace_id

        date_end: str | Unset = UNSET
        if not isinstance(self.date_end, Unset):
            date_end = self.date_end.isoformat()

        date_start: str | Unset = UNSET
        if not isinstance(self.date_start, Unset):
            date_start = self.date_start.isoformat()

        external_invoice_id = self.external_invoice_id

        file_format: str | Unset = UNSET
        if not isinstance(self.file_format, Unset):
            file_format = self.file_format.value

        invoice_type = self.invoice_type

        series = self.series

        statuses: list[str] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = self.statuses

        transaction_identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_identifier, Unset):
            transaction_identifier = self.transaction_identifier.to_dict()

        transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
            }
        )
        if date_end is not UNSET:
            field_dict["dateEnd"] = date_end
        if date_start is not UNSET:
            field_dict["dateStart"] = date_start
        if external_invoice_id is not UNSET:
            field_dict["externalInvoiceId"] = external_invoice_id
        if file_format is not UNSET:
            field_dict["fileFormat"] = file_format
        if invoice_type is not UNSET:
            field_dict["invoiceType"] = invoice_type
        if series is not UNSET:
            field_dict["series"] = series
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if transaction_identifier is not UNSET:
            field_dict["transactionIdentifier"] = transaction_identifier
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.transaction_identifier import TransactionIdentifier

        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("dateEnd", "date_end", False, ("date",)),
                ("dateStart", "date_start", False, ("date",)),
                ("externalInvoiceId", "external_invoice_id", False, ("str",)),
                ("fileFormat", "file_format", False, ("enum", FileFormat)),
                ("invoiceType", "invoice_type", False, ("str",)),
                ("series", "series", False, ("str",)),
                ("statuses", "statuses", False, ("list", ("str",))),
                (
                    "transactionIdentifier",
                    "transaction_identifier",
                    False,
                    ("model", TransactionIdentifier),
                ),
                ("transactionType", "transaction_type", False, ("str",)),
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
        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _date_end = d.pop("dateEnd", UNSET)
        date_end = (
            UNSET if _date_end is UNSET else datetime.date.fromisoformat(_date_end)
        )

        _date_start = d.pop("dateStart", UNSET)
        date_start = (
            UNSET if _date_start is UNSET else datetime.date.fromisoformat(_date_start)
        )

        external_invoice_id = d.pop("externalInvoiceId", UNSET)

        if (
            _reader is not None
            and external_invoice_id.__class__ is not str
            and external_invoice_id is not UNSET
        ):
            raise DeviationError("externalInvoiceId")

        _file_format = d.pop("fileFormat", UNSET)
        file_format = (
            UNSET
            if _file_format is UNSET
            else (
                FileFormat._value2member_map_.get(_file_format)
                if _file_format.__class__ is str
                else None
            )
            or FileFormat(_file_format)
        )

        invoice_type = d.pop("invoiceType", UNSET)

        if (
            _reader is not None
            and invoice_type.__class__ is not str
            and invoice_type is not UNSET
        ):
            raise DeviationError("invoiceType")

        series = d.pop("series", UNSET)

        if _reader is not None and series.__class__ is not str and series is not UNSET:
            raise DeviationError("series")

        statuses = d.pop("statuses", UNSET)

        if (
            _reader is not None
            and statuses.__class__ is not list
            and statuses is not UNSET
        ):
            raise DeviationError("statuses")

        _transaction_identifier = d.pop("transactionIdentifier", UNSET)
        transaction_identifier = (
            UNSET
            if _transaction_identifier is UNSET
            else TransactionIdentifier.from_dict(_transaction_identifier)
        )

        transaction_type = d.pop("transactionType", UNSET)

        if (
            _reader is not None
            and transaction_type.__class__ is not str
            and transaction_type is not UNSET
        ):
            raise DeviationError("transactionType")

        if cls is ExportInvoicesRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.date_end = date_end
            _built.date_start = date_start
            _built.external_invoice_id = external_invoice_id
            _built.file_format = file_format
            _built.invoice_type = invoice_type
            _built.series = series
            _built.statuses = statuses
            _built.transaction_identifier = transaction_identifier
            _built.transaction_type = transaction_type
            _built._parse_notes = None
            export_invoices_request = _built
        else:  # a subclass: its own __init__ runs
            export_invoices_request = cls(
                marketplace_id=marketplace_id,
                date_end=date_end,
                date_start=date_start,
                external_invoice_id=external_invoice_id,
                file_format=file_format,
                invoice_type=invoice_type,
                series=series,
                statuses=statuses,
                transaction_identifier=transaction_identifier,
                transaction_type=transaction_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        export_invoices_request.additional_properties = d or {}
        return export_invoices_request

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

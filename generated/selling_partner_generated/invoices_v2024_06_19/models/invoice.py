from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        date (datetime.datetime | Unset):
        error_code (str | Unset):
        external_invoice_id (str | Unset):
        gov_response (str | Unset):
        id (str | Unset):
        invoice_type (str | Unset):
        series (str | Unset):
        status (str | Unset):
        transaction_ids (list[TransactionIdentifier] | Unset):
        transaction_type (str | Unset):
    """

    date: datetime.datetime | Unset = UNSET
    error_code: str | Unset = UNSET
    external_invoice_id: str | Unset = UNSET
    gov_response: str | Unset = UNSET
    id: str | Unset = UNSET
    invoice_type: str | Unset = UNSET
    series: str | Unset = UNSET
    status: str | Unset = UNSET
    transaction_ids: list[TransactionIdentifier] | Unset = UNSET
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
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        error_code = self.error_code

        external_invoice_id = self.external_invoice_id

        gov_response = self.gov_response

        id = self.id

        invoice_type = self.invoice_type

        series = self.series

        status = self.status

        transaction_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transaction_ids, Unset):
            transaction_ids = []
            for transaction_ids_item_data in self.transaction_ids:
                transaction_ids_item = transaction_ids_item_data.to_dict()
                transaction_ids.append(transaction_ids_item)

        transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if external_invoice_id is not UNSET:
            field_dict["externalInvoiceId"] = external_invoice_id
        if gov_response is not UNSET:
            field_dict["govResponse"] = gov_response
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_type is not UNSET:
            field_dict["invoiceType"] = invoice_type
        if series is not UNSET:
            field_dict["series"] = series
        if status is not UNSET:
            field_dict["status"] = status
        if transaction_ids is not UNSET:
            field_dict["transactionIds"] = transaction_ids
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.transaction_identifier import TransactionIdentifier

        return (
            (
                ("date", "date", False, ("datetime",)),
                ("errorCode", "error_code", False, ("str",)),
                ("externalInvoiceId", "external_invoice_id", False, ("str",)),
                ("govResponse", "gov_response", False, ("str",)),
                ("id", "id", False, ("str",)),
                ("invoiceType", "invoice_type", False, ("str",)),
                ("series", "series", False, ("str",)),
                ("status", "status", False, ("str",)),
                (
                    "transactionIds",
                    "transaction_ids",
                    False,
                    ("list", ("model", TransactionIdentifier)),
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
        _date = d.pop("date", UNSET)
        date = UNSET if _date is UNSET else datetime.datetime.fromisoformat(_date)

        if _reader is not None and not isinstance(date, Unset) and date.tzinfo is None:
            raise DeviationError("date")

        error_code = d.pop("errorCode", UNSET)

        if (
            _reader is not None
            and error_code.__class__ is not str
            and error_code is not UNSET
        ):
            raise DeviationError("errorCode")

        external_invoice_id = d.pop("externalInvoiceId", UNSET)

        if (
            _reader is not None
            and external_invoice_id.__class__ is not str
            and external_invoice_id is not UNSET
        ):
            raise DeviationError("externalInvoiceId")

        gov_response = d.pop("govResponse", UNSET)

        if (
            _reader is not None
            and gov_response.__class__ is not str
            and gov_response is not UNSET
        ):
            raise DeviationError("govResponse")

        id = d.pop("id", UNSET)

        if _reader is not None and id.__class__ is not str and id is not UNSET:
            raise DeviationError("id")

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

        status = d.pop("status", UNSET)

        if _reader is not None and status.__class__ is not str and status is not UNSET:
            raise DeviationError("status")

        _transaction_ids = d.pop("transactionIds", UNSET)
        transaction_ids = (
            UNSET
            if _transaction_ids is UNSET
            else [TransactionIdentifier.from_dict(_item) for _item in _transaction_ids]
        )

        transaction_type = d.pop("transactionType", UNSET)

        if (
            _reader is not None
            and transaction_type.__class__ is not str
            and transaction_type is not UNSET
        ):
            raise DeviationError("transactionType")

        if cls is Invoice:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.date = date
            _built.error_code = error_code
            _built.external_invoice_id = external_invoice_id
            _built.gov_response = gov_response
            _built.id = id
            _built.invoice_type = invoice_type
            _built.series = series
            _built.status = status
            _built.transaction_ids = transaction_ids
            _built.transaction_type = transaction_type
            _built._parse_notes = None
            invoice = _built
        else:  # a subclass: its own __init__ runs
            invoice = cls(
                date=date,
                error_code=error_code,
                external_invoice_id=external_invoice_id,
                gov_response=gov_response,
                id=id,
                invoice_type=invoice_type,
                series=series,
                status=status,
                transaction_ids=transaction_ids,
                transaction_type=transaction_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        invoice.additional_properties = d or {}
        return invoice

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

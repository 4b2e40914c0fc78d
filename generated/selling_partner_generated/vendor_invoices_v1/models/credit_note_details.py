from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="CreditNoteDetails")


@_attrs_define
class CreditNoteDetails:
    """
    Attributes:
        consignors_reference_number (str | Unset):
        coop_reference_number (str | Unset):
        debit_note_number (str | Unset):
        goods_return_date (datetime.datetime | Unset):
        reference_invoice_number (str | Unset):
        returns_reference_number (str | Unset):
        rma_id (str | Unset):
    """

    consignors_reference_number: str | Unset = UNSET
    coop_reference_number: str | Unset = UNSET
    debit_note_number: str | Unset = UNSET
    goods_return_date: datetime.datetime | Unset = UNSET
    reference_invoice_number: str | Unset = UNSET
    returns_reference_number: str | Unset = UNSET
    rma_id: str | Unset = UNSET
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
        consignors_reference_number = self.consignors_reference_number

        coop_reference_number = self.coop_reference_number

        debit_note_number = self.debit_note_number

        goods_return_date: str | Unset = UNSET
        if not isinstance(self.goods_return_date, Unset):
            goods_return_date = self.goods_return_date.isoformat()

        reference_invoice_number = self.reference_invoice_number

        returns_reference_number = self.returns_reference_number

        rma_id = self.rma_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consignors_reference_number is not UNSET:
            field_dict["consignorsReferenceNumber"] = consignors_reference_number
        if coop_reference_number is not UNSET:
            field_dict["coopReferenceNumber"] = coop_reference_number
        if debit_note_number is not UNSET:
            field_dict["debitNoteNumber"] = debit_note_number
        if goods_return_date is not UNSET:
            field_dict["goodsReturnDate"] = goods_return_date
        if reference_invoice_number is not UNSET:
            field_dict["referenceInvoiceNumber"] = reference_invoice_number
        if returns_reference_number is not UNSET:
            field_dict["returnsReferenceNumber"] = returns_reference_number
        if rma_id is not UNSET:
            field_dict["rmaId"] = rma_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "consignorsReferenceNumber",
                    "consignors_reference_number",
                    False,
                    ("str",),
                ),
                ("coopReferenceNumber", "coop_reference_number", False, ("str",)),
                ("debitNoteNumber", "debit_note_number", False, ("str",)),
                ("goodsReturnDate", "goods_return_date", False, ("datetime",)),
                ("referenceInvoiceNumber", "reference_invoice_number", False, ("str",)),
                ("returnsReferenceNumber", "returns_reference_number", False, ("str",)),
                ("rmaId", "rma_id", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        consignors_reference_number = d.pop("consignorsReferenceNumber", UNSET)

        if (
            _reader is not None
            and consignors_reference_number.__class__ is not str
            and consignors_reference_number is not UNSET
        ):
            raise DeviationError("consignorsReferenceNumber")

        coop_reference_number = d.pop("coopReferenceNumber", UNSET)

        if (
            _reader is not None
            and coop_reference_number.__class__ is not str
            and coop_reference_number is not UNSET
        ):
            raise DeviationError("coopReferenceNumber")

        debit_note_number = d.pop("debitNoteNumber", UNSET)

        if (
            _reader is not None
            and debit_note_number.__class__ is not str
            and debit_note_number is not UNSET
        ):
            raise DeviationError("debitNoteNumber")

        _goods_return_date = d.pop("goodsReturnDate", UNSET)
        goods_return_date = (
            UNSET
            if _goods_return_date is UNSET
            else datetime.datetime.fromisoformat(_goods_return_date)
        )

        if (
            _reader is not None
            and not isinstance(goods_return_date, Unset)
            and goods_return_date.tzinfo is None
        ):
            raise DeviationError("goodsReturnDate")

        reference_invoice_number = d.pop("referenceInvoiceNumber", UNSET)

        if (
            _reader is not None
            and reference_invoice_number.__class__ is not str
            and reference_invoice_number is not UNSET
        ):
            raise DeviationError("referenceInvoiceNumber")

        returns_reference_number = d.pop("returnsReferenceNumber", UNSET)

        if (
            _reader is not None
            and returns_reference_number.__class__ is not str
            and returns_reference_number is not UNSET
        ):
            raise DeviationError("returnsReferenceNumber")

        rma_id = d.pop("rmaId", UNSET)

        if _reader is not None and rma_id.__class__ is not str and rma_id is not UNSET:
            raise DeviationError("rmaId")

        if cls is CreditNoteDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.consignors_reference_number = consignors_reference_number
            _built.coop_reference_number = coop_reference_number
            _built.debit_note_number = debit_note_number
            _built.goods_return_date = goods_return_date
            _built.reference_invoice_number = reference_invoice_number
            _built.returns_reference_number = returns_reference_number
            _built.rma_id = rma_id
            _built._parse_notes = None
            credit_note_details = _built
        else:  # a subclass: its own __init__ runs
            credit_note_details = cls(
                consignors_reference_number=consignors_reference_number,
                coop_reference_number=coop_reference_number,
                debit_note_number=debit_note_number,
                goods_return_date=goods_return_date,
                reference_invoice_number=reference_invoice_number,
                returns_reference_number=returns_reference_number,
                rma_id=rma_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        credit_note_details.additional_properties = d or {}
        return credit_note_details

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

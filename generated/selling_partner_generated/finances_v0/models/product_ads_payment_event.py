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
    from ..models.currency import Currency


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency
    from ..models.currency import Currency

    _lazy_pending = False


T = TypeVar("T", bound="ProductAdsPaymentEvent")


@_attrs_define
class ProductAdsPaymentEvent:
    """
    Attributes:
        base_value (Currency | Unset):
        invoice_id (str | Unset):
        posted_date (datetime.datetime | Unset):
        tax_value (Currency | Unset):
        transaction_type (str | Unset):
        transaction_value (Currency | Unset):
    """

    base_value: Currency | Unset = UNSET
    invoice_id: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    tax_value: Currency | Unset = UNSET
    transaction_type: str | Unset = UNSET
    transaction_value: Currency | Unset = UNSET
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
        base_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_value, Unset):
            base_value = self.base_value.to_dict()

        invoice_id = self.invoice_id

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        tax_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_value, Unset):
            tax_value = self.tax_value.to_dict()

        transaction_type = self.transaction_type

        transaction_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_value, Unset):
            transaction_value = self.transaction_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_value is not UNSET:
            field_dict["baseValue"] = base_value
        if invoice_id is not UNSET:
            field_dict["invoiceId"] = invoice_id
        if posted_date is not UNSET:
            field_dict["postedDate"] = posted_date
        if tax_value is not UNSET:
            field_dict["taxValue"] = tax_value
        if transaction_type is not UNSET:
            field_dict["transactionType"] = transaction_type
        if transaction_value is not UNSET:
            field_dict["transactionValue"] = transaction_value

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("baseValue", "base_value", False, ("model", Currency)),
                ("invoiceId", "invoice_id", False, ("str",)),
                ("postedDate", "posted_date", False, ("datetime",)),
                ("taxValue", "tax_value", False, ("model", Currency)),
                ("transactionType", "transaction_type", False, ("str",)),
                ("transactionValue", "transaction_value", False, ("model", Currency)),
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
        _base_value = d.pop("baseValue", UNSET)
        base_value = UNSET if _base_value is UNSET else Currency.from_dict(_base_value)

        invoice_id = d.pop("invoiceId", UNSET)

        if (
            _reader is not None
            and invoice_id.__class__ is not str
            and invoice_id is not UNSET
        ):
            raise DeviationError("invoiceId")

        _posted_date = d.pop("postedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("postedDate")

        _tax_value = d.pop("taxValue", UNSET)
        tax_value = UNSET if _tax_value is UNSET else Currency.from_dict(_tax_value)

        transaction_type = d.pop("transactionType", UNSET)

        if (
            _reader is not None
            and transaction_type.__class__ is not str
            and transaction_type is not UNSET
        ):
            raise DeviationError("transactionType")

        _transaction_value = d.pop("transactionValue", UNSET)
        transaction_value = (
            UNSET
            if _transaction_value is UNSET
            else Currency.from_dict(_transaction_value)
        )

        if cls is ProductAdsPaymentEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.base_value = base_value
            _built.invoice_id = invoice_id
            _built.posted_date = posted_date
            _built.tax_value = tax_value
            _built.transaction_type = transaction_type
            _built.transaction_value = transaction_value
            _built._parse_notes = None
            product_ads_payment_event = _built
        else:  # a subclass: its own __init__ runs
            product_ads_payment_event = cls(
                base_value=base_value,
                invoice_id=invoice_id,
                posted_date=posted_date,
                tax_value=tax_value,
                transaction_type=transaction_type,
                transaction_value=transaction_value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        product_ads_payment_event.additional_properties = d or {}
        return product_ads_payment_event

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

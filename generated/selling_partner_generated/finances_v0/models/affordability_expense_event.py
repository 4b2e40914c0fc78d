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


T = TypeVar("T", bound="AffordabilityExpenseEvent")


@_attrs_define
class AffordabilityExpenseEvent:
    """
    Attributes:
        tax_type_cgst (Currency):
        tax_type_igst (Currency):
        tax_type_sgst (Currency):
        amazon_order_id (str | Unset):
        base_expense (Currency | Unset):
        marketplace_id (str | Unset):
        posted_date (datetime.datetime | Unset):
        total_expense (Currency | Unset):
        transaction_type (str | Unset):
    """

    tax_type_cgst: Currency
    tax_type_igst: Currency
    tax_type_sgst: Currency
    amazon_order_id: str | Unset = UNSET
    base_expense: Currency | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    total_expense: Currency | Unset = UNSET
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
        tax_type_cgst = self.tax_type_cgst.to_dict()

        tax_type_igst = self.tax_type_igst.to_dict()

        tax_type_sgst = self.tax_type_sgst.to_dict()

        amazon_order_id = self.amazon_order_id

        base_expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base_expense, Unset):
            base_expense = self.base_expense.to_dict()

        marketplace_id = self.marketplace_id

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        total_expense: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_expense, Unset):
            total_expense = self.total_expense.to_dict()

        transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TaxTypeCGST": tax_type_cgst,
                "TaxTypeIGST": tax_type_igst,
                "TaxTypeSGST": tax_type_sgst,
            }
        )
        if amazon_order_id is not UNSET:
            field_dict["AmazonOrderId"] = amazon_order_id
        if base_expense is not UNSET:
            field_dict["BaseExpense"] = base_expense
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if total_expense is not UNSET:
            field_dict["TotalExpense"] = total_expense
        if transaction_type is not UNSET:
            field_dict["TransactionType"] = transaction_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("TaxTypeCGST", "tax_type_cgst", True, ("model", Currency)),
                ("TaxTypeIGST", "tax_type_igst", True, ("model", Currency)),
                ("TaxTypeSGST", "tax_type_sgst", True, ("model", Currency)),
                ("AmazonOrderId", "amazon_order_id", False, ("str",)),
                ("BaseExpense", "base_expense", False, ("model", Currency)),
                ("MarketplaceId", "marketplace_id", False, ("str",)),
                ("PostedDate", "posted_date", False, ("datetime",)),
                ("TotalExpense", "total_expense", False, ("model", Currency)),
                ("TransactionType", "transaction_type", False, ("str",)),
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
        tax_type_cgst = Currency.from_dict(d.pop("TaxTypeCGST"))

        tax_type_igst = Currency.from_dict(d.pop("TaxTypeIGST"))

        tax_type_sgst = Currency.from_dict(d.pop("TaxTypeSGST"))

        amazon_order_id = d.pop("AmazonOrderId", UNSET)

        if (
            _reader is not None
            and amazon_order_id.__class__ is not str
            and amazon_order_id is not UNSET
        ):
            raise DeviationError("AmazonOrderId")

        _base_expense = d.pop("BaseExpense", UNSET)
        base_expense = (
            UNSET if _base_expense is UNSET else Currency.from_dict(_base_expense)
        )

        marketplace_id = d.pop("MarketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("MarketplaceId")

        _posted_date = d.pop("PostedDate", UNSET)
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
            raise DeviationError("PostedDate")

        _total_expense = d.pop("TotalExpense", UNSET)
        total_expense = (
            UNSET if _total_expense is UNSET else Currency.from_dict(_total_expense)
        )

        transaction_type = d.pop("TransactionType", UNSET)

        if (
            _reader is not None
            and transaction_type.__class__ is not str
            and transaction_type is not UNSET
        ):
            raise DeviationError("TransactionType")

        if cls is AffordabilityExpenseEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.tax_type_cgst = tax_type_cgst
            _built.tax_type_igst = tax_type_igst
            _built.tax_type_sgst = tax_type_sgst
            _built.amazon_order_id = amazon_order_id
            _built.base_expense = base_expense
            _built.marketplace_id = marketplace_id
            _built.posted_date = posted_date
            _built.total_expense = total_expense
            _built.transaction_type = transaction_type
            _built._parse_notes = None
            affordability_expense_event = _built
        else:  # a subclass: its own __init__ runs
            affordability_expense_event = cls(
                tax_type_cgst=tax_type_cgst,
                tax_type_igst=tax_type_igst,
                tax_type_sgst=tax_type_sgst,
                amazon_order_id=amazon_order_id,
                base_expense=base_expense,
                marketplace_id=marketplace_id,
                posted_date=posted_date,
                total_expense=total_expense,
                transaction_type=transaction_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        affordability_expense_event.additional_properties = d or {}
        return affordability_expense_event

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

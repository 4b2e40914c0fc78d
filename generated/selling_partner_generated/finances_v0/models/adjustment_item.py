from __future__ import annotations

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


T = TypeVar("T", bound="AdjustmentItem")


@_attrs_define
class AdjustmentItem:
    """
    Attributes:
        asin (str | Unset):
        fn_sku (str | Unset):
        per_unit_amount (Currency | Unset):
        product_description (str | Unset):
        quantity (str | Unset):
        seller_sku (str | Unset):
        total_amount (Currency | Unset):
        transaction_number (str | Unset):
    """

    asin: str | Unset = UNSET
    fn_sku: str | Unset = UNSET
    per_unit_amount: Currency | Unset = UNSET
    product_description: str | Unset = UNSET
    quantity: str | Unset = UNSET
    seller_sku: str | Unset = UNSET
    total_amount: Currency | Unset = UNSET
    transaction_number: str | Unset = UNSET
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
        asin = self.asin

        fn_sku = self.fn_sku

        per_unit_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_unit_amount, Unset):
            per_unit_amount = self.per_unit_amount.to_dict()

        product_description = self.product_description

        quantity = self.quantity

        seller_sku = self.seller_sku

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        transaction_number = self.transaction_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if fn_sku is not UNSET:
            field_dict["FnSKU"] = fn_sku
        if per_unit_amount is not UNSET:
            field_dict["PerUnitAmount"] = per_unit_amount
        if product_description is not UNSET:
            field_dict["ProductDescription"] = product_description
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if seller_sku is not UNSET:
            field_dict["SellerSKU"] = seller_sku
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount
        if transaction_number is not UNSET:
            field_dict["TransactionNumber"] = transaction_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("ASIN", "asin", False, ("str",)),
                ("FnSKU", "fn_sku", False, ("str",)),
                ("PerUnitAmount", "per_unit_amount", False, ("model", Currency)),
                ("ProductDescription", "product_description", False, ("str",)),
                ("Quantity", "quantity", False, ("str",)),
                ("SellerSKU", "seller_sku", False, ("str",)),
                ("TotalAmount", "total_amount", False, ("model", Currency)),
                ("TransactionNumber", "transaction_number", False, ("str",)),
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
        asin = d.pop("ASIN", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("ASIN")

        fn_sku = d.pop("FnSKU", UNSET)

        if _reader is not None and fn_sku.__class__ is not str and fn_sku is not UNSET:
            raise DeviationError("FnSKU")

        _per_unit_amount = d.pop("PerUnitAmount", UNSET)
        per_unit_amount = (
            UNSET if _per_unit_amount is UNSET else Currency.from_dict(_per_unit_amount)
        )

        product_description = d.pop("ProductDescription", UNSET)

        if (
            _reader is not None
            and product_description.__class__ is not str
            and product_description is not UNSET
        ):
            raise DeviationError("ProductDescription")

        quantity = d.pop("Quantity", UNSET)

        if (
            _reader is not None
            and quantity.__class__ is not str
            and quantity is not UNSET
        ):
            raise DeviationError("Quantity")

        seller_sku = d.pop("SellerSKU", UNSET)

        if (
            _reader is not None
            and seller_sku.__class__ is not str
            and seller_sku is not UNSET
        ):
            raise DeviationError("SellerSKU")

        _total_amount = d.pop("TotalAmount", UNSET)
        total_amount = (
            UNSET if _total_amount is UNSET else Currency.from_dict(_total_amount)
        )

        transaction_number = d.pop("TransactionNumber", UNSET)

        if (
            _reader is not None
            and transaction_number.__class__ is not str
            and transaction_number is not UNSET
        ):
            raise DeviationError("TransactionNumber")

        if cls is AdjustmentItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.fn_sku = fn_sku
            _built.per_unit_amount = per_unit_amount
            _built.product_description = product_description
            _built.quantity = quantity
            _built.seller_sku = seller_sku
            _built.total_amount = total_amount
            _built.transaction_number = transaction_number
            _built._parse_notes = None
            adjustment_item = _built
        else:  # a subclass: its own __init__ runs
            adjustment_item = cls(
                asin=asin,
                fn_sku=fn_sku,
                per_unit_amount=per_unit_amount,
                product_description=product_description,
                quantity=quantity,
                seller_sku=seller_sku,
                total_amount=total_amount,
                transaction_number=transaction_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        adjustment_item.additional_properties = d or {}
        return adjustment_item

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

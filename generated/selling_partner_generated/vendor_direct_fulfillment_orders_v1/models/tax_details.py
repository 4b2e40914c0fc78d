from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_details_type import TaxDetailsType
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
    from ..models.money import Money


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Money
    from ..models.money import Money

    _lazy_pending = False


T = TypeVar("T", bound="TaxDetails")


@_attrs_define
class TaxDetails:
    """
    Attributes:
        tax_amount (Money):
        tax_rate (str | Unset):
        taxable_amount (Money | Unset):
        type_ (TaxDetailsType | Unset):
    """

    tax_amount: Money
    tax_rate: str | Unset = UNSET
    taxable_amount: Money | Unset = UNSET
    type_: TaxDetailsType | Unset = UNSET
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
        tax_amount = self.tax_amount.to_dict()

        tax_rate = self.tax_rate

        taxable_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.taxable_amount, Unset):
            taxable_amount = self.taxable_amount.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "taxAmount": tax_amount,
            }
        )
        if tax_rate is not UNSET:
            field_dict["taxRate"] = tax_rate
        if taxable_amount is not UNSET:
            field_dict["taxableAmount"] = taxable_amount
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money

        return (
            (
                ("taxAmount", "tax_amount", True, ("model", Money)),
                ("taxRate", "tax_rate", False, ("str",)),
                ("taxableAmount", "taxable_amount", False, ("model", Money)),
                ("type", "type_", False, ("enum", TaxDetailsType)),
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
        tax_amount = Money.from_dict(d.pop("taxAmount"))

        tax_rate = d.pop("taxRate", UNSET)

        if (
            _reader is not None
            and tax_rate.__class__ is not str
            and tax_rate is not UNSET
        ):
            raise DeviationError("taxRate")

        _taxable_amount = d.pop("taxableAmount", UNSET)
        taxable_amount = (
            UNSET if _taxable_amount is UNSET else Money.from_dict(_taxable_amount)
        )

        _type_ = d.pop("type", UNSET)
        type_ = (
            UNSET
            if _type_ is UNSET
            else (
                TaxDetailsType._value2member_map_.get(_type_)
                if _type_.__class__ is str
                else None
            )
            or TaxDetailsType(_type_)
        )

        if cls is TaxDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.tax_amount = tax_amount
            _built.tax_rate = tax_rate
            _built.taxable_amount = taxable_amount
            _built.type_ = type_
            _built._parse_notes = None
            tax_details = _built
        else:  # a subclass: its own __init__ runs
            tax_details = cls(
                tax_amount=tax_amount,
                tax_rate=tax_rate,
                taxable_amount=taxable_amount,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tax_details.additional_properties = d or {}
        return tax_details

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

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
    from ..models.money_type import MoneyType


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MoneyType
    from ..models.money_type import MoneyType

    _lazy_pending = False


T = TypeVar("T", bound="IncludedFeeDetail")


@_attrs_define
class IncludedFeeDetail:
    """
    Attributes:
        fee_amount (MoneyType):
        fee_type (str):
        final_fee (MoneyType):
        fee_promotion (MoneyType | Unset):
        tax_amount (MoneyType | Unset):
    """

    fee_amount: MoneyType
    fee_type: str
    final_fee: MoneyType
    fee_promotion: MoneyType | Unset = UNSET
    tax_amount: MoneyType | Unset = UNSET
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
        fee_amount = self.fee_amount.to_dict()

        fee_type = self.fee_type

        final_fee = self.final_fee.to_dict()

        fee_promotion: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_promotion, Unset):
            fee_promotion = self.fee_promotion.to_dict()

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FeeAmount": fee_amount,
                "FeeType": fee_type,
                "FinalFee": final_fee,
            }
        )
        if fee_promotion is not UNSET:
            field_dict["FeePromotion"] = fee_promotion
        if tax_amount is not UNSET:
            field_dict["TaxAmount"] = tax_amount

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money_type import MoneyType

        return (
            (
                ("FeeAmount", "fee_amount", True, ("model", MoneyType)),
                ("FeeType", "fee_type", True, ("str",)),
                ("FinalFee", "final_fee", True, ("model", MoneyType)),
                ("FeePromotion", "fee_promotion", False, ("model", MoneyType)),
                ("TaxAmount", "tax_amount", False, ("model", MoneyType)),
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
        fee_amount = MoneyType.from_dict(d.pop("FeeAmount"))

        fee_type = d.pop("FeeType")

        if _reader is not None and fee_type.__class__ is not str:
            raise DeviationError("FeeType")

        final_fee = MoneyType.from_dict(d.pop("FinalFee"))

        _fee_promotion = d.pop("FeePromotion", UNSET)
        fee_promotion = (
            UNSET if _fee_promotion is UNSET else MoneyType.from_dict(_fee_promotion)
        )

        _tax_amount = d.pop("TaxAmount", UNSET)
        tax_amount = UNSET if _tax_amount is UNSET else MoneyType.from_dict(_tax_amount)

        if cls is IncludedFeeDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.fee_amount = fee_amount
            _built.fee_type = fee_type
            _built.final_fee = final_fee
            _built.fee_promotion = fee_promotion
            _built.tax_amount = tax_amount
            _built._parse_notes = None
            included_fee_detail = _built
        else:  # a subclass: its own __init__ runs
            included_fee_detail = cls(
                fee_amount=fee_amount,
                fee_type=fee_type,
                final_fee=final_fee,
                fee_promotion=fee_promotion,
                tax_amount=tax_amount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        included_fee_detail.additional_properties = d or {}
        return included_fee_detail

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_details_type import ChargeDetailsType
from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.money import Money
    from ..models.tax_detail import TaxDetail


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Money, TaxDetail
    from ..models.money import Money
    from ..models.tax_detail import TaxDetail

    _lazy_pending = False


T = TypeVar("T", bound="ChargeDetails")


@_attrs_define
class ChargeDetails:
    """
    Attributes:
        charge_amount (Money):
        type_ (ChargeDetailsType):
        tax_details (list[TaxDetail] | Unset):
    """

    charge_amount: Money
    type_: ChargeDetailsType
    tax_details: list[TaxDetail] | Unset = UNSET
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
        charge_amount = self.charge_amount.to_dict()

        type_ = self.type_.value

        tax_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_details, Unset):
            tax_details = []
            for tax_details_item_data in self.tax_details:
                tax_details_item = tax_details_item_data.to_dict()
                tax_details.append(tax_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chargeAmount": charge_amount,
                "type": type_,
            }
        )
        if tax_details is not UNSET:
            field_dict["taxDetails"] = tax_details

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money
        from ..models.tax_detail import TaxDetail

        return (
            (
                ("chargeAmount", "charge_amount", True, ("model", Money)),
                ("type", "type_", True, ("enum", ChargeDetailsType)),
                ("taxDetails", "tax_details", False, ("list", ("model", TaxDetail))),
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
        charge_amount = Money.from_dict(d.pop("chargeAmount"))

        _type_ = d.pop("type")
        type_ = (
            ChargeDetailsType._value2member_map_.get(_type_)
            if _type_.__class__ is str
            else None
        ) or ChargeDetailsType(_type_)

        _tax_details = d.pop("taxDetails", UNSET)
        tax_details = (
            UNSET
            if _tax_details is UNSET
            else [TaxDetail.from_dict(_item) for _item in _tax_details]
        )

        if cls is ChargeDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.charge_amount = charge_amount
            _built.type_ = type_
            _built.tax_details = tax_details
            _built._parse_notes = None
            charge_details = _built
        else:  # a subclass: its own __init__ runs
            charge_details = cls(
                charge_amount=charge_amount,
                type_=type_,
                tax_details=tax_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        charge_details.additional_properties = d or {}
        return charge_details

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

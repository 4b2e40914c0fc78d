from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.charge_charge_type import ChargeChargeType
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
    from ..models.charge_breakup import ChargeBreakup
    from ..models.tax import Tax


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeBreakup, Tax
    from ..models.charge_breakup import ChargeBreakup
    from ..models.tax import Tax

    _lazy_pending = False


T = TypeVar("T", bound="Charge")


@_attrs_define
class Charge:
    """
    Attributes:
        base_charge (ChargeBreakup):
        charge_type (ChargeChargeType):
        total_charge (ChargeBreakup):
        total_tax (Tax):
        tax_breakup (list[Tax] | Unset):
    """

    base_charge: ChargeBreakup
    charge_type: ChargeChargeType
    total_charge: ChargeBreakup
    total_tax: Tax
    tax_breakup: list[Tax] | Unset = UNSET
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
        base_charge = self.base_charge.to_dict()

        charge_type = self.charge_type.value

        total_charge = self.total_charge.to_dict()

        total_tax = self.total_tax.to_dict()

        tax_breakup: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_breakup, Unset):
            tax_breakup = []
            for tax_breakup_item_data in self.tax_breakup:
                tax_breakup_item = tax_breakup_item_data.to_dict()
                tax_breakup.append(tax_breakup_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseCharge": base_charge,
                "chargeType": charge_type,
                "totalCharge": total_charge,
                "totalTax": total_tax,
            }
        )
        if tax_breakup is not UNSET:
            field_dict["taxBreakup"] = tax_breakup

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_breakup import ChargeBreakup
        from ..models.tax import Tax

        return (
            (
                ("baseCharge", "base_charge", True, ("model", ChargeBreakup)),
                ("chargeType", "charge_type", True, ("enum", ChargeChargeType)),
                ("totalCharge", "total_charge", True, ("model", ChargeBreakup)),
                ("totalTax", "total_tax", True, ("model", Tax)),
                ("taxBreakup", "tax_breakup", False, ("list", ("model", Tax))),
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
        base_charge = ChargeBreakup.from_dict(d.pop("baseCharge"))

        _charge_type = d.pop("chargeType")
        charge_type = (
            ChargeChargeType._value2member_map_.get(_charge_type)
            if _charge_type.__class__ is str
            else None
        ) or ChargeChargeType(_charge_type)

        total_charge = ChargeBreakup.from_dict(d.pop("totalCharge"))

        total_tax = Tax.from_dict(d.pop("totalTax"))

        _tax_breakup = d.pop("taxBreakup", UNSET)
        tax_breakup = (
            UNSET
            if _tax_breakup is UNSET
            else [Tax.from_dict(_item) for _item in _tax_breakup]
        )

        if cls is Charge:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.base_charge = base_charge
            _built.charge_type = charge_type
            _built.total_charge = total_charge
            _built.total_tax = total_tax
            _built.tax_breakup = tax_breakup
            _built._parse_notes = None
            charge = _built
        else:  # a subclass: its own __init__ runs
            charge = cls(
                base_charge=base_charge,
                charge_type=charge_type,
                total_charge=total_charge,
                total_tax=total_tax,
                tax_breakup=tax_breakup,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        charge.additional_properties = d or {}
        return charge

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

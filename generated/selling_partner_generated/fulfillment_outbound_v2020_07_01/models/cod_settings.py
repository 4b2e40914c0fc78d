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
    from ..models.money import Money


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Money
    from ..models.money import Money

    _lazy_pending = False


T = TypeVar("T", bound="CODSettings")


@_attrs_define
class CODSettings:
    """
    Attributes:
        is_cod_required (bool):
        cod_charge (Money | Unset):
        cod_charge_tax (Money | Unset):
        shipping_charge (Money | Unset):
        shipping_charge_tax (Money | Unset):
    """

    is_cod_required: bool
    cod_charge: Money | Unset = UNSET
    cod_charge_tax: Money | Unset = UNSET
    shipping_charge: Money | Unset = UNSET
    shipping_charge_tax: Money | Unset = UNSET
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
        is_cod_required = self.is_cod_required

        cod_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cod_charge, Unset):
            cod_charge = self.cod_charge.to_dict()

        cod_charge_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cod_charge_tax, Unset):
            cod_charge_tax = self.cod_charge_tax.to_dict()

        shipping_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_charge, Unset):
            shipping_charge = self.shipping_charge.to_dict()

        shipping_charge_tax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_charge_tax, Unset):
            shipping_charge_tax = self.shipping_charge_tax.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isCodRequired": is_cod_required,
            }
        )
        if cod_charge is not UNSET:
            field_dict["codCharge"] = cod_charge
        if cod_charge_tax is not UNSET:
            field_dict["codChargeTax"] = cod_charge_tax
        if shipping_charge is not UNSET:
            field_dict["shippingCharge"] = shipping_charge
        if shipping_charge_tax is not UNSET:
            field_dict["shippingChargeTax"] = shipping_charge_tax

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money import Money

        return (
            (
                ("isCodRequired", "is_cod_required", True, ("bool",)),
                ("codCharge", "cod_charge", False, ("model", Money)),
                ("codChargeTax", "cod_charge_tax", False, ("model", Money)),
                ("shippingCharge", "shipping_charge", False, ("model", Money)),
                ("shippingChargeTax", "shipping_charge_tax", False, ("model", Money)),
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
        is_cod_required = d.pop("isCodRequired")

        if _reader is not None and is_cod_required.__class__ is not bool:
            raise DeviationError("isCodRequired")

        _cod_charge = d.pop("codCharge", UNSET)
        cod_charge = UNSET if _cod_charge is UNSET else Money.from_dict(_cod_charge)

        _cod_charge_tax = d.pop("codChargeTax", UNSET)
        cod_charge_tax = (
            UNSET if _cod_charge_tax is UNSET else Money.from_dict(_cod_charge_tax)
        )

        _shipping_charge = d.pop("shippingCharge", UNSET)
        shipping_charge = (
            UNSET if _shipping_charge is UNSET else Money.from_dict(_shipping_charge)
        )

        _shipping_charge_tax = d.pop("shippingChargeTax", UNSET)
        shipping_charge_tax = (
            UNSET
            if _shipping_charge_tax is UNSET
            else Money.from_dict(_shipping_charge_tax)
        )

        if cls is CODSettings:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.is_cod_required = is_cod_required
            _built.cod_charge = cod_charge
            _built.cod_charge_tax = cod_charge_tax
            _built.shipping_charge = shipping_charge
            _built.shipping_charge_tax = shipping_charge_tax
            _built._parse_notes = None
            cod_settings = _built
        else:  # a subclass: its own __init__ runs
            cod_settings = cls(
                is_cod_required=is_cod_required,
                cod_charge=cod_charge,
                cod_charge_tax=cod_charge_tax,
                shipping_charge=shipping_charge,
                shipping_charge_tax=shipping_charge_tax,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        cod_settings.additional_properties = d or {}
        return cod_settings

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

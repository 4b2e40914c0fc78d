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
    from ..models.tax_rate import TaxRate


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency, TaxRate
    from ..models.currency import Currency
    from ..models.tax_rate import TaxRate

    _lazy_pending = False


T = TypeVar("T", bound="TaxDetails")


@_attrs_define
class TaxDetails:
    """
    Attributes:
        declared_value (Currency | Unset):
        hsn_code (str | Unset):
        tax_rates (list[TaxRate] | Unset):
    """

    declared_value: Currency | Unset = UNSET
    hsn_code: str | Unset = UNSET
    tax_rates: list[TaxRate] | Unset = UNSET
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
        declared_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.declared_value, Unset):
            declared_value = self.declared_value.to_dict()

        hsn_code = self.hsn_code

        tax_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_rates, Unset):
            tax_rates = []
            for tax_rates_item_data in self.tax_rates:
                tax_rates_item = tax_rates_item_data.to_dict()
                tax_rates.append(tax_rates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if declared_value is not UNSET:
            field_dict["declaredValue"] = declared_value
        if hsn_code is not UNSET:
            field_dict["hsnCode"] = hsn_code
        if tax_rates is not UNSET:
            field_dict["taxRates"] = tax_rates

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.tax_rate import TaxRate

        return (
            (
                ("declaredValue", "declared_value", False, ("model", Currency)),
                ("hsnCode", "hsn_code", False, ("str",)),
                ("taxRates", "tax_rates", False, ("list", ("model", TaxRate))),
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
        _declared_value = d.pop("declaredValue", UNSET)
        declared_value = (
            UNSET if _declared_value is UNSET else Currency.from_dict(_declared_value)
        )

        hsn_code = d.pop("hsnCode", UNSET)

        if (
            _reader is not None
            and hsn_code.__class__ is not str
            and hsn_code is not UNSET
        ):
            raise DeviationError("hsnCode")

        _tax_rates = d.pop("taxRates", UNSET)
        tax_rates = (
            UNSET
            if _tax_rates is UNSET
            else [TaxRate.from_dict(_item) for _item in _tax_rates]
        )

        if cls is TaxDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.declared_value = declared_value
            _built.hsn_code = hsn_code
            _built.tax_rates = tax_rates
            _built._parse_notes = None
            tax_details = _built
        else:  # a subclass: its own __init__ runs
            tax_details = cls(
                declared_value=declared_value,
                hsn_code=hsn_code,
                tax_rates=tax_rates,
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

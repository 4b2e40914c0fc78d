from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tax_type import TaxType
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
    from ..models.charge_breakup import ChargeBreakup


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeBreakup
    from ..models.charge_breakup import ChargeBreakup

    _lazy_pending = False


T = TypeVar("T", bound="Tax")


@_attrs_define
class Tax:
    """
    Attributes:
        charge (ChargeBreakup):
        rate (str | Unset):
        type_ (TaxType | Unset):
    """

    charge: ChargeBreakup
    rate: str | Unset = UNSET
    type_: TaxType | Unset = UNSET
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
        charge = self.charge.to_dict()

        rate = self.rate

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "charge": charge,
            }
        )
        if rate is not UNSET:
            field_dict["rate"] = rate
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_breakup import ChargeBreakup

        return (
            (
                ("charge", "charge", True, ("model", ChargeBreakup)),
                ("rate", "rate", False, ("str",)),
                ("type", "type_", False, ("enum", TaxType)),
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
        charge = ChargeBreakup.from_dict(d.pop("charge"))

        rate = d.pop("rate", UNSET)

        if _reader is not None and rate.__class__ is not str and rate is not UNSET:
            raise DeviationError("rate")

        _type_ = d.pop("type", UNSET)
        type_ = (
            UNSET
            if _type_ is UNSET
            else (
                TaxType._value2member_map_.get(_type_)
                if _type_.__class__ is str
                else None
            )
            or TaxType(_type_)
        )

        if cls is Tax:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.charge = charge
            _built.rate = rate
            _built.type_ = type_
            _built._parse_notes = None
            tax = _built
        else:  # a subclass: its own __init__ runs
            tax = cls(
                charge=charge,
                rate=rate,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tax.additional_properties = d or {}
        return tax

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

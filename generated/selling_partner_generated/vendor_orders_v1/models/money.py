from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.money_unit_of_measure import MoneyUnitOfMeasure
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

T = TypeVar("T", bound="Money")


@_attrs_define
class Money:
    """
    Attributes:
        amount (str | Unset):
        currency_code (str | Unset):
        unit_of_measure (MoneyUnitOfMeasure | Unset):
    """

    amount: str | Unset = UNSET
    currency_code: str | Unset = UNSET
    unit_of_measure: MoneyUnitOfMeasure | Unset = UNSET
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
        amount = self.amount

        currency_code = self.currency_code

        unit_of_measure: str | Unset = UNSET
        if not isinstance(self.unit_of_measure, Unset):
            unit_of_measure = self.unit_of_measure.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency_code is not UNSET:
            field_dict["currencyCode"] = currency_code
        if unit_of_measure is not UNSET:
            field_dict["unitOfMeasure"] = unit_of_measure

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("amount", "amount", False, ("str",)),
                ("currencyCode", "currency_code", False, ("str",)),
                (
                    "unitOfMeasure",
                    "unit_of_measure",
                    False,
                    ("enum", MoneyUnitOfMeasure),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        amount = d.pop("amount", UNSET)

        if _reader is not None and amount.__class__ is not str and amount is not UNSET:
            raise DeviationError("amount")

        currency_code = d.pop("currencyCode", UNSET)

        if (
            _reader is not None
            and currency_code.__class__ is not str
            and currency_code is not UNSET
        ):
            raise DeviationError("currencyCode")

        _unit_of_measure = d.pop("unitOfMeasure", UNSET)
        unit_of_measure = (
            UNSET
            if _unit_of_measure is UNSET
            else (
                MoneyUnitOfMeasure._value2member_map_.get(_unit_of_measure)
                if _unit_of_measure.__class__ is str
                else None
            )
            or MoneyUnitOfMeasure(_unit_of_measure)
        )

        if cls is Money:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amount = amount
            _built.currency_code = currency_code
            _built.unit_of_measure = unit_of_measure
            _built._parse_notes = None
            money = _built
        else:  # a subclass: its own __init__ runs
            money = cls(
                amount=amount,
                currency_code=currency_code,
                unit_of_measure=unit_of_measure,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        money.additional_properties = d or {}
        return money

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

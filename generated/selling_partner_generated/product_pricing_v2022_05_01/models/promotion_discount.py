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


T = TypeVar("T", bound="PromotionDiscount")


@_attrs_define
class PromotionDiscount:
    """
    Attributes:
        amount_off (MoneyType | Unset):
        percent_off (float | Unset):
        type_ (str | Unset):
    """

    amount_off: MoneyType | Unset = UNSET
    percent_off: float | Unset = UNSET
    type_: str | Unset = UNSET
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
        amount_off: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount_off, Unset):
            amount_off = self.amount_off.to_dict()

        percent_off = self.percent_off

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_off is not UNSET:
            field_dict["amountOff"] = amount_off
        if percent_off is not UNSET:
            field_dict["percentOff"] = percent_off
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money_type import MoneyType

        return (
            (
                ("amountOff", "amount_off", False, ("model", MoneyType)),
                ("percentOff", "percent_off", False, ("float",)),
                ("type", "type_", False, ("str",)),
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
        _amount_off = d.pop("amountOff", UNSET)
        amount_off = UNSET if _amount_off is UNSET else MoneyType.from_dict(_amount_off)

        percent_off = d.pop("percentOff", UNSET)

        if (
            _reader is not None
            and percent_off.__class__ is not float
            and percent_off.__class__ is not int
            and percent_off is not UNSET
        ):
            raise DeviationError("percentOff")

        type_ = d.pop("type", UNSET)

        if _reader is not None and type_.__class__ is not str and type_ is not UNSET:
            raise DeviationError("type")

        if cls is PromotionDiscount:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amount_off = amount_off
            _built.percent_off = percent_off
            _built.type_ = type_
            _built._parse_notes = None
            promotion_discount = _built
        else:  # a subclass: its own __init__ runs
            promotion_discount = cls(
                amount_off=amount_off,
                percent_off=percent_off,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        promotion_discount.additional_properties = d or {}
        return promotion_discount

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

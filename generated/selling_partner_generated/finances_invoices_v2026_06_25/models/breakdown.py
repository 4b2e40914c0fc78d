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


T = TypeVar("T", bound="Breakdown")


@_attrs_define
class Breakdown:
    """
    Attributes:
        breakdown_amount (Currency):
        breakdown_type (str):
        breakdowns (list[Breakdown] | Unset):
    """

    breakdown_amount: Currency
    breakdown_type: str
    breakdowns: list[Breakdown] | Unset = UNSET
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
        breakdown_amount = self.breakdown_amount.to_dict()

        breakdown_type = self.breakdown_type

        breakdowns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.breakdowns, Unset):
            breakdowns = []
            for breakdowns_item_data in self.breakdowns:
                breakdowns_item = breakdowns_item_data.to_dict()
                breakdowns.append(breakdowns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "breakdownAmount": breakdown_amount,
                "breakdownType": breakdown_type,
            }
        )
        if breakdowns is not UNSET:
            field_dict["breakdowns"] = breakdowns

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("breakdownAmount", "breakdown_amount", True, ("model", Currency)),
                ("breakdownType", "breakdown_type", True, ("str",)),
                ("breakdowns", "breakdowns", False, ("list", ("model", Breakdown))),
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
        breakdown_amount = Currency.from_dict(d.pop("breakdownAmount"))

        breakdown_type = d.pop("breakdownType")

        if _reader is not None and breakdown_type.__class__ is not str:
            raise DeviationError("breakdownType")

        _breakdowns = d.pop("breakdowns", UNSET)
        breakdowns = (
            UNSET
            if _breakdowns is UNSET
            else [Breakdown.from_dict(_item) for _item in _breakdowns]
        )

        if cls is Breakdown:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.breakdown_amount = breakdown_amount
            _built.breakdown_type = breakdown_type
            _built.breakdowns = breakdowns
            _built._parse_notes = None
            breakdown = _built
        else:  # a subclass: its own __init__ runs
            breakdown = cls(
                breakdown_amount=breakdown_amount,
                breakdown_type=breakdown_type,
                breakdowns=breakdowns,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        breakdown.additional_properties = d or {}
        return breakdown

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

from __future__ import annotations

import datetime
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


T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """
    Attributes:
        cost (Currency):
        expiration (datetime.datetime | Unset):
        voidable_until (datetime.datetime | Unset):
    """

    cost: Currency
    expiration: datetime.datetime | Unset = UNSET
    voidable_until: datetime.datetime | Unset = UNSET
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
        cost = self.cost.to_dict()

        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.isoformat()

        voidable_until: str | Unset = UNSET
        if not isinstance(self.voidable_until, Unset):
            voidable_until = self.voidable_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
            }
        )
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if voidable_until is not UNSET:
            field_dict["voidableUntil"] = voidable_until

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("cost", "cost", True, ("model", Currency)),
                ("expiration", "expiration", False, ("datetime",)),
                ("voidableUntil", "voidable_until", False, ("datetime",)),
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
        cost = Currency.from_dict(d.pop("cost"))

        _expiration = d.pop("expiration", UNSET)
        expiration = (
            UNSET
            if _expiration is UNSET
            else datetime.datetime.fromisoformat(_expiration)
        )

        if (
            _reader is not None
            and not isinstance(expiration, Unset)
            and expiration.tzinfo is None
        ):
            raise DeviationError("expiration")

        _voidable_until = d.pop("voidableUntil", UNSET)
        voidable_until = (
            UNSET
            if _voidable_until is UNSET
            else datetime.datetime.fromisoformat(_voidable_until)
        )

        if (
            _reader is not None
            and not isinstance(voidable_until, Unset)
            and voidable_until.tzinfo is None
        ):
            raise DeviationError("voidableUntil")

        if cls is Quote:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.cost = cost
            _built.expiration = expiration
            _built.voidable_until = voidable_until
            _built._parse_notes = None
            quote = _built
        else:  # a subclass: its own __init__ runs
            quote = cls(
                cost=cost,
                expiration=expiration,
                voidable_until=voidable_until,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        quote.additional_properties = d or {}
        return quote

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

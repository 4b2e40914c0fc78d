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


T = TypeVar("T", bound="DebtRecoveryItem")


@_attrs_define
class DebtRecoveryItem:
    """
    Attributes:
        group_begin_date (datetime.datetime | Unset):
        group_end_date (datetime.datetime | Unset):
        original_amount (Currency | Unset):
        recovery_amount (Currency | Unset):
    """

    group_begin_date: datetime.datetime | Unset = UNSET
    group_end_date: datetime.datetime | Unset = UNSET
    original_amount: Currency | Unset = UNSET
    recovery_amount: Currency | Unset = UNSET
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
        group_begin_date: str | Unset = UNSET
        if not isinstance(self.group_begin_date, Unset):
            group_begin_date = self.group_begin_date.isoformat()

        group_end_date: str | Unset = UNSET
        if not isinstance(self.group_end_date, Unset):
            group_end_date = self.group_end_date.isoformat()

        original_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_amount, Unset):
            original_amount = self.original_amount.to_dict()

        recovery_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recovery_amount, Unset):
            recovery_amount = self.recovery_amount.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group_begin_date is not UNSET:
            field_dict["GroupBeginDate"] = group_begin_date
        if group_end_date is not UNSET:
            field_dict["GroupEndDate"] = group_end_date
        if original_amount is not UNSET:
            field_dict["OriginalAmount"] = original_amount
        if recovery_amount is not UNSET:
            field_dict["RecoveryAmount"] = recovery_amount

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("GroupBeginDate", "group_begin_date", False, ("datetime",)),
                ("GroupEndDate", "group_end_date", False, ("datetime",)),
                ("OriginalAmount", "original_amount", False, ("model", Currency)),
                ("RecoveryAmount", "recovery_amount", False, ("model", Currency)),
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
        _group_begin_date = d.pop("GroupBeginDate", UNSET)
        group_begin_date = (
            UNSET
            if _group_begin_date is UNSET
            else datetime.datetime.fromisoformat(_group_begin_date)
        )

        if (
            _reader is not None
            and not isinstance(group_begin_date, Unset)
            and group_begin_date.tzinfo is None
        ):
            raise DeviationError("GroupBeginDate")

        _group_end_date = d.pop("GroupEndDate", UNSET)
        group_end_date = (
            UNSET
            if _group_end_date is UNSET
            else datetime.datetime.fromisoformat(_group_end_date)
        )

        if (
            _reader is not None
            and not isinstance(group_end_date, Unset)
            and group_end_date.tzinfo is None
        ):
            raise DeviationError("GroupEndDate")

        _original_amount = d.pop("OriginalAmount", UNSET)
        original_amount = (
            UNSET if _original_amount is UNSET else Currency.from_dict(_original_amount)
        )

        _recovery_amount = d.pop("RecoveryAmount", UNSET)
        recovery_amount = (
            UNSET if _recovery_amount is UNSET else Currency.from_dict(_recovery_amount)
        )

        if cls is DebtRecoveryItem:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.group_begin_date = group_begin_date
            _built.group_end_date = group_end_date
            _built.original_amount = original_amount
            _built.recovery_amount = recovery_amount
            _built._parse_notes = None
            debt_recovery_item = _built
        else:  # a subclass: its own __init__ runs
            debt_recovery_item = cls(
                group_begin_date=group_begin_date,
                group_end_date=group_end_date,
                original_amount=original_amount,
                recovery_amount=recovery_amount,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        debt_recovery_item.additional_properties = d or {}
        return debt_recovery_item

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="DeferredContext")


@_attrs_define
class DeferredContext:
    """
    Attributes:
        deferral_reason (str | Unset):
        maturity_date (datetime.datetime | Unset):
    """

    deferral_reason: str | Unset = UNSET
    maturity_date: datetime.datetime | Unset = UNSET
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
        deferral_reason = self.deferral_reason

        maturity_date: str | Unset = UNSET
        if not isinstance(self.maturity_date, Unset):
            maturity_date = self.maturity_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deferral_reason is not UNSET:
            field_dict["deferralReason"] = deferral_reason
        if maturity_date is not UNSET:
            field_dict["maturityDate"] = maturity_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("deferralReason", "deferral_reason", False, ("str",)),
                ("maturityDate", "maturity_date", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        deferral_reason = d.pop("deferralReason", UNSET)

        if (
            _reader is not None
            and deferral_reason.__class__ is not str
            and deferral_reason is not UNSET
        ):
            raise DeviationError("deferralReason")

        _maturity_date = d.pop("maturityDate", UNSET)
        maturity_date = (
            UNSET
            if _maturity_date is UNSET
            else datetime.datetime.fromisoformat(_maturity_date)
        )

        if (
            _reader is not None
            and not isinstance(maturity_date, Unset)
            and maturity_date.tzinfo is None
        ):
            raise DeviationError("maturityDate")

        if cls is DeferredContext:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.deferral_reason = deferral_reason
            _built.maturity_date = maturity_date
            _built._parse_notes = None
            deferred_context = _built
        else:  # a subclass: its own __init__ runs
            deferred_context = cls(
                deferral_reason=deferral_reason,
                maturity_date=maturity_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        deferred_context.additional_properties = d or {}
        return deferred_context

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

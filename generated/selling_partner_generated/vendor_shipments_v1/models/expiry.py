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
    from ..models.duration import Duration


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Duration
    from ..models.duration import Duration

    _lazy_pending = False


T = TypeVar("T", bound="Expiry")


@_attrs_define
class Expiry:
    """
    Attributes:
        expiry_after_duration (Duration | Unset):
        expiry_date (datetime.datetime | Unset):
        manufacturer_date (datetime.datetime | Unset):
    """

    expiry_after_duration: Duration | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    manufacturer_date: datetime.datetime | Unset = UNSET
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
        expiry_after_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry_after_duration, Unset):
            expiry_after_duration = self.expiry_after_duration.to_dict()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        manufacturer_date: str | Unset = UNSET
        if not isinstance(self.manufacturer_date, Unset):
            manufacturer_date = self.manufacturer_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiry_after_duration is not UNSET:
            field_dict["expiryAfterDuration"] = expiry_after_duration
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if manufacturer_date is not UNSET:
            field_dict["manufacturerDate"] = manufacturer_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.duration import Duration

        return (
            (
                (
                    "expiryAfterDuration",
                    "expiry_after_duration",
                    False,
                    ("model", Duration),
                ),
                ("expiryDate", "expiry_date", False, ("datetime",)),
                ("manufacturerDate", "manufacturer_date", False, ("datetime",)),
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
        _expiry_after_duration = d.pop("expiryAfterDuration", UNSET)
        expiry_after_duration = (
            UNSET
            if _expiry_after_duration is UNSET
            else Duration.from_dict(_expiry_after_duration)
        )

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date = (
            UNSET
            if _expiry_date is UNSET
            else datetime.datetime.fromisoformat(_expiry_date)
        )

        if (
            _reader is not None
            and not isinstance(expiry_date, Unset)
            and expiry_date.tzinfo is None
        ):
            raise DeviationError("expiryDate")

        _manufacturer_date = d.pop("manufacturerDate", UNSET)
        manufacturer_date = (
            UNSET
            if _manufacturer_date is UNSET
            else datetime.datetime.fromisoformat(_manufacturer_date)
        )

        if (
            _reader is not None
            and not isinstance(manufacturer_date, Unset)
            and manufacturer_date.tzinfo is None
        ):
            raise DeviationError("manufacturerDate")

        if cls is Expiry:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.expiry_after_duration = expiry_after_duration
            _built.expiry_date = expiry_date
            _built.manufacturer_date = manufacturer_date
            _built._parse_notes = None
            expiry = _built
        else:  # a subclass: its own __init__ runs
            expiry = cls(
                expiry_after_duration=expiry_after_duration,
                expiry_date=expiry_date,
                manufacturer_date=manufacturer_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        expiry.additional_properties = d or {}
        return expiry

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

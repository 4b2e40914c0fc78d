from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.date_range import DateRange
    from ..models.operating_hours import OperatingHours


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DateRange, OperatingHours
    from ..models.date_range import DateRange
    from ..models.operating_hours import OperatingHours

    _lazy_pending = False


T = TypeVar("T", bound="ExceptionOperatingHours")


@_attrs_define
class ExceptionOperatingHours:
    """
    Attributes:
        date_range (DateRange | Unset):
        operating_hours (OperatingHours | Unset):
    """

    date_range: DateRange | Unset = UNSET
    operating_hours: OperatingHours | Unset = UNSET
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
        date_range: dict[str, Any] | Unset = UNSET
        if not isinstance(self.date_range, Unset):
            date_range = self.date_range.to_dict()

        operating_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_hours, Unset):
            operating_hours = self.operating_hours.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if operating_hours is not UNSET:
            field_dict["operatingHours"] = operating_hours

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.date_range import DateRange
        from ..models.operating_hours import OperatingHours

        return (
            (
                ("dateRange", "date_range", False, ("model", DateRange)),
                ("operatingHours", "operating_hours", False, ("model", OperatingHours)),
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
        _date_range = d.pop("dateRange", UNSET)
        date_range = UNSET if _date_range is UNSET else DateRange.from_dict(_date_range)

        _operating_hours = d.pop("operatingHours", UNSET)
        operating_hours = (
            UNSET
            if _operating_hours is UNSET
            else OperatingHours.from_dict(_operating_hours)
        )

        if cls is ExceptionOperatingHours:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.date_range = date_range
            _built.operating_hours = operating_hours
            _built._parse_notes = None
            exception_operating_hours = _built
        else:  # a subclass: its own __init__ runs
            exception_operating_hours = cls(
                date_range=date_range,
                operating_hours=operating_hours,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        exception_operating_hours.additional_properties = d or {}
        return exception_operating_hours

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

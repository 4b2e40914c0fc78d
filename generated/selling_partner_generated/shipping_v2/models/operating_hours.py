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
    from ..models.time_of_day import TimeOfDay


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TimeOfDay
    from ..models.time_of_day import TimeOfDay

    _lazy_pending = False


T = TypeVar("T", bound="OperatingHours")


@_attrs_define
class OperatingHours:
    """
    Attributes:
        closing_time (TimeOfDay | Unset):
        mid_day_closures (list[TimeOfDay] | Unset):
        opening_time (TimeOfDay | Unset):
    """

    closing_time: TimeOfDay | Unset = UNSET
    mid_day_closures: list[TimeOfDay] | Unset = UNSET
    opening_time: TimeOfDay | Unset = UNSET
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
        closing_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closing_time, Unset):
            closing_time = self.closing_time.to_dict()

        mid_day_closures: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mid_day_closures, Unset):
            mid_day_closures = []
            for mid_day_closures_item_data in self.mid_day_closures:
                mid_day_closures_item = mid_day_closures_item_data.to_dict()
                mid_day_closures.append(mid_day_closures_item)

        opening_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.opening_time, Unset):
            opening_time = self.opening_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if closing_time is not UNSET:
            field_dict["closingTime"] = closing_time
        if mid_day_closures is not UNSET:
            field_dict["midDayClosures"] = mid_day_closures
        if opening_time is not UNSET:
            field_dict["openingTime"] = opening_time

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.time_of_day import TimeOfDay

        return (
            (
                ("closingTime", "closing_time", False, ("model", TimeOfDay)),
                (
                    "midDayClosures",
                    "mid_day_closures",
                    False,
                    ("list", ("model", TimeOfDay)),
                ),
                ("openingTime", "opening_time", False, ("model", TimeOfDay)),
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
        _closing_time = d.pop("closingTime", UNSET)
        closing_time = (
            UNSET if _closing_time is UNSET else TimeOfDay.from_dict(_closing_time)
        )

        _mid_day_closures = d.pop("midDayClosures", UNSET)
        mid_day_closures = (
            UNSET
            if _mid_day_closures is UNSET
            else [TimeOfDay.from_dict(_item) for _item in _mid_day_closures]
        )

        _opening_time = d.pop("openingTime", UNSET)
        opening_time = (
            UNSET if _opening_time is UNSET else TimeOfDay.from_dict(_opening_time)
        )

        if cls is OperatingHours:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.closing_time = closing_time
            _built.mid_day_closures = mid_day_closures
            _built.opening_time = opening_time
            _built._parse_notes = None
            operating_hours = _built
        else:  # a subclass: its own __init__ runs
            operating_hours = cls(
                closing_time=closing_time,
                mid_day_closures=mid_day_closures,
                opening_time=opening_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        operating_hours.additional_properties = d or {}
        return operating_hours

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

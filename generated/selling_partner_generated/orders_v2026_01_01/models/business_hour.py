from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_hour_day_of_week import BusinessHourDayOfWeek
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
    from ..models.time_window import TimeWindow


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TimeWindow
    from ..models.time_window import TimeWindow

    _lazy_pending = False


T = TypeVar("T", bound="BusinessHour")


@_attrs_define
class BusinessHour:
    """
    Attributes:
        day_of_week (BusinessHourDayOfWeek | Unset):
        time_windows (list[TimeWindow] | Unset):
    """

    day_of_week: BusinessHourDayOfWeek | Unset = UNSET
    time_windows: list[TimeWindow] | Unset = UNSET
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
        day_of_week: str | Unset = UNSET
        if not isinstance(self.day_of_week, Unset):
            day_of_week = self.day_of_week.value

        time_windows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.time_windows, Unset):
            time_windows = []
            for time_windows_item_data in self.time_windows:
                time_windows_item = time_windows_item_data.to_dict()
                time_windows.append(time_windows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if day_of_week is not UNSET:
            field_dict["dayOfWeek"] = day_of_week
        if time_windows is not UNSET:
            field_dict["timeWindows"] = time_windows

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.time_window import TimeWindow

        return (
            (
                ("dayOfWeek", "day_of_week", False, ("enum", BusinessHourDayOfWeek)),
                ("timeWindows", "time_windows", False, ("list", ("model", TimeWindow))),
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
        _day_of_week = d.pop("dayOfWeek", UNSET)
        day_of_week = (
            UNSET
            if _day_of_week is UNSET
            else (
                BusinessHourDayOfWeek._value2member_map_.get(_day_of_week)
                if _day_of_week.__class__ is str
                else None
            )
            or BusinessHourDayOfWeek(_day_of_week)
        )

        _time_windows = d.pop("timeWindows", UNSET)
        time_windows = (
            UNSET
            if _time_windows is UNSET
            else [TimeWindow.from_dict(_item) for _item in _time_windows]
        )

        if cls is BusinessHour:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.day_of_week = day_of_week
            _built.time_windows = time_windows
            _built._parse_notes = None
            business_hour = _built
        else:  # a subclass: its own __init__ runs
            business_hour = cls(
                day_of_week=day_of_week,
                time_windows=time_windows,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        business_hour.additional_properties = d or {}
        return business_hour

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

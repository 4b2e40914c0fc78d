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
    from ..models.open_interval import OpenInterval


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OpenInterval
    from ..models.open_interval import OpenInterval

    _lazy_pending = False


T = TypeVar("T", bound="ExceptionDates")


@_attrs_define
class ExceptionDates:
    """
    Attributes:
        exception_date (str | Unset):
        is_open (bool | Unset):
        open_intervals (list[OpenInterval] | Unset):
    """

    exception_date: str | Unset = UNSET
    is_open: bool | Unset = UNSET
    open_intervals: list[OpenInterval] | Unset = UNSET
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
        exception_date = self.exception_date

        is_open = self.is_open

        open_intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.open_intervals, Unset):
            open_intervals = []
            for open_intervals_item_data in self.open_intervals:
                open_intervals_item = open_intervals_item_data.to_dict()
                open_intervals.append(open_intervals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exception_date is not UNSET:
            field_dict["ExceptionDate"] = exception_date
        if is_open is not UNSET:
            field_dict["IsOpen"] = is_open
        if open_intervals is not UNSET:
            field_dict["OpenIntervals"] = open_intervals

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.open_interval import OpenInterval

        return (
            (
                ("ExceptionDate", "exception_date", False, ("str",)),
                ("IsOpen", "is_open", False, ("bool",)),
                (
                    "OpenIntervals",
                    "open_intervals",
                    False,
                    ("list", ("model", OpenInterval)),
                ),
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
        exception_date = d.pop("ExceptionDate", UNSET)

        if (
            _reader is not None
            and exception_date.__class__ is not str
            and exception_date is not UNSET
        ):
            raise DeviationError("ExceptionDate")

        is_open = d.pop("IsOpen", UNSET)

        if (
            _reader is not None
            and is_open.__class__ is not bool
            and is_open is not UNSET
        ):
            raise DeviationError("IsOpen")

        _open_intervals = d.pop("OpenIntervals", UNSET)
        open_intervals = (
            UNSET
            if _open_intervals is UNSET
            else [OpenInterval.from_dict(_item) for _item in _open_intervals]
        )

        if cls is ExceptionDates:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.exception_date = exception_date
            _built.is_open = is_open
            _built.open_intervals = open_intervals
            _built._parse_notes = None
            exception_dates = _built
        else:  # a subclass: its own __init__ runs
            exception_dates = cls(
                exception_date=exception_date,
                is_open=is_open,
                open_intervals=open_intervals,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        exception_dates.additional_properties = d or {}
        return exception_dates

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

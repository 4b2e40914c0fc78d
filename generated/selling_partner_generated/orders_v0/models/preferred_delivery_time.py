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
    from ..models.business_hours import BusinessHours
    from ..models.exception_dates import ExceptionDates


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, BusinessHours, ExceptionDates
    from ..models.business_hours import BusinessHours
    from ..models.exception_dates import ExceptionDates

    _lazy_pending = False


T = TypeVar("T", bound="PreferredDeliveryTime")


@_attrs_define
class PreferredDeliveryTime:
    """
    Attributes:
        business_hours (list[BusinessHours] | Unset):
        exception_dates (list[ExceptionDates] | Unset):
    """

    business_hours: list[BusinessHours] | Unset = UNSET
    exception_dates: list[ExceptionDates] | Unset = UNSET
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
        business_hours: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.business_hours, Unset):
            business_hours = []
            for business_hours_item_data in self.business_hours:
                business_hours_item = business_hours_item_data.to_dict()
                business_hours.append(business_hours_item)

        exception_dates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exception_dates, Unset):
            exception_dates = []
            for exception_dates_item_data in self.exception_dates:
                exception_dates_item = exception_dates_item_data.to_dict()
                exception_dates.append(exception_dates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if business_hours is not UNSET:
            field_dict["BusinessHours"] = business_hours
        if exception_dates is not UNSET:
            field_dict["ExceptionDates"] = exception_dates

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.business_hours import BusinessHours
        from ..models.exception_dates import ExceptionDates

        return (
            (
                (
                    "BusinessHours",
                    "business_hours",
                    False,
                    ("list", ("model", BusinessHours)),
                ),
                (
                    "ExceptionDates",
                    "exception_dates",
                    False,
                    ("list", ("model", ExceptionDates)),
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
        _business_hours = d.pop("BusinessHours", UNSET)
        business_hours = (
            UNSET
            if _business_hours is UNSET
            else [BusinessHours.from_dict(_item) for _item in _business_hours]
        )

        _exception_dates = d.pop("ExceptionDates", UNSET)
        exception_dates = (
            UNSET
            if _exception_dates is UNSET
            else [ExceptionDates.from_dict(_item) for _item in _exception_dates]
        )

        if cls is PreferredDeliveryTime:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.business_hours = business_hours
            _built.exception_dates = exception_dates
            _built._parse_notes = None
            preferred_delivery_time = _built
        else:  # a subclass: its own __init__ runs
            preferred_delivery_time = cls(
                business_hours=business_hours,
                exception_dates=exception_dates,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        preferred_delivery_time.additional_properties = d or {}
        return preferred_delivery_time

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

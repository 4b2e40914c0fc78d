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
        from ..models.business_hours import BusinessHours
        from ..models.exception_dates import ExceptionDates

        d = dict(src_dict)
        _business_hours = d.pop("BusinessHours", UNSET)
        business_hours: list[BusinessHours] | Unset = UNSET
        if _business_hours is not UNSET:
            business_hours = []
            for business_hours_item_data in _business_hours:
                business_hours_item = BusinessHours.from_dict(business_hours_item_data)

                business_hours.append(business_hours_item)

        _exception_dates = d.pop("ExceptionDates", UNSET)
        exception_dates: list[ExceptionDates] | Unset = UNSET
        if _exception_dates is not UNSET:
            exception_dates = []
            for exception_dates_item_data in _exception_dates:
                exception_dates_item = ExceptionDates.from_dict(
                    exception_dates_item_data
                )

                exception_dates.append(exception_dates_item)

        preferred_delivery_time = cls(
            business_hours=business_hours,
            exception_dates=exception_dates,
        )

        preferred_delivery_time.additional_properties = d
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

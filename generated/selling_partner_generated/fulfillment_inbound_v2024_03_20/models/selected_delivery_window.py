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

T = TypeVar("T", bound="SelectedDeliveryWindow")


@_attrs_define
class SelectedDeliveryWindow:
    """
    Attributes:
        availability_type (str):
        delivery_window_option_id (str):
        end_date (datetime.datetime):
        start_date (datetime.datetime):
        editable_until (datetime.datetime | Unset):
    """

    availability_type: str
    delivery_window_option_id: str
    end_date: datetime.datetime
    start_date: datetime.datetime
    editable_until: datetime.datetime | Unset = UNSET
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
        availability_type = self.availability_type

        delivery_window_option_id = self.delivery_window_option_id

        end_date = self.end_date.isoformat()

        start_date = self.start_date.isoformat()

        editable_until: str | Unset = UNSET
        if not isinstance(self.editable_until, Unset):
            editable_until = self.editable_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availabilityType": availability_type,
                "deliveryWindowOptionId": delivery_window_option_id,
                "endDate": end_date,
                "startDate": start_date,
            }
        )
        if editable_until is not UNSET:
            field_dict["editableUntil"] = editable_until

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("availabilityType", "availability_type", True, ("str",)),
                ("deliveryWindowOptionId", "delivery_window_option_id", True, ("str",)),
                ("endDate", "end_date", True, ("datetime",)),
                ("startDate", "start_date", True, ("datetime",)),
                ("editableUntil", "editable_until", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        availability_type = d.pop("availabilityType")

        if _reader is not None and availability_type.__class__ is not str:
            raise DeviationError("availabilityType")

        delivery_window_option_id = d.pop("deliveryWindowOptionId")

        if _reader is not None and delivery_window_option_id.__class__ is not str:
            raise DeviationError("deliveryWindowOptionId")

        end_date = datetime.datetime.fromisoformat(d.pop("endDate"))

        if _reader is not None and end_date.tzinfo is None:
            raise DeviationError("endDate")

        start_date = datetime.datetime.fromisoformat(d.pop("startDate"))

        if _reader is not None and start_date.tzinfo is None:
            raise DeviationError("startDate")

        _editable_until = d.pop("editableUntil", UNSET)
        editable_until = (
            UNSET
            if _editable_until is UNSET
            else datetime.datetime.fromisoformat(_editable_until)
        )

        if (
            _reader is not None
            and not isinstance(editable_until, Unset)
            and editable_until.tzinfo is None
        ):
            raise DeviationError("editableUntil")

        if cls is SelectedDeliveryWindow:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.availability_type = availability_type
            _built.delivery_window_option_id = delivery_window_option_id
            _built.end_date = end_date
            _built.start_date = start_date
            _built.editable_until = editable_until
            _built._parse_notes = None
            selected_delivery_window = _built
        else:  # a subclass: its own __init__ runs
            selected_delivery_window = cls(
                availability_type=availability_type,
                delivery_window_option_id=delivery_window_option_id,
                end_date=end_date,
                start_date=start_date,
                editable_until=editable_until,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        selected_delivery_window.additional_properties = d or {}
        return selected_delivery_window

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

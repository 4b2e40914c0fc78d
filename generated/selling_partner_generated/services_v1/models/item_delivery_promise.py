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

T = TypeVar("T", bound="ItemDeliveryPromise")


@_attrs_define
class ItemDeliveryPromise:
    """
    Attributes:
        end_time (datetime.datetime | Unset):
        start_time (datetime.datetime | Unset):
    """

    end_time: datetime.datetime | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
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
        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("endTime", "end_time", False, ("datetime",)),
                ("startTime", "start_time", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _end_time = d.pop("endTime", UNSET)
        end_time = (
            UNSET if _end_time is UNSET else datetime.datetime.fromisoformat(_end_time)
        )

        if (
            _reader is not None
            and not isinstance(end_time, Unset)
            and end_time.tzinfo is None
        ):
            raise DeviationError("endTime")

        _start_time = d.pop("startTime", UNSET)
        start_time = (
            UNSET
            if _start_time is UNSET
            else datetime.datetime.fromisoformat(_start_time)
        )

        if (
            _reader is not None
            and not isinstance(start_time, Unset)
            and start_time.tzinfo is None
        ):
            raise DeviationError("startTime")

        if cls is ItemDeliveryPromise:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.end_time = end_time
            _built.start_time = start_time
            _built._parse_notes = None
            item_delivery_promise = _built
        else:  # a subclass: its own __init__ runs
            item_delivery_promise = cls(
                end_time=end_time,
                start_time=start_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_delivery_promise.additional_properties = d or {}
        return item_delivery_promise

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

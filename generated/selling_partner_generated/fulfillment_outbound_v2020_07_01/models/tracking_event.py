from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_code import EventCode
from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.tracking_address import TrackingAddress


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TrackingAddress
    from ..models.tracking_address import TrackingAddress

    _lazy_pending = False


T = TypeVar("T", bound="TrackingEvent")


@_attrs_define
class TrackingEvent:
    """
    Attributes:
        event_address (TrackingAddress):
        event_code (EventCode):
        event_date (datetime.datetime):
        event_description (str):
    """

    event_address: TrackingAddress
    event_code: EventCode
    event_date: datetime.datetime
    event_description: str
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
        event_address = self.event_address.to_dict()

        event_code = self.event_code.value

        event_date = self.event_date.isoformat()

        event_description = self.event_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventAddress": event_address,
                "eventCode": event_code,
                "eventDate": event_date,
                "eventDescription": event_description,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.tracking_address import TrackingAddress

        return (
            (
                ("eventAddress", "event_address", True, ("model", TrackingAddress)),
                ("eventCode", "event_code", True, ("enum", EventCode)),
                ("eventDate", "event_date", True, ("datetime",)),
                ("eventDescription", "event_description", True, ("str",)),
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
        event_address = TrackingAddress.from_dict(d.pop("eventAddress"))

        _event_code = d.pop("eventCode")
        event_code = (
            EventCode._value2member_map_.get(_event_code)
            if _event_code.__class__ is str
            else None
        ) or EventCode(_event_code)

        event_date = datetime.datetime.fromisoformat(d.pop("eventDate"))

        if _reader is not None and event_date.tzinfo is None:
            raise DeviationError("eventDate")

        event_description = d.pop("eventDescription")

        if _reader is not None and event_description.__class__ is not str:
            raise DeviationError("eventDescription")

        if cls is TrackingEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.event_address = event_address
            _built.event_code = event_code
            _built.event_date = event_date
            _built.event_description = event_description
            _built._parse_notes = None
            tracking_event = _built
        else:  # a subclass: its own __init__ runs
            tracking_event = cls(
                event_address=event_address,
                event_code=event_code,
                event_date=event_date,
                event_description=event_description,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        tracking_event.additional_properties = d or {}
        return tracking_event

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

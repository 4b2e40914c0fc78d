from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_code import EventCode
from ..models.shipment_type import ShipmentType
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
    from ..models.location import Location


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Location
    from ..models.location import Location

    _lazy_pending = False


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
    """
    Attributes:
        event_code (EventCode):
        event_time (datetime.datetime):
        location (Location | Unset):
        shipment_type (ShipmentType | Unset):
    """

    event_code: EventCode
    event_time: datetime.datetime
    location: Location | Unset = UNSET
    shipment_type: ShipmentType | Unset = UNSET
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
        event_code = self.event_code.value

        event_time = self.event_time.isoformat()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        shipment_type: str | Unset = UNSET
        if not isinstance(self.shipment_type, Unset):
            shipment_type = self.shipment_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventCode": event_code,
                "eventTime": event_time,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location
        if shipment_type is not UNSET:
            field_dict["shipmentType"] = shipment_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.location import Location

        return (
            (
                ("eventCode", "event_code", True, ("enum", EventCode)),
                ("eventTime", "event_time", True, ("datetime",)),
                ("location", "location", False, ("model", Location)),
                ("shipmentType", "shipment_type", False, ("enum", ShipmentType)),
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
        _event_code = d.pop("eventCode")
        event_code = (
            EventCode._value2member_map_.get(_event_code)
            if _event_code.__class__ is str
            else None
        ) or EventCode(_event_code)

        event_time = datetime.datetime.fromisoformat(d.pop("eventTime"))

        if _reader is not None and event_time.tzinfo is None:
            raise DeviationError("eventTime")

        _location = d.pop("location", UNSET)
        location = UNSET if _location is UNSET else Location.from_dict(_location)

        _shipment_type = d.pop("shipmentType", UNSET)
        shipment_type = (
            UNSET
            if _shipment_type is UNSET
            else (
                ShipmentType._value2member_map_.get(_shipment_type)
                if _shipment_type.__class__ is str
                else None
            )
            or ShipmentType(_shipment_type)
        )

        if cls is Event:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.event_code = event_code
            _built.event_time = event_time
            _built.location = location
            _built.shipment_type = shipment_type
            _built._parse_notes = None
            event = _built
        else:  # a subclass: its own __init__ runs
            event = cls(
                event_code=event_code,
                event_time=event_time,
                location=location,
                shipment_type=shipment_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        event.additional_properties = d or {}
        return event

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_function_code import StopFunctionCode
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


T = TypeVar("T", bound="Stop")


@_attrs_define
class Stop:
    """
    Attributes:
        function_code (StopFunctionCode):
        arrival_time (datetime.datetime | Unset):
        departure_time (datetime.datetime | Unset):
        location_identification (Location | Unset):
    """

    function_code: StopFunctionCode
    arrival_time: datetime.datetime | Unset = UNSET
    departure_time: datetime.datetime | Unset = UNSET
    location_identification: Location | Unset = UNSET
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
        function_code = self.function_code.value

        arrival_time: str | Unset = UNSET
        if not isinstance(self.arrival_time, Unset):
            arrival_time = self.arrival_time.isoformat()

        departure_time: str | Unset = UNSET
        if not isinstance(self.departure_time, Unset):
            departure_time = self.departure_time.isoformat()

        location_identification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_identification, Unset):
            location_identification = self.location_identification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "functionCode": function_code,
            }
        )
        if arrival_time is not UNSET:
            field_dict["arrivalTime"] = arrival_time
        if departure_time is not UNSET:
            field_dict["departureTime"] = departure_time
        if location_identification is not UNSET:
            field_dict["locationIdentification"] = location_identification

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.location import Location

        return (
            (
                ("functionCode", "function_code", True, ("enum", StopFunctionCode)),
                ("arrivalTime", "arrival_time", False, ("datetime",)),
                ("departureTime", "departure_time", False, ("datetime",)),
                (
                    "locationIdentification",
                    "location_identification",
                    False,
                    ("model", Location),
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
        _function_code = d.pop("functionCode")
        function_code = (
            StopFunctionCode._value2member_map_.get(_function_code)
            if _function_code.__class__ is str
            else None
        ) or StopFunctionCode(_function_code)

        _arrival_time = d.pop("arrivalTime", UNSET)
        arrival_time = (
            UNSET
            if _arrival_time is UNSET
            else datetime.datetime.fromisoformat(_arrival_time)
        )

        if (
            _reader is not None
            and not isinstance(arrival_time, Unset)
            and arrival_time.tzinfo is None
        ):
            raise DeviationError("arrivalTime")

        _departure_time = d.pop("departureTime", UNSET)
        departure_time = (
            UNSET
            if _departure_time is UNSET
            else datetime.datetime.fromisoformat(_departure_time)
        )

        if (
            _reader is not None
            and not isinstance(departure_time, Unset)
            and departure_time.tzinfo is None
        ):
            raise DeviationError("departureTime")

        _location_identification = d.pop("locationIdentification", UNSET)
        location_identification = (
            UNSET
            if _location_identification is UNSET
            else Location.from_dict(_location_identification)
        )

        if cls is Stop:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.function_code = function_code
            _built.arrival_time = arrival_time
            _built.departure_time = departure_time
            _built.location_identification = location_identification
            _built._parse_notes = None
            stop = _built
        else:  # a subclass: its own __init__ runs
            stop = cls(
                function_code=function_code,
                arrival_time=arrival_time,
                departure_time=departure_time,
                location_identification=location_identification,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        stop.additional_properties = d or {}
        return stop

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

from __future__ import annotations

import datetime
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
    from ..models.recurrence import Recurrence


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Recurrence
    from ..models.recurrence import Recurrence

    _lazy_pending = False


T = TypeVar("T", bound="AvailabilityRecord")


@_attrs_define
class AvailabilityRecord:
    """
    Attributes:
        end_time (datetime.datetime):
        start_time (datetime.datetime):
        capacity (int | Unset):
        recurrence (Recurrence | Unset):
    """

    end_time: datetime.datetime
    start_time: datetime.datetime
    capacity: int | Unset = UNSET
    recurrence: Recurrence | Unset = UNSET
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
        end_time = self.end_time.isoformat()

        start_time = self.start_time.isoformat()

        capacity = self.capacity

        recurrence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recurrence, Unset):
            recurrence = self.recurrence.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "endTime": end_time,
                "startTime": start_time,
            }
        )
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if recurrence is not UNSET:
            field_dict["recurrence"] = recurrence

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.recurrence import Recurrence

        return (
            (
                ("endTime", "end_time", True, ("datetime",)),
                ("startTime", "start_time", True, ("datetime",)),
                ("capacity", "capacity", False, ("int",)),
                ("recurrence", "recurrence", False, ("model", Recurrence)),
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
        end_time = datetime.datetime.fromisoformat(d.pop("endTime"))

        if _reader is not None and end_time.tzinfo is None:
            raise DeviationError("endTime")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        if _reader is not None and start_time.tzinfo is None:
            raise DeviationError("startTime")

        capacity = d.pop("capacity", UNSET)

        if (
            _reader is not None
            and capacity.__class__ is not int
            and capacity is not UNSET
        ):
            raise DeviationError("capacity")

        _recurrence = d.pop("recurrence", UNSET)
        recurrence = (
            UNSET if _recurrence is UNSET else Recurrence.from_dict(_recurrence)
        )

        if cls is AvailabilityRecord:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.end_time = end_time
            _built.start_time = start_time
            _built.capacity = capacity
            _built.recurrence = recurrence
            _built._parse_notes = None
            availability_record = _built
        else:  # a subclass: its own __init__ runs
            availability_record = cls(
                end_time=end_time,
                start_time=start_time,
                capacity=capacity,
                recurrence=recurrence,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        availability_record.additional_properties = d or {}
        return availability_record

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

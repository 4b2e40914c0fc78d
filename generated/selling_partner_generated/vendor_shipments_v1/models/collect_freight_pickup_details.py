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

T = TypeVar("T", bound="CollectFreightPickupDetails")


@_attrs_define
class CollectFreightPickupDetails:
    """
    Attributes:
        carrier_assignment_date (datetime.datetime | Unset):
        requested_pick_up (datetime.datetime | Unset):
        scheduled_pick_up (datetime.datetime | Unset):
    """

    carrier_assignment_date: datetime.datetime | Unset = UNSET
    requested_pick_up: datetime.datetime | Unset = UNSET
    scheduled_pick_up: datetime.datetime | Unset = UNSET
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
        carrier_assignment_date: str | Unset = UNSET
        if not isinstance(self.carrier_assignment_date, Unset):
            carrier_assignment_date = self.carrier_assignment_date.isoformat()

        requested_pick_up: str | Unset = UNSET
        if not isinstance(self.requested_pick_up, Unset):
            requested_pick_up = self.requested_pick_up.isoformat()

        scheduled_pick_up: str | Unset = UNSET
        if not isinstance(self.scheduled_pick_up, Unset):
            scheduled_pick_up = self.scheduled_pick_up.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_assignment_date is not UNSET:
            field_dict["carrierAssignmentDate"] = carrier_assignment_date
        if requested_pick_up is not UNSET:
            field_dict["requestedPickUp"] = requested_pick_up
        if scheduled_pick_up is not UNSET:
            field_dict["scheduledPickUp"] = scheduled_pick_up

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                (
                    "carrierAssignmentDate",
                    "carrier_assignment_date",
                    False,
                    ("datetime",),
                ),
                ("requestedPickUp", "requested_pick_up", False, ("datetime",)),
                ("scheduledPickUp", "scheduled_pick_up", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _carrier_assignment_date = d.pop("carrierAssignmentDate", UNSET)
        carrier_assignment_date = (
            UNSET
            if _carrier_assignment_date is UNSET
            else datetime.datetime.fromisoformat(_carrier_assignment_date)
        )

        if (
            _reader is not None
            and not isinstance(carrier_assignment_date, Unset)
            and carrier_assignment_date.tzinfo is None
        ):
            raise DeviationError("carrierAssignmentDate")

        _requested_pick_up = d.pop("requestedPickUp", UNSET)
        requested_pick_up = (
            UNSET
            if _requested_pick_up is UNSET
            else datetime.datetime.fromisoformat(_requested_pick_up)
        )

        if (
            _reader is not None
            and not isinstance(requested_pick_up, Unset)
            and requested_pick_up.tzinfo is None
        ):
            raise DeviationError("requestedPickUp")

        _scheduled_pick_up = d.pop("scheduledPickUp", UNSET)
        scheduled_pick_up = (
            UNSET
            if _scheduled_pick_up is UNSET
            else datetime.datetime.fromisoformat(_scheduled_pick_up)
        )

        if (
            _reader is not None
            and not isinstance(scheduled_pick_up, Unset)
            and scheduled_pick_up.tzinfo is None
        ):
            raise DeviationError("scheduledPickUp")

        if cls is CollectFreightPickupDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.carrier_assignment_date = carrier_assignment_date
            _built.requested_pick_up = requested_pick_up
            _built.scheduled_pick_up = scheduled_pick_up
            _built._parse_notes = None
            collect_freight_pickup_details = _built
        else:  # a subclass: its own __init__ runs
            collect_freight_pickup_details = cls(
                carrier_assignment_date=carrier_assignment_date,
                requested_pick_up=requested_pick_up,
                scheduled_pick_up=scheduled_pick_up,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        collect_freight_pickup_details.additional_properties = d or {}
        return collect_freight_pickup_details

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

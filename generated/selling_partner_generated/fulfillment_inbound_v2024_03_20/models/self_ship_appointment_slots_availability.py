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
    from ..models.appointment_slot import AppointmentSlot


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AppointmentSlot
    from ..models.appointment_slot import AppointmentSlot

    _lazy_pending = False


T = TypeVar("T", bound="SelfShipAppointmentSlotsAvailability")


@_attrs_define
class SelfShipAppointmentSlotsAvailability:
    """
    Attributes:
        expires_at (datetime.datetime | Unset):
        slots (list[AppointmentSlot] | Unset):
    """

    expires_at: datetime.datetime | Unset = UNSET
    slots: list[AppointmentSlot] | Unset = UNSET
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
        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        slots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slots, Unset):
            slots = []
            for slots_item_data in self.slots:
                slots_item = slots_item_data.to_dict()
                slots.append(slots_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if slots is not UNSET:
            field_dict["slots"] = slots

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.appointment_slot import AppointmentSlot

        return (
            (
                ("expiresAt", "expires_at", False, ("datetime",)),
                ("slots", "slots", False, ("list", ("model", AppointmentSlot))),
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
        _expires_at = d.pop("expiresAt", UNSET)
        expires_at = (
            UNSET
            if _expires_at is UNSET
            else datetime.datetime.fromisoformat(_expires_at)
        )

        if (
            _reader is not None
            and not isinstance(expires_at, Unset)
            and expires_at.tzinfo is None
        ):
            raise DeviationError("expiresAt")

        _slots = d.pop("slots", UNSET)
        slots = (
            UNSET
            if _slots is UNSET
            else [AppointmentSlot.from_dict(_item) for _item in _slots]
        )

        if cls is SelfShipAppointmentSlotsAvailability:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.expires_at = expires_at
            _built.slots = slots
            _built._parse_notes = None
            self_ship_appointment_slots_availability = _built
        else:  # a subclass: its own __init__ runs
            self_ship_appointment_slots_availability = cls(
                expires_at=expires_at,
                slots=slots,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        self_ship_appointment_slots_availability.additional_properties = d or {}
        return self_ship_appointment_slots_availability

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

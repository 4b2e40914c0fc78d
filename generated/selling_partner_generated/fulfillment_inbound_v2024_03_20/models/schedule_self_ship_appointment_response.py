from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.self_ship_appointment_details import SelfShipAppointmentDetails


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, SelfShipAppointmentDetails
    from ..models.self_ship_appointment_details import SelfShipAppointmentDetails

    _lazy_pending = False


T = TypeVar("T", bound="ScheduleSelfShipAppointmentResponse")


@_attrs_define
class ScheduleSelfShipAppointmentResponse:
    """
    Attributes:
        self_ship_appointment_details (SelfShipAppointmentDetails):
    """

    self_ship_appointment_details: SelfShipAppointmentDetails
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
        self_ship_appointment_details = self.self_ship_appointment_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selfShipAppointmentDetails": self_ship_appointment_details,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.self_ship_appointment_details import SelfShipAppointmentDetails

        return (
            (
                (
                    "selfShipAppointmentDetails",
                    "self_ship_appointment_details",
                    True,
                    ("model", SelfShipAppointmentDetails),
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
        self_ship_appointment_details = SelfShipAppointmentDetails.from_dict(
            d.pop("selfShipAppointmentDetails")
        )

        if cls is ScheduleSelfShipAppointmentResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.self_ship_appointment_details = self_ship_appointment_details
            _built._parse_notes = None
            schedule_self_ship_appointment_response = _built
        else:  # a subclass: its own __init__ runs
            schedule_self_ship_appointment_response = cls(
                self_ship_appointment_details=self_ship_appointment_details,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        schedule_self_ship_appointment_response.additional_properties = d or {}
        return schedule_self_ship_appointment_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination import Pagination
    from ..models.self_ship_appointment_slots_availability import (
        SelfShipAppointmentSlotsAvailability,
    )


T = TypeVar("T", bound="GetSelfShipAppointmentSlotsResponse")


@_attrs_define
class GetSelfShipAppointmentSlotsResponse:
    """
    Attributes:
        self_ship_appointment_slots_availability (SelfShipAppointmentSlotsAvailability):
        pagination (Pagination | Unset):
    """

    self_ship_appointment_slots_availability: SelfShipAppointmentSlotsAvailability
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        self_ship_appointment_slots_availability = (
            self.self_ship_appointment_slots_availability.to_dict()
        )

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "selfShipAppointmentSlotsAvailability": self_ship_appointment_slots_availability,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination import Pagination
        from ..models.self_ship_appointment_slots_availability import (
            SelfShipAppointmentSlotsAvailability,
        )

        d = dict(src_dict)
        self_ship_appointment_slots_availability = (
            SelfShipAppointmentSlotsAvailability.from_dict(
                d.pop("selfShipAppointmentSlotsAvailability")
            )
        )

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        get_self_ship_appointment_slots_response = cls(
            self_ship_appointment_slots_availability=self_ship_appointment_slots_availability,
            pagination=pagination,
        )

        get_self_ship_appointment_slots_response.additional_properties = d
        return get_self_ship_appointment_slots_response

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

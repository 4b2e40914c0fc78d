from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reservation_type import ReservationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.availability_record import AvailabilityRecord


T = TypeVar("T", bound="Reservation")


@_attrs_define
class Reservation:
    """
    Attributes:
        availability (AvailabilityRecord):
        type_ (ReservationType):
        reservation_id (str | Unset):
    """

    availability: AvailabilityRecord
    type_: ReservationType
    reservation_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        availability = self.availability.to_dict()

        type_ = self.type_.value

        reservation_id = self.reservation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availability": availability,
                "type": type_,
            }
        )
        if reservation_id is not UNSET:
            field_dict["reservationId"] = reservation_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.availability_record import AvailabilityRecord

        d = dict(src_dict)
        availability = AvailabilityRecord.from_dict(d.pop("availability"))

        type_ = ReservationType(d.pop("type"))

        reservation_id = d.pop("reservationId", UNSET)

        reservation = cls(
            availability=availability,
            type_=type_,
            reservation_id=reservation_id,
        )

        reservation.additional_properties = d
        return reservation

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

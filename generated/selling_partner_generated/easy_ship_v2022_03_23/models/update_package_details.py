from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scheduled_package_id import ScheduledPackageId
    from ..models.time_slot import TimeSlot


T = TypeVar("T", bound="UpdatePackageDetails")


@_attrs_define
class UpdatePackageDetails:
    """
    Attributes:
        package_time_slot (TimeSlot):
        scheduled_package_id (ScheduledPackageId):
    """

    package_time_slot: TimeSlot
    scheduled_package_id: ScheduledPackageId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        package_time_slot = self.package_time_slot.to_dict()

        scheduled_package_id = self.scheduled_package_id.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "packageTimeSlot": package_time_slot,
                "scheduledPackageId": scheduled_package_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.scheduled_package_id import ScheduledPackageId
        from ..models.time_slot import TimeSlot

        d = dict(src_dict)
        package_time_slot = TimeSlot.from_dict(d.pop("packageTimeSlot"))

        scheduled_package_id = ScheduledPackageId.from_dict(d.pop("scheduledPackageId"))

        update_package_details = cls(
            package_time_slot=package_time_slot,
            scheduled_package_id=scheduled_package_id,
        )

        update_package_details.additional_properties = d
        return update_package_details

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

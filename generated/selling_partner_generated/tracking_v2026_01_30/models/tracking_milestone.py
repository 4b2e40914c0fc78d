from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tracking_milestone_location import TrackingMilestoneLocation
    from ..models.tracking_milestone_status import TrackingMilestoneStatus


T = TypeVar("T", bound="TrackingMilestone")


@_attrs_define
class TrackingMilestone:
    """
    Attributes:
        occurred_at (str):
        status (TrackingMilestoneStatus):
        location (TrackingMilestoneLocation | Unset):
    """

    occurred_at: str
    status: TrackingMilestoneStatus
    location: TrackingMilestoneLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occurred_at = self.occurred_at

        status = self.status.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "occurredAt": occurred_at,
                "status": status,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tracking_milestone_location import TrackingMilestoneLocation
        from ..models.tracking_milestone_status import TrackingMilestoneStatus

        d = dict(src_dict)
        occurred_at = d.pop("occurredAt")

        status = TrackingMilestoneStatus.from_dict(d.pop("status"))

        _location = d.pop("location", UNSET)
        location: TrackingMilestoneLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = TrackingMilestoneLocation.from_dict(_location)

        tracking_milestone = cls(
            occurred_at=occurred_at,
            status=status,
            location=location,
        )

        tracking_milestone.additional_properties = d
        return tracking_milestone

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

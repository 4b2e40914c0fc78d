from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bounded_interval import BoundedInterval


T = TypeVar("T", bound="TrackingEstimate")


@_attrs_define
class TrackingEstimate:
    """
    Attributes:
        estimated_interval (BoundedInterval):
        last_updated_time (str):
        type_ (str):
    """

    estimated_interval: BoundedInterval
    last_updated_time: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        estimated_interval = self.estimated_interval.to_dict()

        last_updated_time = self.last_updated_time

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "estimatedInterval": estimated_interval,
                "lastUpdatedTime": last_updated_time,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bounded_interval import BoundedInterval

        d = dict(src_dict)
        estimated_interval = BoundedInterval.from_dict(d.pop("estimatedInterval"))

        last_updated_time = d.pop("lastUpdatedTime")

        type_ = d.pop("type")

        tracking_estimate = cls(
            estimated_interval=estimated_interval,
            last_updated_time=last_updated_time,
            type_=type_,
        )

        tracking_estimate.additional_properties = d
        return tracking_estimate

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

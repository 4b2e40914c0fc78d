from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sample_location import SampleLocation


T = TypeVar("T", bound="SegmentDetails")


@_attrs_define
class SegmentDetails:
    """
    Attributes:
        glance_view_weight_percentage (float | Unset):
        sample_location (SampleLocation | Unset):
    """

    glance_view_weight_percentage: float | Unset = UNSET
    sample_location: SampleLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        glance_view_weight_percentage = self.glance_view_weight_percentage

        sample_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sample_location, Unset):
            sample_location = self.sample_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if glance_view_weight_percentage is not UNSET:
            field_dict["glanceViewWeightPercentage"] = glance_view_weight_percentage
        if sample_location is not UNSET:
            field_dict["sampleLocation"] = sample_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sample_location import SampleLocation

        d = dict(src_dict)
        glance_view_weight_percentage = d.pop("glanceViewWeightPercentage", UNSET)

        _sample_location = d.pop("sampleLocation", UNSET)
        sample_location: SampleLocation | Unset
        if isinstance(_sample_location, Unset):
            sample_location = UNSET
        else:
            sample_location = SampleLocation.from_dict(_sample_location)

        segment_details = cls(
            glance_view_weight_percentage=glance_view_weight_percentage,
            sample_location=sample_location,
        )

        segment_details.additional_properties = d
        return segment_details

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

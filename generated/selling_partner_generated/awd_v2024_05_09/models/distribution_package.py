from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.distribution_package_type import DistributionPackageType

if TYPE_CHECKING:
    from ..models.distribution_package_contents import DistributionPackageContents
    from ..models.measurement_data import MeasurementData


T = TypeVar("T", bound="DistributionPackage")


@_attrs_define
class DistributionPackage:
    """
    Attributes:
        contents (DistributionPackageContents):
        measurements (MeasurementData):
        type_ (DistributionPackageType):
    """

    contents: DistributionPackageContents
    measurements: MeasurementData
    type_: DistributionPackageType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contents = self.contents.to_dict()

        measurements = self.measurements.to_dict()

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contents": contents,
                "measurements": measurements,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.distribution_package_contents import DistributionPackageContents
        from ..models.measurement_data import MeasurementData

        d = dict(src_dict)
        contents = DistributionPackageContents.from_dict(d.pop("contents"))

        measurements = MeasurementData.from_dict(d.pop("measurements"))

        type_ = DistributionPackageType(d.pop("type"))

        distribution_package = cls(
            contents=contents,
            measurements=measurements,
            type_=type_,
        )

        distribution_package.additional_properties = d
        return distribution_package

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

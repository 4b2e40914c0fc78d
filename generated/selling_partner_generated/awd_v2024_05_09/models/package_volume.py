from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.volume_unit_of_measurement import VolumeUnitOfMeasurement

T = TypeVar("T", bound="PackageVolume")


@_attrs_define
class PackageVolume:
    """
    Attributes:
        unit_of_measurement (VolumeUnitOfMeasurement):
        volume (float):
    """

    unit_of_measurement: VolumeUnitOfMeasurement
    volume: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_of_measurement = self.unit_of_measurement.value

        volume = self.volume

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "unitOfMeasurement": unit_of_measurement,
                "volume": volume,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        unit_of_measurement = VolumeUnitOfMeasurement(d.pop("unitOfMeasurement"))

        volume = d.pop("volume")

        package_volume = cls(
            unit_of_measurement=unit_of_measurement,
            volume=volume,
        )

        package_volume.additional_properties = d
        return package_volume

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

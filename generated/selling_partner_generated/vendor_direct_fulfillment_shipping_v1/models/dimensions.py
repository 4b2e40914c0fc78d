from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dimensions_unit_of_measure import DimensionsUnitOfMeasure

T = TypeVar("T", bound="Dimensions")


@_attrs_define
class Dimensions:
    """
    Attributes:
        height (str):
        length (str):
        unit_of_measure (DimensionsUnitOfMeasure):
        width (str):
    """

    height: str
    length: str
    unit_of_measure: DimensionsUnitOfMeasure
    width: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        length = self.length

        unit_of_measure = self.unit_of_measure.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "length": length,
                "unitOfMeasure": unit_of_measure,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        height = d.pop("height")

        length = d.pop("length")

        unit_of_measure = DimensionsUnitOfMeasure(d.pop("unitOfMeasure"))

        width = d.pop("width")

        dimensions = cls(
            height=height,
            length=length,
            unit_of_measure=unit_of_measure,
            width=width,
        )

        dimensions.additional_properties = d
        return dimensions

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

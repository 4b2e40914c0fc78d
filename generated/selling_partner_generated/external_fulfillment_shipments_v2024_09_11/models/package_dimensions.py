from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.dimension import Dimension


T = TypeVar("T", bound="PackageDimensions")


@_attrs_define
class PackageDimensions:
    """
    Attributes:
        height (Dimension):
        length (Dimension):
        width (Dimension):
    """

    height: Dimension
    length: Dimension
    width: Dimension
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height.to_dict()

        length = self.length.to_dict()

        width = self.width.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "length": length,
                "width": width,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dimension import Dimension

        d = dict(src_dict)
        height = Dimension.from_dict(d.pop("height"))

        length = Dimension.from_dict(d.pop("length"))

        width = Dimension.from_dict(d.pop("width"))

        package_dimensions = cls(
            height=height,
            length=length,
            width=width,
        )

        package_dimensions.additional_properties = d
        return package_dimensions

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_of_length import UnitOfLength
from ..types import UNSET, Unset

T = TypeVar("T", bound="Dimensions")


@_attrs_define
class Dimensions:
    """
    Attributes:
        height (float | Unset):
        identifier (str | Unset):
        length (float | Unset):
        unit (UnitOfLength | Unset):
        width (float | Unset):
    """

    height: float | Unset = UNSET
    identifier: str | Unset = UNSET
    length: float | Unset = UNSET
    unit: UnitOfLength | Unset = UNSET
    width: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        height = self.height

        identifier = self.identifier

        length = self.length

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if height is not UNSET:
            field_dict["height"] = height
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if length is not UNSET:
            field_dict["length"] = length
        if unit is not UNSET:
            field_dict["unit"] = unit
        if width is not UNSET:
            field_dict["width"] = width

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        height = d.pop("height", UNSET)

        identifier = d.pop("identifier", UNSET)

        length = d.pop("length", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: UnitOfLength | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = UnitOfLength(_unit)

        width = d.pop("width", UNSET)

        dimensions = cls(
            height=height,
            identifier=identifier,
            length=length,
            unit=unit,
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

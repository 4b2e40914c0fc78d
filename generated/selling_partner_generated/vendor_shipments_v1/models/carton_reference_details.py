from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CartonReferenceDetails")


@_attrs_define
class CartonReferenceDetails:
    """
    Attributes:
        carton_reference_numbers (list[str]):
        carton_count (int | Unset):
    """

    carton_reference_numbers: list[str]
    carton_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carton_reference_numbers = self.carton_reference_numbers

        carton_count = self.carton_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cartonReferenceNumbers": carton_reference_numbers,
            }
        )
        if carton_count is not UNSET:
            field_dict["cartonCount"] = carton_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        carton_reference_numbers = cast(list[str], d.pop("cartonReferenceNumbers"))

        carton_count = d.pop("cartonCount", UNSET)

        carton_reference_details = cls(
            carton_reference_numbers=carton_reference_numbers,
            carton_count=carton_count,
        )

        carton_reference_details.additional_properties = d
        return carton_reference_details

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.total_weight_unit_of_measure import TotalWeightUnitOfMeasure

T = TypeVar("T", bound="TotalWeight")


@_attrs_define
class TotalWeight:
    """
    Attributes:
        amount (str):
        unit_of_measure (TotalWeightUnitOfMeasure):
    """

    amount: str
    unit_of_measure: TotalWeightUnitOfMeasure
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        unit_of_measure = self.unit_of_measure.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "unitOfMeasure": unit_of_measure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("amount")

        unit_of_measure = TotalWeightUnitOfMeasure(d.pop("unitOfMeasure"))

        total_weight = cls(
            amount=amount,
            unit_of_measure=unit_of_measure,
        )

        total_weight.additional_properties = d
        return total_weight

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

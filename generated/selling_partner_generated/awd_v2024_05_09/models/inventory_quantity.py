from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inventory_unit_of_measurement import InventoryUnitOfMeasurement

T = TypeVar("T", bound="InventoryQuantity")


@_attrs_define
class InventoryQuantity:
    """
    Attributes:
        quantity (float):
        unit_of_measurement (InventoryUnitOfMeasurement):
    """

    quantity: float
    unit_of_measurement: InventoryUnitOfMeasurement
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        unit_of_measurement = self.unit_of_measurement.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quantity": quantity,
                "unitOfMeasurement": unit_of_measurement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        quantity = d.pop("quantity")

        unit_of_measurement = InventoryUnitOfMeasurement(d.pop("unitOfMeasurement"))

        inventory_quantity = cls(
            quantity=quantity,
            unit_of_measurement=unit_of_measurement,
        )

        inventory_quantity.additional_properties = d
        return inventory_quantity

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnfulfillableQuantity")


@_attrs_define
class UnfulfillableQuantity:
    """
    Attributes:
        carrier_damaged_quantity (int | Unset):
        customer_damaged_quantity (int | Unset):
        defective_quantity (int | Unset):
        distributor_damaged_quantity (int | Unset):
        expired_quantity (int | Unset):
        total_unfulfillable_quantity (int | Unset):
        warehouse_damaged_quantity (int | Unset):
    """

    carrier_damaged_quantity: int | Unset = UNSET
    customer_damaged_quantity: int | Unset = UNSET
    defective_quantity: int | Unset = UNSET
    distributor_damaged_quantity: int | Unset = UNSET
    expired_quantity: int | Unset = UNSET
    total_unfulfillable_quantity: int | Unset = UNSET
    warehouse_damaged_quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        carrier_damaged_quantity = self.carrier_damaged_quantity

        customer_damaged_quantity = self.customer_damaged_quantity

        defective_quantity = self.defective_quantity

        distributor_damaged_quantity = self.distributor_damaged_quantity

        expired_quantity = self.expired_quantity

        total_unfulfillable_quantity = self.total_unfulfillable_quantity

        warehouse_damaged_quantity = self.warehouse_damaged_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if carrier_damaged_quantity is not UNSET:
            field_dict["carrierDamagedQuantity"] = carrier_damaged_quantity
        if customer_damaged_quantity is not UNSET:
            field_dict["customerDamagedQuantity"] = customer_damaged_quantity
        if defective_quantity is not UNSET:
            field_dict["defectiveQuantity"] = defective_quantity
        if distributor_damaged_quantity is not UNSET:
            field_dict["distributorDamagedQuantity"] = distributor_damaged_quantity
        if expired_quantity is not UNSET:
            field_dict["expiredQuantity"] = expired_quantity
        if total_unfulfillable_quantity is not UNSET:
            field_dict["totalUnfulfillableQuantity"] = total_unfulfillable_quantity
        if warehouse_damaged_quantity is not UNSET:
            field_dict["warehouseDamagedQuantity"] = warehouse_damaged_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        carrier_damaged_quantity = d.pop("carrierDamagedQuantity", UNSET)

        customer_damaged_quantity = d.pop("customerDamagedQuantity", UNSET)

        defective_quantity = d.pop("defectiveQuantity", UNSET)

        distributor_damaged_quantity = d.pop("distributorDamagedQuantity", UNSET)

        expired_quantity = d.pop("expiredQuantity", UNSET)

        total_unfulfillable_quantity = d.pop("totalUnfulfillableQuantity", UNSET)

        warehouse_damaged_quantity = d.pop("warehouseDamagedQuantity", UNSET)

        unfulfillable_quantity = cls(
            carrier_damaged_quantity=carrier_damaged_quantity,
            customer_damaged_quantity=customer_damaged_quantity,
            defective_quantity=defective_quantity,
            distributor_damaged_quantity=distributor_damaged_quantity,
            expired_quantity=expired_quantity,
            total_unfulfillable_quantity=total_unfulfillable_quantity,
            warehouse_damaged_quantity=warehouse_damaged_quantity,
        )

        unfulfillable_quantity.additional_properties = d
        return unfulfillable_quantity

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        order_item_id (str | Unset):
        order_item_serial_numbers (list[str] | Unset):
    """

    order_item_id: str | Unset = UNSET
    order_item_serial_numbers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_item_id = self.order_item_id

        order_item_serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.order_item_serial_numbers, Unset):
            order_item_serial_numbers = self.order_item_serial_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_item_id is not UNSET:
            field_dict["orderItemId"] = order_item_id
        if order_item_serial_numbers is not UNSET:
            field_dict["orderItemSerialNumbers"] = order_item_serial_numbers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_item_id = d.pop("orderItemId", UNSET)

        order_item_serial_numbers = cast(
            list[str], d.pop("orderItemSerialNumbers", UNSET)
        )

        item = cls(
            order_item_id=order_item_id,
            order_item_serial_numbers=order_item_serial_numbers,
        )

        item.additional_properties = d
        return item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_quantity import ItemQuantity


T = TypeVar("T", bound="PackedItem")


@_attrs_define
class PackedItem:
    """
    Attributes:
        item_sequence_number (int):
        packed_quantity (ItemQuantity):
        buyer_product_identifier (str | Unset):
        vendor_product_identifier (str | Unset):
    """

    item_sequence_number: int
    packed_quantity: ItemQuantity
    buyer_product_identifier: str | Unset = UNSET
    vendor_product_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_sequence_number = self.item_sequence_number

        packed_quantity = self.packed_quantity.to_dict()

        buyer_product_identifier = self.buyer_product_identifier

        vendor_product_identifier = self.vendor_product_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemSequenceNumber": item_sequence_number,
                "packedQuantity": packed_quantity,
            }
        )
        if buyer_product_identifier is not UNSET:
            field_dict["buyerProductIdentifier"] = buyer_product_identifier
        if vendor_product_identifier is not UNSET:
            field_dict["vendorProductIdentifier"] = vendor_product_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_quantity import ItemQuantity

        d = dict(src_dict)
        item_sequence_number = d.pop("itemSequenceNumber")

        packed_quantity = ItemQuantity.from_dict(d.pop("packedQuantity"))

        buyer_product_identifier = d.pop("buyerProductIdentifier", UNSET)

        vendor_product_identifier = d.pop("vendorProductIdentifier", UNSET)

        packed_item = cls(
            item_sequence_number=item_sequence_number,
            packed_quantity=packed_quantity,
            buyer_product_identifier=buyer_product_identifier,
            vendor_product_identifier=vendor_product_identifier,
        )

        packed_item.additional_properties = d
        return packed_item

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

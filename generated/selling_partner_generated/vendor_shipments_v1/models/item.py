from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_details import ItemDetails
    from ..models.item_quantity import ItemQuantity


T = TypeVar("T", bound="Item")


@_attrs_define
class Item:
    """
    Attributes:
        item_sequence_number (str):
        shipped_quantity (ItemQuantity):
        amazon_product_identifier (str | Unset):
        item_details (ItemDetails | Unset):
        vendor_product_identifier (str | Unset):
    """

    item_sequence_number: str
    shipped_quantity: ItemQuantity
    amazon_product_identifier: str | Unset = UNSET
    item_details: ItemDetails | Unset = UNSET
    vendor_product_identifier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_sequence_number = self.item_sequence_number

        shipped_quantity = self.shipped_quantity.to_dict()

        amazon_product_identifier = self.amazon_product_identifier

        item_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item_details, Unset):
            item_details = self.item_details.to_dict()

        vendor_product_identifier = self.vendor_product_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "itemSequenceNumber": item_sequence_number,
                "shippedQuantity": shipped_quantity,
            }
        )
        if amazon_product_identifier is not UNSET:
            field_dict["amazonProductIdentifier"] = amazon_product_identifier
        if item_details is not UNSET:
            field_dict["itemDetails"] = item_details
        if vendor_product_identifier is not UNSET:
            field_dict["vendorProductIdentifier"] = vendor_product_identifier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_details import ItemDetails
        from ..models.item_quantity import ItemQuantity

        d = dict(src_dict)
        item_sequence_number = d.pop("itemSequenceNumber")

        shipped_quantity = ItemQuantity.from_dict(d.pop("shippedQuantity"))

        amazon_product_identifier = d.pop("amazonProductIdentifier", UNSET)

        _item_details = d.pop("itemDetails", UNSET)
        item_details: ItemDetails | Unset
        if isinstance(_item_details, Unset):
            item_details = UNSET
        else:
            item_details = ItemDetails.from_dict(_item_details)

        vendor_product_identifier = d.pop("vendorProductIdentifier", UNSET)

        item = cls(
            item_sequence_number=item_sequence_number,
            shipped_quantity=shipped_quantity,
            amazon_product_identifier=amazon_product_identifier,
            item_details=item_details,
            vendor_product_identifier=vendor_product_identifier,
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

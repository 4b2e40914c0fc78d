from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemSummaryByMarketplace")


@_attrs_define
class ItemSummaryByMarketplace:
    """
    Attributes:
        marketplace_id (str):
        brand_name (str | Unset):
        browse_node (str | Unset):
        color_name (str | Unset):
        item_name (str | Unset):
        manufacturer (str | Unset):
        model_number (str | Unset):
        size_name (str | Unset):
        style_name (str | Unset):
    """

    marketplace_id: str
    brand_name: str | Unset = UNSET
    browse_node: str | Unset = UNSET
    color_name: str | Unset = UNSET
    item_name: str | Unset = UNSET
    manufacturer: str | Unset = UNSET
    model_number: str | Unset = UNSET
    size_name: str | Unset = UNSET
    style_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_id = self.marketplace_id

        brand_name = self.brand_name

        browse_node = self.browse_node

        color_name = self.color_name

        item_name = self.item_name

        manufacturer = self.manufacturer

        model_number = self.model_number

        size_name = self.size_name

        style_name = self.style_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
            }
        )
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if browse_node is not UNSET:
            field_dict["browseNode"] = browse_node
        if color_name is not UNSET:
            field_dict["colorName"] = color_name
        if item_name is not UNSET:
            field_dict["itemName"] = item_name
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if model_number is not UNSET:
            field_dict["modelNumber"] = model_number
        if size_name is not UNSET:
            field_dict["sizeName"] = size_name
        if style_name is not UNSET:
            field_dict["styleName"] = style_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        marketplace_id = d.pop("marketplaceId")

        brand_name = d.pop("brandName", UNSET)

        browse_node = d.pop("browseNode", UNSET)

        color_name = d.pop("colorName", UNSET)

        item_name = d.pop("itemName", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        model_number = d.pop("modelNumber", UNSET)

        size_name = d.pop("sizeName", UNSET)

        style_name = d.pop("styleName", UNSET)

        item_summary_by_marketplace = cls(
            marketplace_id=marketplace_id,
            brand_name=brand_name,
            browse_node=browse_node,
            color_name=color_name,
            item_name=item_name,
            manufacturer=manufacturer,
            model_number=model_number,
            size_name=size_name,
            style_name=style_name,
        )

        item_summary_by_marketplace.additional_properties = d
        return item_summary_by_marketplace

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

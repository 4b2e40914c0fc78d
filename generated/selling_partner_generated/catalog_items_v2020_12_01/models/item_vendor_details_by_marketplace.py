from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_vendor_details_by_marketplace_replenishment_category import (
    ItemVendorDetailsByMarketplaceReplenishmentCategory,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemVendorDetailsByMarketplace")


@_attrs_define
class ItemVendorDetailsByMarketplace:
    """
    Attributes:
        marketplace_id (str):
        brand_code (str | Unset):
        category_code (str | Unset):
        manufacturer_code (str | Unset):
        manufacturer_code_parent (str | Unset):
        product_group (str | Unset):
        replenishment_category (ItemVendorDetailsByMarketplaceReplenishmentCategory | Unset):
        subcategory_code (str | Unset):
    """

    marketplace_id: str
    brand_code: str | Unset = UNSET
    category_code: str | Unset = UNSET
    manufacturer_code: str | Unset = UNSET
    manufacturer_code_parent: str | Unset = UNSET
    product_group: str | Unset = UNSET
    replenishment_category: (
        ItemVendorDetailsByMarketplaceReplenishmentCategory | Unset
    ) = UNSET
    subcategory_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_id = self.marketplace_id

        brand_code = self.brand_code

        category_code = self.category_code

        manufacturer_code = self.manufacturer_code

        manufacturer_code_parent = self.manufacturer_code_parent

        product_group = self.product_group

        replenishment_category: str | Unset = UNSET
        if not isinstance(self.replenishment_category, Unset):
            replenishment_category = self.replenishment_category.value

        subcategory_code = self.subcategory_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
            }
        )
        if brand_code is not UNSET:
            field_dict["brandCode"] = brand_code
        if category_code is not UNSET:
            field_dict["categoryCode"] = category_code
        if manufacturer_code is not UNSET:
            field_dict["manufacturerCode"] = manufacturer_code
        if manufacturer_code_parent is not UNSET:
            field_dict["manufacturerCodeParent"] = manufacturer_code_parent
        if product_group is not UNSET:
            field_dict["productGroup"] = product_group
        if replenishment_category is not UNSET:
            field_dict["replenishmentCategory"] = replenishment_category
        if subcategory_code is not UNSET:
            field_dict["subcategoryCode"] = subcategory_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        marketplace_id = d.pop("marketplaceId")

        brand_code = d.pop("brandCode", UNSET)

        category_code = d.pop("categoryCode", UNSET)

        manufacturer_code = d.pop("manufacturerCode", UNSET)

        manufacturer_code_parent = d.pop("manufacturerCodeParent", UNSET)

        product_group = d.pop("productGroup", UNSET)

        _replenishment_category = d.pop("replenishmentCategory", UNSET)
        replenishment_category: (
            ItemVendorDetailsByMarketplaceReplenishmentCategory | Unset
        )
        if isinstance(_replenishment_category, Unset):
            replenishment_category = UNSET
        else:
            replenishment_category = (
                ItemVendorDetailsByMarketplaceReplenishmentCategory(
                    _replenishment_category
                )
            )

        subcategory_code = d.pop("subcategoryCode", UNSET)

        item_vendor_details_by_marketplace = cls(
            marketplace_id=marketplace_id,
            brand_code=brand_code,
            category_code=category_code,
            manufacturer_code=manufacturer_code,
            manufacturer_code_parent=manufacturer_code_parent,
            product_group=product_group,
            replenishment_category=replenishment_category,
            subcategory_code=subcategory_code,
        )

        item_vendor_details_by_marketplace.additional_properties = d
        return item_vendor_details_by_marketplace

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

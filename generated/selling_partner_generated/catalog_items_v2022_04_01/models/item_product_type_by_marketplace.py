from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemProductTypeByMarketplace")


@_attrs_define
class ItemProductTypeByMarketplace:
    """
    Attributes:
        marketplace_id (str | Unset):
        product_type (str | Unset):
    """

    marketplace_id: str | Unset = UNSET
    product_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_id = self.marketplace_id

        product_type = self.product_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id
        if product_type is not UNSET:
            field_dict["productType"] = product_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        marketplace_id = d.pop("marketplaceId", UNSET)

        product_type = d.pop("productType", UNSET)

        item_product_type_by_marketplace = cls(
            marketplace_id=marketplace_id,
            product_type=product_type,
        )

        item_product_type_by_marketplace.additional_properties = d
        return item_product_type_by_marketplace

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

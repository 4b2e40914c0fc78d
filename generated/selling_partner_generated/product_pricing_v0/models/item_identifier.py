from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_type import ConditionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemIdentifier")


@_attrs_define
class ItemIdentifier:
    """
    Attributes:
        item_condition (ConditionType):
        marketplace_id (str):
        asin (str | Unset):
        seller_sku (str | Unset):
    """

    item_condition: ConditionType
    marketplace_id: str
    asin: str | Unset = UNSET
    seller_sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_condition = self.item_condition.value

        marketplace_id = self.marketplace_id

        asin = self.asin

        seller_sku = self.seller_sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ItemCondition": item_condition,
                "MarketplaceId": marketplace_id,
            }
        )
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if seller_sku is not UNSET:
            field_dict["SellerSKU"] = seller_sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        item_condition = ConditionType(d.pop("ItemCondition"))

        marketplace_id = d.pop("MarketplaceId")

        asin = d.pop("ASIN", UNSET)

        seller_sku = d.pop("SellerSKU", UNSET)

        item_identifier = cls(
            item_condition=item_condition,
            marketplace_id=marketplace_id,
            asin=asin,
            seller_sku=seller_sku,
        )

        item_identifier.additional_properties = d
        return item_identifier

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

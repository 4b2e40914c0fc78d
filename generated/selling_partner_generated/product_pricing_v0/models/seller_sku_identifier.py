from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SellerSKUIdentifier")


@_attrs_define
class SellerSKUIdentifier:
    """
    Attributes:
        marketplace_id (str):
        seller_id (str):
        seller_sku (str):
    """

    marketplace_id: str
    seller_id: str
    seller_sku: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_id = self.marketplace_id

        seller_id = self.seller_id

        seller_sku = self.seller_sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MarketplaceId": marketplace_id,
                "SellerId": seller_id,
                "SellerSKU": seller_sku,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        marketplace_id = d.pop("MarketplaceId")

        seller_id = d.pop("SellerId")

        seller_sku = d.pop("SellerSKU")

        seller_sku_identifier = cls(
            marketplace_id=marketplace_id,
            seller_id=seller_id,
            seller_sku=seller_sku,
        )

        seller_sku_identifier.additional_properties = d
        return seller_sku_identifier

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

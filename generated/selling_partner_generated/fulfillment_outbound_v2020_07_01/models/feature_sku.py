from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureSku")


@_attrs_define
class FeatureSku:
    """
    Attributes:
        asin (str | Unset):
        fn_sku (str | Unset):
        overlapping_skus (list[str] | Unset):
        seller_sku (str | Unset):
        sku_count (float | Unset):
    """

    asin: str | Unset = UNSET
    fn_sku: str | Unset = UNSET
    overlapping_skus: list[str] | Unset = UNSET
    seller_sku: str | Unset = UNSET
    sku_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        fn_sku = self.fn_sku

        overlapping_skus: list[str] | Unset = UNSET
        if not isinstance(self.overlapping_skus, Unset):
            overlapping_skus = self.overlapping_skus

        seller_sku = self.seller_sku

        sku_count = self.sku_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if fn_sku is not UNSET:
            field_dict["fnSku"] = fn_sku
        if overlapping_skus is not UNSET:
            field_dict["overlappingSkus"] = overlapping_skus
        if seller_sku is not UNSET:
            field_dict["sellerSku"] = seller_sku
        if sku_count is not UNSET:
            field_dict["skuCount"] = sku_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asin = d.pop("asin", UNSET)

        fn_sku = d.pop("fnSku", UNSET)

        overlapping_skus = cast(list[str], d.pop("overlappingSkus", UNSET))

        seller_sku = d.pop("sellerSku", UNSET)

        sku_count = d.pop("skuCount", UNSET)

        feature_sku = cls(
            asin=asin,
            fn_sku=fn_sku,
            overlapping_skus=overlapping_skus,
            seller_sku=seller_sku,
            sku_count=sku_count,
        )

        feature_sku.additional_properties = d
        return feature_sku

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFeatureSkuResult")


@_attrs_define
class GetFeatureSkuResult:
    """
    Attributes:
        feature_name (str):
        is_eligible (bool):
        marketplace_id (str):
        asin (str | Unset):
        fn_sku (str | Unset):
        ineligible_reasons (list[str] | Unset):
        seller_sku (str | Unset):
        sku_count (float | Unset):
    """

    feature_name: str
    is_eligible: bool
    marketplace_id: str
    asin: str | Unset = UNSET
    fn_sku: str | Unset = UNSET
    ineligible_reasons: list[str] | Unset = UNSET
    seller_sku: str | Unset = UNSET
    sku_count: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_name = self.feature_name

        is_eligible = self.is_eligible

        marketplace_id = self.marketplace_id

        asin = self.asin

        fn_sku = self.fn_sku

        ineligible_reasons: list[str] | Unset = UNSET
        if not isinstance(self.ineligible_reasons, Unset):
            ineligible_reasons = self.ineligible_reasons

        seller_sku = self.seller_sku

        sku_count = self.sku_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "featureName": feature_name,
                "isEligible": is_eligible,
                "marketplaceId": marketplace_id,
            }
        )
        if asin is not UNSET:
            field_dict["asin"] = asin
        if fn_sku is not UNSET:
            field_dict["fnSku"] = fn_sku
        if ineligible_reasons is not UNSET:
            field_dict["ineligibleReasons"] = ineligible_reasons
        if seller_sku is not UNSET:
            field_dict["sellerSku"] = seller_sku
        if sku_count is not UNSET:
            field_dict["skuCount"] = sku_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        feature_name = d.pop("featureName")

        is_eligible = d.pop("isEligible")

        marketplace_id = d.pop("marketplaceId")

        asin = d.pop("asin", UNSET)

        fn_sku = d.pop("fnSku", UNSET)

        ineligible_reasons = cast(list[str], d.pop("ineligibleReasons", UNSET))

        seller_sku = d.pop("sellerSku", UNSET)

        sku_count = d.pop("skuCount", UNSET)

        get_feature_sku_result = cls(
            feature_name=feature_name,
            is_eligible=is_eligible,
            marketplace_id=marketplace_id,
            asin=asin,
            fn_sku=fn_sku,
            ineligible_reasons=ineligible_reasons,
            seller_sku=seller_sku,
            sku_count=sku_count,
        )

        get_feature_sku_result.additional_properties = d
        return get_feature_sku_result

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

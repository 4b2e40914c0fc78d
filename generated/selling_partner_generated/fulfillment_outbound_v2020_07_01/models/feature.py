from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Feature")


@_attrs_define
class Feature:
    """
    Attributes:
        feature_description (str):
        feature_name (str):
        seller_eligible (bool | Unset):
    """

    feature_description: str
    feature_name: str
    seller_eligible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_description = self.feature_description

        feature_name = self.feature_name

        seller_eligible = self.seller_eligible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "featureDescription": feature_description,
                "featureName": feature_name,
            }
        )
        if seller_eligible is not UNSET:
            field_dict["sellerEligible"] = seller_eligible

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        feature_description = d.pop("featureDescription")

        feature_name = d.pop("featureName")

        seller_eligible = d.pop("sellerEligible", UNSET)

        feature = cls(
            feature_description=feature_description,
            feature_name=feature_name,
            seller_eligible=seller_eligible,
        )

        feature.additional_properties = d
        return feature

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feature_settings_feature_fulfillment_policy import (
    FeatureSettingsFeatureFulfillmentPolicy,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FeatureSettings")


@_attrs_define
class FeatureSettings:
    """
    Attributes:
        feature_fulfillment_policy (FeatureSettingsFeatureFulfillmentPolicy | Unset):
        feature_name (str | Unset):
    """

    feature_fulfillment_policy: FeatureSettingsFeatureFulfillmentPolicy | Unset = UNSET
    feature_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_fulfillment_policy: str | Unset = UNSET
        if not isinstance(self.feature_fulfillment_policy, Unset):
            feature_fulfillment_policy = self.feature_fulfillment_policy.value

        feature_name = self.feature_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_fulfillment_policy is not UNSET:
            field_dict["featureFulfillmentPolicy"] = feature_fulfillment_policy
        if feature_name is not UNSET:
            field_dict["featureName"] = feature_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _feature_fulfillment_policy = d.pop("featureFulfillmentPolicy", UNSET)
        feature_fulfillment_policy: FeatureSettingsFeatureFulfillmentPolicy | Unset
        if isinstance(_feature_fulfillment_policy, Unset):
            feature_fulfillment_policy = UNSET
        else:
            feature_fulfillment_policy = FeatureSettingsFeatureFulfillmentPolicy(
                _feature_fulfillment_policy
            )

        feature_name = d.pop("featureName", UNSET)

        feature_settings = cls(
            feature_fulfillment_policy=feature_fulfillment_policy,
            feature_name=feature_name,
        )

        feature_settings.additional_properties = d
        return feature_settings

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

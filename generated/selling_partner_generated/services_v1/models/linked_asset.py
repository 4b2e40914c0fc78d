from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.linked_asset_additional_attributes import (
        LinkedAssetAdditionalAttributes,
    )


T = TypeVar("T", bound="LinkedAsset")


@_attrs_define
class LinkedAsset:
    """
    Attributes:
        additional_attributes (LinkedAssetAdditionalAttributes | Unset):
        asset_name (str | Unset):
        asset_type (str | Unset):
    """

    additional_attributes: LinkedAssetAdditionalAttributes | Unset = UNSET
    asset_name: str | Unset = UNSET
    asset_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        additional_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_attributes, Unset):
            additional_attributes = self.additional_attributes.to_dict()

        asset_name = self.asset_name

        asset_type = self.asset_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_attributes is not UNSET:
            field_dict["additionalAttributes"] = additional_attributes
        if asset_name is not UNSET:
            field_dict["assetName"] = asset_name
        if asset_type is not UNSET:
            field_dict["assetType"] = asset_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.linked_asset_additional_attributes import (
            LinkedAssetAdditionalAttributes,
        )

        d = dict(src_dict)
        _additional_attributes = d.pop("additionalAttributes", UNSET)
        additional_attributes: LinkedAssetAdditionalAttributes | Unset
        if isinstance(_additional_attributes, Unset):
            additional_attributes = UNSET
        else:
            additional_attributes = LinkedAssetAdditionalAttributes.from_dict(
                _additional_attributes
            )

        asset_name = d.pop("assetName", UNSET)

        asset_type = d.pop("assetType", UNSET)

        linked_asset = cls(
            additional_attributes=additional_attributes,
            asset_name=asset_name,
            asset_type=asset_type,
        )

        linked_asset.additional_properties = d
        return linked_asset

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

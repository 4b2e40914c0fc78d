from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.marketplace_attributes_channel_name import (
    MarketplaceAttributesChannelName,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceAttributes")


@_attrs_define
class MarketplaceAttributes:
    """
    Attributes:
        channel_name (MarketplaceAttributesChannelName | Unset):
        marketplace_id (str | Unset):
    """

    channel_name: MarketplaceAttributesChannelName | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_name: str | Unset = UNSET
        if not isinstance(self.channel_name, Unset):
            channel_name = self.channel_name.value

        marketplace_id = self.marketplace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_name is not UNSET:
            field_dict["channelName"] = channel_name
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _channel_name = d.pop("channelName", UNSET)
        channel_name: MarketplaceAttributesChannelName | Unset
        if isinstance(_channel_name, Unset):
            channel_name = UNSET
        else:
            channel_name = MarketplaceAttributesChannelName(_channel_name)

        marketplace_id = d.pop("marketplaceId", UNSET)

        marketplace_attributes = cls(
            channel_name=channel_name,
            marketplace_id=marketplace_id,
        )

        marketplace_attributes.additional_properties = d
        return marketplace_attributes

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarketplaceChannel")


@_attrs_define
class MarketplaceChannel:
    """
    Attributes:
        channel_name (str | Unset):
        marketplace_name (str | Unset):
    """

    channel_name: str | Unset = UNSET
    marketplace_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel_name = self.channel_name

        marketplace_name = self.marketplace_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel_name is not UNSET:
            field_dict["channelName"] = channel_name
        if marketplace_name is not UNSET:
            field_dict["marketplaceName"] = marketplace_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel_name = d.pop("channelName", UNSET)

        marketplace_name = d.pop("marketplaceName", UNSET)

        marketplace_channel = cls(
            channel_name=channel_name,
            marketplace_name=marketplace_name,
        )

        marketplace_channel.additional_properties = d
        return marketplace_channel

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

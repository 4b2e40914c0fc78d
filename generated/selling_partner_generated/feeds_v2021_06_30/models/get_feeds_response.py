from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.feed import Feed


T = TypeVar("T", bound="GetFeedsResponse")


@_attrs_define
class GetFeedsResponse:
    """
    Attributes:
        feeds (list[Feed]):
        next_token (str | Unset):
    """

    feeds: list[Feed]
    next_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feeds = []
        for componentsschemas_feed_list_item_data in self.feeds:
            componentsschemas_feed_list_item = (
                componentsschemas_feed_list_item_data.to_dict()
            )
            feeds.append(componentsschemas_feed_list_item)

        next_token = self.next_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feeds": feeds,
            }
        )
        if next_token is not UNSET:
            field_dict["nextToken"] = next_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feed import Feed

        d = dict(src_dict)
        feeds = []
        _feeds = d.pop("feeds")
        for componentsschemas_feed_list_item_data in _feeds:
            componentsschemas_feed_list_item = Feed.from_dict(
                componentsschemas_feed_list_item_data
            )

            feeds.append(componentsschemas_feed_list_item)

        next_token = d.pop("nextToken", UNSET)

        get_feeds_response = cls(
            feeds=feeds,
            next_token=next_token,
        )

        get_feeds_response.additional_properties = d
        return get_feeds_response

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

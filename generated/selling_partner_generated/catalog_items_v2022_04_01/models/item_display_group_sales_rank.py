from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemDisplayGroupSalesRank")


@_attrs_define
class ItemDisplayGroupSalesRank:
    """
    Attributes:
        rank (int):
        title (str):
        website_display_group (str):
        link (str | Unset):
    """

    rank: int
    title: str
    website_display_group: str
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rank = self.rank

        title = self.title

        website_display_group = self.website_display_group

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rank": rank,
                "title": title,
                "websiteDisplayGroup": website_display_group,
            }
        )
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rank = d.pop("rank")

        title = d.pop("title")

        website_display_group = d.pop("websiteDisplayGroup")

        link = d.pop("link", UNSET)

        item_display_group_sales_rank = cls(
            rank=rank,
            title=title,
            website_display_group=website_display_group,
            link=link,
        )

        item_display_group_sales_rank.additional_properties = d
        return item_display_group_sales_rank

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

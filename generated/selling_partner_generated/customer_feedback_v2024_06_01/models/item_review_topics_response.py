from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.date_range import DateRange
    from ..models.item_review_topics import ItemReviewTopics


T = TypeVar("T", bound="ItemReviewTopicsResponse")


@_attrs_define
class ItemReviewTopicsResponse:
    """
    Attributes:
        asin (str):
        country_code (str):
        date_range (DateRange):
        item_name (str):
        marketplace_id (str):
        topics (ItemReviewTopics):
    """

    asin: str
    country_code: str
    date_range: DateRange
    item_name: str
    marketplace_id: str
    topics: ItemReviewTopics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        country_code = self.country_code

        date_range = self.date_range.to_dict()

        item_name = self.item_name

        marketplace_id = self.marketplace_id

        topics = self.topics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
                "countryCode": country_code,
                "dateRange": date_range,
                "itemName": item_name,
                "marketplaceId": marketplace_id,
                "topics": topics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.date_range import DateRange
        from ..models.item_review_topics import ItemReviewTopics

        d = dict(src_dict)
        asin = d.pop("asin")

        country_code = d.pop("countryCode")

        date_range = DateRange.from_dict(d.pop("dateRange"))

        item_name = d.pop("itemName")

        marketplace_id = d.pop("marketplaceId")

        topics = ItemReviewTopics.from_dict(d.pop("topics"))

        item_review_topics_response = cls(
            asin=asin,
            country_code=country_code,
            date_range=date_range,
            item_name=item_name,
            marketplace_id=marketplace_id,
            topics=topics,
        )

        item_review_topics_response.additional_properties = d
        return item_review_topics_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0SellerFeedbackRating",
)


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0SellerFeedbackRating:
    """
    Attributes:
        feedback_count (int):
        seller_positive_feedback_rating (int):
    """

    feedback_count: int
    seller_positive_feedback_rating: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feedback_count = self.feedback_count

        seller_positive_feedback_rating = self.seller_positive_feedback_rating

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "FeedbackCount": feedback_count,
                "SellerPositiveFeedbackRating": seller_positive_feedback_rating,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        feedback_count = d.pop("FeedbackCount")

        seller_positive_feedback_rating = d.pop("SellerPositiveFeedbackRating")

        any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_seller_feedback_rating = cls(
            feedback_count=feedback_count,
            seller_positive_feedback_rating=seller_positive_feedback_rating,
        )

        any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_seller_feedback_rating.additional_properties = d
        return any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_seller_feedback_rating

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

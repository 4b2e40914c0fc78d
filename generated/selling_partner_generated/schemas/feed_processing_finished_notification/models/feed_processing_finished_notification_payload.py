from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.feed_processing_finished_notification_payload_feed_processing_finished_notification import (
        FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification,
    )


T = TypeVar("T", bound="FeedProcessingFinishedNotificationPayload")


@_attrs_define
class FeedProcessingFinishedNotificationPayload:
    """
    Attributes:
        feed_processing_finished_notification
            (FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification):
    """

    feed_processing_finished_notification: (
        FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feed_processing_finished_notification = (
            self.feed_processing_finished_notification.to_dict()
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedProcessingFinishedNotification": feed_processing_finished_notification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.feed_processing_finished_notification_payload_feed_processing_finished_notification import (
            FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification,
        )

        d = dict(src_dict)
        feed_processing_finished_notification = FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification.from_dict(
            d.pop("feedProcessingFinishedNotification")
        )

        feed_processing_finished_notification_payload = cls(
            feed_processing_finished_notification=feed_processing_finished_notification,
        )

        feed_processing_finished_notification_payload.additional_properties = d
        return feed_processing_finished_notification_payload

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

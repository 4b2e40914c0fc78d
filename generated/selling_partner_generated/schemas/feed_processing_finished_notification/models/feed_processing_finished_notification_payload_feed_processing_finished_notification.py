from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification",
)


@_attrs_define
class FeedProcessingFinishedNotificationPayloadFeedProcessingFinishedNotification:
    """
    Attributes:
        account_id (str):
        feed_id (str):
        feed_type (str):
        processing_status (str):
        seller_id (str | Unset):
        result_feed_document_id (str | Unset):
    """

    account_id: str
    feed_id: str
    feed_type: str
    processing_status: str
    seller_id: str | Unset = UNSET
    result_feed_document_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        feed_id = self.feed_id

        feed_type = self.feed_type

        processing_status = self.processing_status

        seller_id = self.seller_id

        result_feed_document_id = self.result_feed_document_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "feedId": feed_id,
                "feedType": feed_type,
                "processingStatus": processing_status,
            }
        )
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id
        if result_feed_document_id is not UNSET:
            field_dict["resultFeedDocumentId"] = result_feed_document_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        feed_id = d.pop("feedId")

        feed_type = d.pop("feedType")

        processing_status = d.pop("processingStatus")

        seller_id = d.pop("sellerId", UNSET)

        result_feed_document_id = d.pop("resultFeedDocumentId", UNSET)

        feed_processing_finished_notification_payload_feed_processing_finished_notification = cls(
            account_id=account_id,
            feed_id=feed_id,
            feed_type=feed_type,
            processing_status=processing_status,
            seller_id=seller_id,
            result_feed_document_id=result_feed_document_id,
        )

        feed_processing_finished_notification_payload_feed_processing_finished_notification.additional_properties = d
        return feed_processing_finished_notification_payload_feed_processing_finished_notification

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

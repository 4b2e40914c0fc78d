from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.fee_promotion_notification_notification_metadata import (
        FeePromotionNotificationNotificationMetadata,
    )
    from ..models.fee_promotion_notification_payload import (
        FeePromotionNotificationPayload,
    )


T = TypeVar("T", bound="FeePromotionNotification")


@_attrs_define
class FeePromotionNotification:
    """
    Attributes:
        notification_version (str):
        notification_type (str):
        payload_version (str):
        event_time (str):
        notification_metadata (FeePromotionNotificationNotificationMetadata):
        payload (FeePromotionNotificationPayload):
    """

    notification_version: str
    notification_type: str
    payload_version: str
    event_time: str
    notification_metadata: FeePromotionNotificationNotificationMetadata
    payload: FeePromotionNotificationPayload
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_version = self.notification_version

        notification_type = self.notification_type

        payload_version = self.payload_version

        event_time = self.event_time

        notification_metadata = self.notification_metadata.to_dict()

        payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "NotificationVersion": notification_version,
                "NotificationType": notification_type,
                "PayloadVersion": payload_version,
                "EventTime": event_time,
                "NotificationMetadata": notification_metadata,
                "Payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fee_promotion_notification_notification_metadata import (
            FeePromotionNotificationNotificationMetadata,
        )
        from ..models.fee_promotion_notification_payload import (
            FeePromotionNotificationPayload,
        )

        d = dict(src_dict)
        notification_version = d.pop("NotificationVersion")

        notification_type = d.pop("NotificationType")

        payload_version = d.pop("PayloadVersion")

        event_time = d.pop("EventTime")

        notification_metadata = FeePromotionNotificationNotificationMetadata.from_dict(
            d.pop("NotificationMetadata")
        )

        payload = FeePromotionNotificationPayload.from_dict(d.pop("Payload"))

        fee_promotion_notification = cls(
            notification_version=notification_version,
            notification_type=notification_type,
            payload_version=payload_version,
            event_time=event_time,
            notification_metadata=notification_metadata,
            payload=payload,
        )

        fee_promotion_notification.additional_properties = d
        return fee_promotion_notification

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

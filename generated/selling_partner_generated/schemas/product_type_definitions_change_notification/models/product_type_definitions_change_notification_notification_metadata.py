from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProductTypeDefinitionsChangeNotificationNotificationMetadata")


@_attrs_define
class ProductTypeDefinitionsChangeNotificationNotificationMetadata:
    """
    Attributes:
        application_id (str):
        subscription_id (str):
        publish_time (str):
        notification_id (str):
    """

    application_id: str
    subscription_id: str
    publish_time: str
    notification_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        application_id = self.application_id

        subscription_id = self.subscription_id

        publish_time = self.publish_time

        notification_id = self.notification_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ApplicationId": application_id,
                "SubscriptionId": subscription_id,
                "PublishTime": publish_time,
                "NotificationId": notification_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        application_id = d.pop("ApplicationId")

        subscription_id = d.pop("SubscriptionId")

        publish_time = d.pop("PublishTime")

        notification_id = d.pop("NotificationId")

        product_type_definitions_change_notification_notification_metadata = cls(
            application_id=application_id,
            subscription_id=subscription_id,
            publish_time=publish_time,
            notification_id=notification_id,
        )

        product_type_definitions_change_notification_notification_metadata.additional_properties = d
        return product_type_definitions_change_notification_notification_metadata

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

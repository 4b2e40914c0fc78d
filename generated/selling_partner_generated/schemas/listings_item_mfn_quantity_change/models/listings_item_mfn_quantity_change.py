from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.listings_item_mfn_quantity_change_notification_metadata import (
        ListingsItemMfnQuantityChangeNotificationMetadata,
    )
    from ..models.listings_item_mfn_quantity_change_payload import (
        ListingsItemMfnQuantityChangePayload,
    )


T = TypeVar("T", bound="ListingsItemMfnQuantityChange")


@_attrs_define
class ListingsItemMfnQuantityChange:
    """
    Attributes:
        notification_version (str):
        notification_type (str):
        payload_version (str):
        event_time (datetime.datetime):
        payload (ListingsItemMfnQuantityChangePayload):
        notification_metadata (ListingsItemMfnQuantityChangeNotificationMetadata):
    """

    notification_version: str
    notification_type: str
    payload_version: str
    event_time: datetime.datetime
    payload: ListingsItemMfnQuantityChangePayload
    notification_metadata: ListingsItemMfnQuantityChangeNotificationMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_version = self.notification_version

        notification_type = self.notification_type

        payload_version = self.payload_version

        event_time = self.event_time.isoformat()

        payload = self.payload.to_dict()

        notification_metadata = self.notification_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "NotificationVersion": notification_version,
                "NotificationType": notification_type,
                "PayloadVersion": payload_version,
                "EventTime": event_time,
                "Payload": payload,
                "NotificationMetadata": notification_metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.listings_item_mfn_quantity_change_notification_metadata import (
            ListingsItemMfnQuantityChangeNotificationMetadata,
        )
        from ..models.listings_item_mfn_quantity_change_payload import (
            ListingsItemMfnQuantityChangePayload,
        )

        d = dict(src_dict)
        notification_version = d.pop("NotificationVersion")

        notification_type = d.pop("NotificationType")

        payload_version = d.pop("PayloadVersion")

        event_time = datetime.datetime.fromisoformat(d.pop("EventTime"))

        payload = ListingsItemMfnQuantityChangePayload.from_dict(d.pop("Payload"))

        notification_metadata = (
            ListingsItemMfnQuantityChangeNotificationMetadata.from_dict(
                d.pop("NotificationMetadata")
            )
        )

        listings_item_mfn_quantity_change = cls(
            notification_version=notification_version,
            notification_type=notification_type,
            payload_version=payload_version,
            event_time=event_time,
            payload=payload,
            notification_metadata=notification_metadata,
        )

        listings_item_mfn_quantity_change.additional_properties = d
        return listings_item_mfn_quantity_change

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

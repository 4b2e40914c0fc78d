from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotification,
    )


T = TypeVar("T", bound="AnyOfferChangedNotificationPayload")


@_attrs_define
class AnyOfferChangedNotificationPayload:
    """
    Attributes:
        any_offer_changed_notification (AnyOfferChangedNotificationPayloadAnyOfferChangedNotification):
    """

    any_offer_changed_notification: (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotification
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        any_offer_changed_notification = self.any_offer_changed_notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AnyOfferChangedNotification": any_offer_changed_notification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotification,
        )

        d = dict(src_dict)
        any_offer_changed_notification = (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotification.from_dict(
                d.pop("AnyOfferChangedNotification")
            )
        )

        any_offer_changed_notification_payload = cls(
            any_offer_changed_notification=any_offer_changed_notification,
        )

        any_offer_changed_notification_payload.additional_properties = d
        return any_offer_changed_notification_payload

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

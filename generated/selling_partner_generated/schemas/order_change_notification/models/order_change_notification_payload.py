from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.order_change_notification_payload_order_change_notification import (
        OrderChangeNotificationPayloadOrderChangeNotification,
    )


T = TypeVar("T", bound="OrderChangeNotificationPayload")


@_attrs_define
class OrderChangeNotificationPayload:
    """
    Attributes:
        order_change_notification (OrderChangeNotificationPayloadOrderChangeNotification):
    """

    order_change_notification: OrderChangeNotificationPayloadOrderChangeNotification
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_change_notification = self.order_change_notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OrderChangeNotification": order_change_notification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_change_notification_payload_order_change_notification import (
            OrderChangeNotificationPayloadOrderChangeNotification,
        )

        d = dict(src_dict)
        order_change_notification = (
            OrderChangeNotificationPayloadOrderChangeNotification.from_dict(
                d.pop("OrderChangeNotification")
            )
        )

        order_change_notification_payload = cls(
            order_change_notification=order_change_notification,
        )

        order_change_notification_payload.additional_properties = d
        return order_change_notification_payload

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.order_change_notification_payload_order_change_notification_order_change_trigger import (
        OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger,
    )
    from ..models.order_change_notification_payload_order_change_notification_summary import (
        OrderChangeNotificationPayloadOrderChangeNotificationSummary,
    )


T = TypeVar("T", bound="OrderChangeNotificationPayloadOrderChangeNotification")


@_attrs_define
class OrderChangeNotificationPayloadOrderChangeNotification:
    """
    Attributes:
        notification_level (str):
        seller_id (str):
        amazon_order_id (str):
        order_change_type (str):
        order_change_trigger (OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger):
        summary (OrderChangeNotificationPayloadOrderChangeNotificationSummary):
    """

    notification_level: str
    seller_id: str
    amazon_order_id: str
    order_change_type: str
    order_change_trigger: (
        OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger
    )
    summary: OrderChangeNotificationPayloadOrderChangeNotificationSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notification_level = self.notification_level

        seller_id = self.seller_id

        amazon_order_id = self.amazon_order_id

        order_change_type = self.order_change_type

        order_change_trigger = self.order_change_trigger.to_dict()

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "NotificationLevel": notification_level,
                "SellerId": seller_id,
                "AmazonOrderId": amazon_order_id,
                "OrderChangeType": order_change_type,
                "OrderChangeTrigger": order_change_trigger,
                "Summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.order_change_notification_payload_order_change_notification_order_change_trigger import (
            OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger,
        )
        from ..models.order_change_notification_payload_order_change_notification_summary import (
            OrderChangeNotificationPayloadOrderChangeNotificationSummary,
        )

        d = dict(src_dict)
        notification_level = d.pop("NotificationLevel")

        seller_id = d.pop("SellerId")

        amazon_order_id = d.pop("AmazonOrderId")

        order_change_type = d.pop("OrderChangeType")

        order_change_trigger = OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger.from_dict(
            d.pop("OrderChangeTrigger")
        )

        summary = (
            OrderChangeNotificationPayloadOrderChangeNotificationSummary.from_dict(
                d.pop("Summary")
            )
        )

        order_change_notification_payload_order_change_notification = cls(
            notification_level=notification_level,
            seller_id=seller_id,
            amazon_order_id=amazon_order_id,
            order_change_type=order_change_type,
            order_change_trigger=order_change_trigger,
            summary=summary,
        )

        order_change_notification_payload_order_change_notification.additional_properties = d
        return order_change_notification_payload_order_change_notification

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T", bound="OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger"
)


@_attrs_define
class OrderChangeNotificationPayloadOrderChangeNotificationOrderChangeTrigger:
    """
    Attributes:
        time_of_order_change (None | str):
        change_reason (str):
    """

    time_of_order_change: None | str
    change_reason: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_of_order_change: None | str
        time_of_order_change = self.time_of_order_change

        change_reason = self.change_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TimeOfOrderChange": time_of_order_change,
                "ChangeReason": change_reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_time_of_order_change(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        time_of_order_change = _parse_time_of_order_change(d.pop("TimeOfOrderChange"))

        change_reason = d.pop("ChangeReason")

        order_change_notification_payload_order_change_notification_order_change_trigger = cls(
            time_of_order_change=time_of_order_change,
            change_reason=change_reason,
        )

        order_change_notification_payload_order_change_notification_order_change_trigger.additional_properties = d
        return order_change_notification_payload_order_change_notification_order_change_trigger

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

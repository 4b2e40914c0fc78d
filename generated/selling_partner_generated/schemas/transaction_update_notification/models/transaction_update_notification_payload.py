from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.transaction_update_notification_payload_transaction_update_notification import (
        TransactionUpdateNotificationPayloadTransactionUpdateNotification,
    )


T = TypeVar("T", bound="TransactionUpdateNotificationPayload")


@_attrs_define
class TransactionUpdateNotificationPayload:
    """
    Attributes:
        transaction_update_notification (TransactionUpdateNotificationPayloadTransactionUpdateNotification):
    """

    transaction_update_notification: (
        TransactionUpdateNotificationPayloadTransactionUpdateNotification
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_update_notification = self.transaction_update_notification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TransactionUpdateNotification": transaction_update_notification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.transaction_update_notification_payload_transaction_update_notification import (
            TransactionUpdateNotificationPayloadTransactionUpdateNotification,
        )

        d = dict(src_dict)
        transaction_update_notification = (
            TransactionUpdateNotificationPayloadTransactionUpdateNotification.from_dict(
                d.pop("TransactionUpdateNotification")
            )
        )

        transaction_update_notification_payload = cls(
            transaction_update_notification=transaction_update_notification,
        )

        transaction_update_notification_payload.additional_properties = d
        return transaction_update_notification_payload

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

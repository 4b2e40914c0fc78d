from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem",
)


@_attrs_define
class TransactionUpdateNotificationPayloadTransactionUpdateNotificationRelatedIdentifiersItem:
    """
    Attributes:
        related_identifier_name (str):
        related_identifier_value (str):
    """

    related_identifier_name: str
    related_identifier_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        related_identifier_name = self.related_identifier_name

        related_identifier_value = self.related_identifier_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RelatedIdentifierName": related_identifier_name,
                "RelatedIdentifierValue": related_identifier_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        related_identifier_name = d.pop("RelatedIdentifierName")

        related_identifier_value = d.pop("RelatedIdentifierValue")

        transaction_update_notification_payload_transaction_update_notification_related_identifiers_item = cls(
            related_identifier_name=related_identifier_name,
            related_identifier_value=related_identifier_value,
        )

        transaction_update_notification_payload_transaction_update_notification_related_identifiers_item.additional_properties = d
        return transaction_update_notification_payload_transaction_update_notification_related_identifiers_item

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

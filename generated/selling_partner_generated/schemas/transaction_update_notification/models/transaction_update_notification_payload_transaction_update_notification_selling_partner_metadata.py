from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata",
)


@_attrs_define
class TransactionUpdateNotificationPayloadTransactionUpdateNotificationSellingPartnerMetadata:
    """
    Attributes:
        selling_partner_id (str):
        marketplace_id (str):
        account_type (str):
    """

    selling_partner_id: str
    marketplace_id: str
    account_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        selling_partner_id = self.selling_partner_id

        marketplace_id = self.marketplace_id

        account_type = self.account_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellingPartnerId": selling_partner_id,
                "MarketplaceId": marketplace_id,
                "AccountType": account_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        selling_partner_id = d.pop("SellingPartnerId")

        marketplace_id = d.pop("MarketplaceId")

        account_type = d.pop("AccountType")

        transaction_update_notification_payload_transaction_update_notification_selling_partner_metadata = cls(
            selling_partner_id=selling_partner_id,
            marketplace_id=marketplace_id,
            account_type=account_type,
        )

        transaction_update_notification_payload_transaction_update_notification_selling_partner_metadata.additional_properties = d
        return transaction_update_notification_payload_transaction_update_notification_selling_partner_metadata

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

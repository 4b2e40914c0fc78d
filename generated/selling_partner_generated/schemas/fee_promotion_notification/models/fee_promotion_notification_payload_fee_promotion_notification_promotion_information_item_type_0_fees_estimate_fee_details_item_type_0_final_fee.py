from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FinalFee",
)


@_attrs_define
class FeePromotionNotificationPayloadFeePromotionNotificationPromotionInformationItemType0FeesEstimateFeeDetailsItemType0FinalFee:
    """
    Attributes:
        amount (int):
        currency_code (str):
    """

    amount: int
    currency_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Amount": amount,
                "CurrencyCode": currency_code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        amount = d.pop("Amount")

        currency_code = d.pop("CurrencyCode")

        fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_final_fee = cls(
            amount=amount,
            currency_code=currency_code,
        )

        fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_final_fee.additional_properties = d
        return fee_promotion_notification_payload_fee_promotion_notification_promotion_information_item_type_0_fees_estimate_fee_details_item_type_0_final_fee

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

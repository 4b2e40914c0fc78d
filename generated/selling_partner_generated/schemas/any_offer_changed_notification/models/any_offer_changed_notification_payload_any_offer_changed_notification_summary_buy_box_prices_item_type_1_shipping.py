from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType1Shipping",
)


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType1Shipping:
    """
    Attributes:
        amount (float):
        currency_code (str):
    """

    amount: float
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

        any_offer_changed_notification_payload_any_offer_changed_notification_summary_buy_box_prices_item_type_1_shipping = cls(
            amount=amount,
            currency_code=currency_code,
        )

        any_offer_changed_notification_payload_any_offer_changed_notification_summary_buy_box_prices_item_type_1_shipping.additional_properties = d
        return any_offer_changed_notification_payload_any_offer_changed_notification_summary_buy_box_prices_item_type_1_shipping

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

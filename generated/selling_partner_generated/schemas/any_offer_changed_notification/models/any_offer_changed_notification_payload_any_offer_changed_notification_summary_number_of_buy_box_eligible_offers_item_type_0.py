from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfBuyBoxEligibleOffersItemType0",
)


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfBuyBoxEligibleOffersItemType0:
    """
    Attributes:
        condition (str):
        fulfillment_channel (str):
        offer_count (int):
    """

    condition: str
    fulfillment_channel: str
    offer_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        fulfillment_channel = self.fulfillment_channel

        offer_count = self.offer_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Condition": condition,
                "FulfillmentChannel": fulfillment_channel,
                "OfferCount": offer_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        condition = d.pop("Condition")

        fulfillment_channel = d.pop("FulfillmentChannel")

        offer_count = d.pop("OfferCount")

        any_offer_changed_notification_payload_any_offer_changed_notification_summary_number_of_buy_box_eligible_offers_item_type_0 = cls(
            condition=condition,
            fulfillment_channel=fulfillment_channel,
            offer_count=offer_count,
        )

        any_offer_changed_notification_payload_any_offer_changed_notification_summary_number_of_buy_box_eligible_offers_item_type_0.additional_properties = d
        return any_offer_changed_notification_payload_any_offer_changed_notification_summary_number_of_buy_box_eligible_offers_item_type_0

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

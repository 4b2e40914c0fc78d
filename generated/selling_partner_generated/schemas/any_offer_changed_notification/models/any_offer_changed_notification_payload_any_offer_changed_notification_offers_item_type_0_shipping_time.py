from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShippingTime",
)


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShippingTime:
    """
    Attributes:
        minimum_hours (int):
        maximum_hours (int):
        availability_type (str):
        available_date (str):
    """

    minimum_hours: int
    maximum_hours: int
    availability_type: str
    available_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minimum_hours = self.minimum_hours

        maximum_hours = self.maximum_hours

        availability_type = self.availability_type

        available_date = self.available_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MinimumHours": minimum_hours,
                "MaximumHours": maximum_hours,
                "AvailabilityType": availability_type,
                "AvailableDate": available_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        minimum_hours = d.pop("MinimumHours")

        maximum_hours = d.pop("MaximumHours")

        availability_type = d.pop("AvailabilityType")

        available_date = d.pop("AvailableDate")

        any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_shipping_time = cls(
            minimum_hours=minimum_hours,
            maximum_hours=maximum_hours,
            availability_type=availability_type,
            available_date=available_date,
        )

        any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_shipping_time.additional_properties = d
        return any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_shipping_time

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShipsFrom",
)


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShipsFrom:
    """
    Attributes:
        country (str):
        state (str):
    """

    country: str
    state: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Country": country,
                "State": state,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        country = d.pop("Country")

        state = d.pop("State")

        any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_ships_from = cls(
            country=country,
            state=state,
        )

        any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_ships_from.additional_properties = d
        return any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_ships_from

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

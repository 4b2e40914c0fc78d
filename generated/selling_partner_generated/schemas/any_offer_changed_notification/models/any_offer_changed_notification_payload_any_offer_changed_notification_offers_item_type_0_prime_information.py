from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0PrimeInformation",
)


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0PrimeInformation:
    """
    Attributes:
        is_offer_prime (bool):
        is_offer_national_prime (bool):
    """

    is_offer_prime: bool
    is_offer_national_prime: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_offer_prime = self.is_offer_prime

        is_offer_national_prime = self.is_offer_national_prime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IsOfferPrime": is_offer_prime,
                "IsOfferNationalPrime": is_offer_national_prime,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_offer_prime = d.pop("IsOfferPrime")

        is_offer_national_prime = d.pop("IsOfferNationalPrime")

        any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_prime_information = cls(
            is_offer_prime=is_offer_prime,
            is_offer_national_prime=is_offer_national_prime,
        )

        any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_prime_information.additional_properties = d
        return any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_prime_information

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

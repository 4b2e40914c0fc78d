from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1_landed_price import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1LandedPrice,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1_listing_price import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1ListingPrice,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1_points import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1Points,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1_shipping import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1Shipping,
    )


T = TypeVar(
    "T",
    bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1",
)


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1:
    """
    Attributes:
        condition (str):
        fulfillment_channel (str):
        landed_price
            (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1LandedPrice):
        listing_price
            (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1ListingPrice):
        shipping (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1Shipping):
        points (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1Points):
    """

    condition: str
    fulfillment_channel: str
    landed_price: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1LandedPrice
    listing_price: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1ListingPrice
    shipping: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1Shipping
    points: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1Points
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        fulfillment_channel = self.fulfillment_channel

        landed_price = self.landed_price.to_dict()

        listing_price = self.listing_price.to_dict()

        shipping = self.shipping.to_dict()

        points = self.points.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Condition": condition,
                "FulfillmentChannel": fulfillment_channel,
                "LandedPrice": landed_price,
                "ListingPrice": listing_price,
                "Shipping": shipping,
                "Points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1_landed_price import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1LandedPrice,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1_listing_price import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1ListingPrice,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1_points import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1Points,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1_shipping import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1Shipping,
        )

        d = dict(src_dict)
        condition = d.pop("Condition")

        fulfillment_channel = d.pop("FulfillmentChannel")

        landed_price = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1LandedPrice.from_dict(
            d.pop("LandedPrice")
        )

        listing_price = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1ListingPrice.from_dict(
            d.pop("ListingPrice")
        )

        shipping = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1Shipping.from_dict(
            d.pop("Shipping")
        )

        points = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1Points.from_dict(
            d.pop("Points")
        )

        any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1 = cls(
            condition=condition,
            fulfillment_channel=fulfillment_channel,
            landed_price=landed_price,
            listing_price=listing_price,
            shipping=shipping,
            points=points,
        )

        any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1.additional_properties = d
        return any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1

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

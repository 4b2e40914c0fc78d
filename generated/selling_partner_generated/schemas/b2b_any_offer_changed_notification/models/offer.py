from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.listing_price import ListingPrice
    from ..models.points import Points
    from ..models.prime_information import PrimeInformation
    from ..models.quantity_discount_price_type import QuantityDiscountPriceType
    from ..models.seller_feedback_rating import SellerFeedbackRating
    from ..models.shipping import Shipping
    from ..models.shipping_time import ShippingTime
    from ..models.ships_from import ShipsFrom


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """
    Attributes:
        seller_id (str):
        sub_condition (str):
        shipping_time (ShippingTime):
        listing_price (ListingPrice):
        shipping (Shipping):
        is_fulfilled_by_amazon (bool):
        seller_feedback_rating (SellerFeedbackRating | Unset):
        points (Points | Unset):
        quantity_discount_price (list[QuantityDiscountPriceType] | Unset):
        ships_from (ShipsFrom | Unset):
        is_buy_box_winner (bool | Unset):
        condition_notes (str | Unset):
        prime_information (PrimeInformation | Unset):
        is_featured_merchant (bool | Unset):
    """

    seller_id: str
    sub_condition: str
    shipping_time: ShippingTime
    listing_price: ListingPrice
    shipping: Shipping
    is_fulfilled_by_amazon: bool
    seller_feedback_rating: SellerFeedbackRating | Unset = UNSET
    points: Points | Unset = UNSET
    quantity_discount_price: list[QuantityDiscountPriceType] | Unset = UNSET
    ships_from: ShipsFrom | Unset = UNSET
    is_buy_box_winner: bool | Unset = UNSET
    condition_notes: str | Unset = UNSET
    prime_information: PrimeInformation | Unset = UNSET
    is_featured_merchant: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_id = self.seller_id

        sub_condition = self.sub_condition

        shipping_time = self.shipping_time.to_dict()

        listing_price = self.listing_price.to_dict()

        shipping = self.shipping.to_dict()

        is_fulfilled_by_amazon = self.is_fulfilled_by_amazon

        seller_feedback_rating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller_feedback_rating, Unset):
            seller_feedback_rating = self.seller_feedback_rating.to_dict()

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        quantity_discount_price: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quantity_discount_price, Unset):
            quantity_discount_price = []
            for quantity_discount_price_item_data in self.quantity_discount_price:
                quantity_discount_price_item = (
                    quantity_discount_price_item_data.to_dict()
                )
                quantity_discount_price.append(quantity_discount_price_item)

        ships_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ships_from, Unset):
            ships_from = self.ships_from.to_dict()

        is_buy_box_winner = self.is_buy_box_winner

        condition_notes = self.condition_notes

        prime_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prime_information, Unset):
            prime_information = self.prime_information.to_dict()

        is_featured_merchant = self.is_featured_merchant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellerId": seller_id,
                "SubCondition": sub_condition,
                "ShippingTime": shipping_time,
                "ListingPrice": listing_price,
                "Shipping": shipping,
                "IsFulfilledByAmazon": is_fulfilled_by_amazon,
            }
        )
        if seller_feedback_rating is not UNSET:
            field_dict["SellerFeedbackRating"] = seller_feedback_rating
        if points is not UNSET:
            field_dict["Points"] = points
        if quantity_discount_price is not UNSET:
            field_dict["QuantityDiscountPrice"] = quantity_discount_price
        if ships_from is not UNSET:
            field_dict["ShipsFrom"] = ships_from
        if is_buy_box_winner is not UNSET:
            field_dict["IsBuyBoxWinner"] = is_buy_box_winner
        if condition_notes is not UNSET:
            field_dict["ConditionNotes"] = condition_notes
        if prime_information is not UNSET:
            field_dict["PrimeInformation"] = prime_information
        if is_featured_merchant is not UNSET:
            field_dict["IsFeaturedMerchant"] = is_featured_merchant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.listing_price import ListingPrice
        from ..models.points import Points
        from ..models.prime_information import PrimeInformation
        from ..models.quantity_discount_price_type import QuantityDiscountPriceType
        from ..models.seller_feedback_rating import SellerFeedbackRating
        from ..models.shipping import Shipping
        from ..models.shipping_time import ShippingTime
        from ..models.ships_from import ShipsFrom

        d = dict(src_dict)
        seller_id = d.pop("SellerId")

        sub_condition = d.pop("SubCondition")

        shipping_time = ShippingTime.from_dict(d.pop("ShippingTime"))

        listing_price = ListingPrice.from_dict(d.pop("ListingPrice"))

        shipping = Shipping.from_dict(d.pop("Shipping"))

        is_fulfilled_by_amazon = d.pop("IsFulfilledByAmazon")

        _seller_feedback_rating = d.pop("SellerFeedbackRating", UNSET)
        seller_feedback_rating: SellerFeedbackRating | Unset
        if isinstance(_seller_feedback_rating, Unset):
            seller_feedback_rating = UNSET
        else:
            seller_feedback_rating = SellerFeedbackRating.from_dict(
                _seller_feedback_rating
            )

        _points = d.pop("Points", UNSET)
        points: Points | Unset
        if isinstance(_points, Unset):
            points = UNSET
        else:
            points = Points.from_dict(_points)

        _quantity_discount_price = d.pop("QuantityDiscountPrice", UNSET)
        quantity_discount_price: list[QuantityDiscountPriceType] | Unset = UNSET
        if _quantity_discount_price is not UNSET:
            quantity_discount_price = []
            for quantity_discount_price_item_data in _quantity_discount_price:
                quantity_discount_price_item = QuantityDiscountPriceType.from_dict(
                    quantity_discount_price_item_data
                )

                quantity_discount_price.append(quantity_discount_price_item)

        _ships_from = d.pop("ShipsFrom", UNSET)
        ships_from: ShipsFrom | Unset
        if isinstance(_ships_from, Unset):
            ships_from = UNSET
        else:
            ships_from = ShipsFrom.from_dict(_ships_from)

        is_buy_box_winner = d.pop("IsBuyBoxWinner", UNSET)

        condition_notes = d.pop("ConditionNotes", UNSET)

        _prime_information = d.pop("PrimeInformation", UNSET)
        prime_information: PrimeInformation | Unset
        if isinstance(_prime_information, Unset):
            prime_information = UNSET
        else:
            prime_information = PrimeInformation.from_dict(_prime_information)

        is_featured_merchant = d.pop("IsFeaturedMerchant", UNSET)

        offer = cls(
            seller_id=seller_id,
            sub_condition=sub_condition,
            shipping_time=shipping_time,
            listing_price=listing_price,
            shipping=shipping,
            is_fulfilled_by_amazon=is_fulfilled_by_amazon,
            seller_feedback_rating=seller_feedback_rating,
            points=points,
            quantity_discount_price=quantity_discount_price,
            ships_from=ships_from,
            is_buy_box_winner=is_buy_box_winner,
            condition_notes=condition_notes,
            prime_information=prime_information,
            is_featured_merchant=is_featured_merchant,
        )

        offer.additional_properties = d
        return offer

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

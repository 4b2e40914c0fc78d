from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.listing_price import ListingPrice
    from ..models.points import Points
    from ..models.prime_information import PrimeInformation
    from ..models.quantity_discount_price_type import QuantityDiscountPriceType
    from ..models.seller_feedback_rating import SellerFeedbackRating
    from ..models.shipping import Shipping
    from ..models.shipping_time import ShippingTime
    from ..models.ships_from import ShipsFrom


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        ListingPrice, \
        Points, \
        PrimeInformation, \
        QuantityDiscountPriceType, \
        SellerFeedbackRating, \
        Shipping, \
        ShippingTime, \
        ShipsFrom
    from ..models.listing_price import ListingPrice
    from ..models.points import Points
    from ..models.prime_information import PrimeInformation
    from ..models.quantity_discount_price_type import QuantityDiscountPriceType
    from ..models.seller_feedback_rating import SellerFeedbackRating
    from ..models.shipping import Shipping
    from ..models.shipping_time import ShippingTime
    from ..models.ships_from import ShipsFrom

    _lazy_pending = False


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
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.listing_price import ListingPrice
        from ..models.points import Points
        from ..models.prime_information import PrimeInformation
        from ..models.quantity_discount_price_type import QuantityDiscountPriceType
        from ..models.seller_feedback_rating import SellerFeedbackRating
        from ..models.shipping import Shipping
        from ..models.shipping_time import ShippingTime
        from ..models.ships_from import ShipsFrom

        return (
            (
                ("SellerId", "seller_id", True, ("str",)),
                ("SubCondition", "sub_condition", True, ("str",)),
                ("ShippingTime", "shipping_time", True, ("model", ShippingTime)),
                ("ListingPrice", "listing_price", True, ("model", ListingPrice)),
                ("Shipping", "shipping", True, ("model", Shipping)),
                ("IsFulfilledByAmazon", "is_fulfilled_by_amazon", True, ("bool",)),
                (
                    "SellerFeedbackRating",
                    "seller_feedback_rating",
                    False,
                    ("model", SellerFeedbackRating),
                ),
                ("Points", "points", False, ("model", Points)),
                (
                    "QuantityDiscountPrice",
                    "quantity_discount_price",
                    False,
                    ("list", ("model", QuantityDiscountPriceType)),
                ),
                ("ShipsFrom", "ships_from", False, ("model", ShipsFrom)),
                ("IsBuyBoxWinner", "is_buy_box_winner", False, ("bool",)),
                ("ConditionNotes", "condition_notes", False, ("str",)),
                (
                    "PrimeInformation",
                    "prime_information",
                    False,
                    ("model", PrimeInformation),
                ),
                ("IsFeaturedMerchant", "is_featured_merchant", False, ("bool",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        seller_id = d.pop("SellerId")

        if _reader is not None and seller_id.__class__ is not str:
            raise DeviationError("SellerId")

        sub_condition = d.pop("SubCondition")

        if _reader is not None and sub_condition.__class__ is not str:
            raise DeviationError("SubCondition")

        shipping_time = ShippingTime.from_dict(d.pop("ShippingTime"))

        listing_price = ListingPrice.from_dict(d.pop("ListingPrice"))

        shipping = Shipping.from_dict(d.pop("Shipping"))

        is_fulfilled_by_amazon = d.pop("IsFulfilledByAmazon")

        if _reader is not None and is_fulfilled_by_amazon.__class__ is not bool:
            raise DeviationError("IsFulfilledByAmazon")

        _seller_feedback_rating = d.pop("SellerFeedbackRating", UNSET)
        seller_feedback_rating = (
            UNSET
            if _seller_feedback_rating is UNSET
            else SellerFeedbackRating.from_dict(_seller_feedback_rating)
        )

        _points = d.pop("Points", UNSET)
        points = UNSET if _points is UNSET else Points.from_dict(_points)

        _quantity_discount_price = d.pop("QuantityDiscountPrice", UNSET)
        quantity_discount_price = (
            UNSET
            if _quantity_discount_price is UNSET
            else [
                QuantityDiscountPriceType.from_dict(_item)
                for _item in _quantity_discount_price
            ]
        )

        _ships_from = d.pop("ShipsFrom", UNSET)
        ships_from = UNSET if _ships_from is UNSET else ShipsFrom.from_dict(_ships_from)

        is_buy_box_winner = d.pop("IsBuyBoxWinner", UNSET)

        if (
            _reader is not None
            and is_buy_box_winner.__class__ is not bool
            and is_buy_box_winner is not UNSET
        ):
            raise DeviationError("IsBuyBoxWinner")

        condition_notes = d.pop("ConditionNotes", UNSET)

        if (
            _reader is not None
            and condition_notes.__class__ is not str
            and condition_notes is not UNSET
        ):
            raise DeviationError("ConditionNotes")

        _prime_information = d.pop("PrimeInformation", UNSET)
        prime_information = (
            UNSET
            if _prime_information is UNSET
            else PrimeInformation.from_dict(_prime_information)
        )

        is_featured_merchant = d.pop("IsFeaturedMerchant", UNSET)

        if (
            _reader is not None
            and is_featured_merchant.__class__ is not bool
            and is_featured_merchant is not UNSET
        ):
            raise DeviationError("IsFeaturedMerchant")

        if cls is Offer:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.seller_id = seller_id
            _built.sub_condition = sub_condition
            _built.shipping_time = shipping_time
            _built.listing_price = listing_price
            _built.shipping = shipping
            _built.is_fulfilled_by_amazon = is_fulfilled_by_amazon
            _built.seller_feedback_rating = seller_feedback_rating
            _built.points = points
            _built.quantity_discount_price = quantity_discount_price
            _built.ships_from = ships_from
            _built.is_buy_box_winner = is_buy_box_winner
            _built.condition_notes = condition_notes
            _built.prime_information = prime_information
            _built.is_featured_merchant = is_featured_merchant
            _built._parse_notes = None
            offer = _built
        else:  # a subclass: its own __init__ runs
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

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        offer.additional_properties = d or {}
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

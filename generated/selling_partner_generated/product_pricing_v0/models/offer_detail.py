from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_customer_type import OfferCustomerType
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
    from ..models.detailed_shipping_time_type import DetailedShippingTimeType
    from ..models.money_type import MoneyType
    from ..models.points import Points
    from ..models.prime_information_type import PrimeInformationType
    from ..models.quantity_discount_price_type import QuantityDiscountPriceType
    from ..models.seller_feedback_type import SellerFeedbackType
    from ..models.ships_from_type import ShipsFromType


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        DetailedShippingTimeType, \
        MoneyType, \
        Points, \
        PrimeInformationType, \
        QuantityDiscountPriceType, \
        SellerFeedbackType, \
        ShipsFromType
    from ..models.detailed_shipping_time_type import DetailedShippingTimeType
    from ..models.money_type import MoneyType
    from ..models.points import Points
    from ..models.prime_information_type import PrimeInformationType
    from ..models.quantity_discount_price_type import QuantityDiscountPriceType
    from ..models.seller_feedback_type import SellerFeedbackType
    from ..models.ships_from_type import ShipsFromType

    _lazy_pending = False


T = TypeVar("T", bound="OfferDetail")


@_attrs_define
class OfferDetail:
    """
    Attributes:
        is_fulfilled_by_amazon (bool):
        listing_price (MoneyType):
        shipping (MoneyType):
        shipping_time (DetailedShippingTimeType):
        sub_condition (str):
        condition_notes (str | Unset):
        is_buy_box_winner (bool | Unset):
        is_featured_merchant (bool | Unset):
        my_offer (bool | Unset):
        points (Points | Unset):
        prime_information (PrimeInformationType | Unset):
        seller_feedback_rating (SellerFeedbackType | Unset):
        seller_id (str | Unset):
        ships_from (ShipsFromType | Unset):
        offer_type (OfferCustomerType | Unset):
        quantity_discount_prices (list[QuantityDiscountPriceType] | Unset):
    """

    is_fulfilled_by_amazon: bool
    listing_price: MoneyType
    shipping: MoneyType
    shipping_time: DetailedShippingTimeType
    sub_condition: str
    condition_notes: str | Unset = UNSET
    is_buy_box_winner: bool | Unset = UNSET
    is_featured_merchant: bool | Unset = UNSET
    my_offer: bool | Unset = UNSET
    points: Points | Unset = UNSET
    prime_information: PrimeInformationType | Unset = UNSET
    seller_feedback_rating: SellerFeedbackType | Unset = UNSET
    seller_id: str | Unset = UNSET
    ships_from: ShipsFromType | Unset = UNSET
    offer_type: OfferCustomerType | Unset = UNSET
    quantity_discount_prices: list[QuantityDiscountPriceType] | Unset = UNSET
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
        is_fulfilled_by_amazon = self.is_fulfilled_by_amazon

        listing_price = self.listing_price.to_dict()

        shipping = self.shipping.to_dict()

        shipping_time = self.shipping_time.to_dict()

        sub_condition = self.sub_condition

        condition_notes = self.condition_notes

        is_buy_box_winner = self.is_buy_box_winner

        is_featured_merchant = self.is_featured_merchant

        my_offer = self.my_offer

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        prime_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prime_information, Unset):
            prime_information = self.prime_information.to_dict()

        seller_feedback_rating: dict[str, Any] | Unset = UNSET
        if not isinstance(self.seller_feedback_rating, Unset):
            seller_feedback_rating = self.seller_feedback_rating.to_dict()

        seller_id = self.seller_id

        ships_from: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ships_from, Unset):
            ships_from = self.ships_from.to_dict()

        offer_type: str | Unset = UNSET
        if not isinstance(self.offer_type, Unset):
            offer_type = self.offer_type.value

        quantity_discount_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.quantity_discount_prices, Unset):
            quantity_discount_prices = []
            for quantity_discount_prices_item_data in self.quantity_discount_prices:
                quantity_discount_prices_item = (
                    quantity_discount_prices_item_data.to_dict()
                )
                quantity_discount_prices.append(quantity_discount_prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IsFulfilledByAmazon": is_fulfilled_by_amazon,
                "ListingPrice": listing_price,
                "Shipping": shipping,
                "ShippingTime": shipping_time,
                "SubCondition": sub_condition,
            }
        )
        if condition_notes is not UNSET:
            field_dict["ConditionNotes"] = condition_notes
        if is_buy_box_winner is not UNSET:
            field_dict["IsBuyBoxWinner"] = is_buy_box_winner
        if is_featured_merchant is not UNSET:
            field_dict["IsFeaturedMerchant"] = is_featured_merchant
        if my_offer is not UNSET:
            field_dict["MyOffer"] = my_offer
        if points is not UNSET:
            field_dict["Points"] = points
        if prime_information is not UNSET:
            field_dict["PrimeInformation"] = prime_information
        if seller_feedback_rating is not UNSET:
            field_dict["SellerFeedbackRating"] = seller_feedback_rating
        if seller_id is not UNSET:
            field_dict["SellerId"] = seller_id
        if ships_from is not UNSET:
            field_dict["ShipsFrom"] = ships_from
        if offer_type is not UNSET:
            field_dict["offerType"] = offer_type
        if quantity_discount_prices is not UNSET:
            field_dict["quantityDiscountPrices"] = quantity_discount_prices

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.detailed_shipping_time_type import DetailedShippingTimeType
        from ..models.money_type import MoneyType
        from ..models.points import Points
        from ..models.prime_information_type import PrimeInformationType
        from ..models.quantity_discount_price_type import QuantityDiscountPriceType
        from ..models.seller_feedback_type import SellerFeedbackType
        from ..models.ships_from_type import ShipsFromType

        return (
            (
                ("IsFulfilledByAmazon", "is_fulfilled_by_amazon", True, ("bool",)),
                ("ListingPrice", "listing_price", True, ("model", MoneyType)),
                ("Shipping", "shipping", True, ("model", MoneyType)),
                (
                    "ShippingTime",
                    "shipping_time",
                    True,
                    ("model", DetailedShippingTimeType),
                ),
                ("SubCondition", "sub_condition", True, ("str",)),
                ("ConditionNotes", "condition_notes", False, ("str",)),
                ("IsBuyBoxWinner", "is_buy_box_winner", False, ("bool",)),
                ("IsFeaturedMerchant", "is_featured_merchant", False, ("bool",)),
                ("MyOffer", "my_offer", False, ("bool",)),
                ("Points", "points", False, ("model", Points)),
                (
                    "PrimeInformation",
                    "prime_information",
                    False,
                    ("model", PrimeInformationType),
                ),
                (
                    "SellerFeedbackRating",
                    "seller_feedback_rating",
                    False,
                    ("model", SellerFeedbackType),
                ),
                ("SellerId", "seller_id", False, ("str",)),
                ("ShipsFrom", "ships_from", False, ("model", ShipsFromType)),
                ("offerType", "offer_type", False, ("enum", OfferCustomerType)),
                (
                    "quantityDiscountPrices",
                    "quantity_discount_prices",
                    False,
                    ("list", ("model", QuantityDiscountPriceType)),
                ),
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
        is_fulfilled_by_amazon = d.pop("IsFulfilledByAmazon")

        if _reader is not None and is_fulfilled_by_amazon.__class__ is not bool:
            raise DeviationError("IsFulfilledByAmazon")

        listing_price = MoneyType.from_dict(d.pop("ListingPrice"))

        shipping = MoneyType.from_dict(d.pop("Shipping"))

        shipping_time = DetailedShippingTimeType.from_dict(d.pop("ShippingTime"))

        sub_condition = d.pop("SubCondition")

        if _reader is not None and sub_condition.__class__ is not str:
            raise DeviationError("SubCondition")

        condition_notes = d.pop("ConditionNotes", UNSET)

        if (
            _reader is not None
            and condition_notes.__class__ is not str
            and condition_notes is not UNSET
        ):
            raise DeviationError("ConditionNotes")

        is_buy_box_winner = d.pop("IsBuyBoxWinner", UNSET)

        if (
            _reader is not None
            and is_buy_box_winner.__class__ is not bool
            and is_buy_box_winner is not UNSET
        ):
            raise DeviationError("IsBuyBoxWinner")

        is_featured_merchant = d.pop("IsFeaturedMerchant", UNSET)

        if (
            _reader is not None
            and is_featured_merchant.__class__ is not bool
            and is_featured_merchant is not UNSET
        ):
            raise DeviationError("IsFeaturedMerchant")

        my_offer = d.pop("MyOffer", UNSET)

        if (
            _reader is not None
            and my_offer.__class__ is not bool
            and my_offer is not UNSET
        ):
            raise DeviationError("MyOffer")

        _points = d.pop("Points", UNSET)
        points = UNSET if _points is UNSET else Points.from_dict(_points)

        _prime_information = d.pop("PrimeInformation", UNSET)
        prime_information = (
            UNSET
            if _prime_information is UNSET
            else PrimeInformationType.from_dict(_prime_information)
        )

        _seller_feedback_rating = d.pop("SellerFeedbackRating", UNSET)
        seller_feedback_rating = (
            UNSET
            if _seller_feedback_rating is UNSET
            else SellerFeedbackType.from_dict(_seller_feedback_rating)
        )

        seller_id = d.pop("SellerId", UNSET)

        if (
            _reader is not None
            and seller_id.__class__ is not str
            and seller_id is not UNSET
        ):
            raise DeviationError("SellerId")

        _ships_from = d.pop("ShipsFrom", UNSET)
        ships_from = (
            UNSET if _ships_from is UNSET else ShipsFromType.from_dict(_ships_from)
        )

        _offer_type = d.pop("offerType", UNSET)
        offer_type = (
            UNSET
            if _offer_type is UNSET
            else (
                OfferCustomerType._value2member_map_.get(_offer_type)
                if _offer_type.__class__ is str
                else None
            )
            or OfferCustomerType(_offer_type)
        )

        _quantity_discount_prices = d.pop("quantityDiscountPrices", UNSET)
        quantity_discount_prices = (
            UNSET
            if _quantity_discount_prices is UNSET
            else [
                QuantityDiscountPriceType.from_dict(_item)
                for _item in _quantity_discount_prices
            ]
        )

        if cls is OfferDetail:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.is_fulfilled_by_amazon = is_fulfilled_by_amazon
            _built.listing_price = listing_price
            _built.shipping = shipping
            _built.shipping_time = shipping_time
            _built.sub_condition = sub_condition
            _built.condition_notes = condition_notes
            _built.is_buy_box_winner = is_buy_box_winner
            _built.is_featured_merchant = is_featured_merchant
            _built.my_offer = my_offer
            _built.points = points
            _built.prime_information = prime_information
            _built.seller_feedback_rating = seller_feedback_rating
            _built.seller_id = seller_id
            _built.ships_from = ships_from
            _built.offer_type = offer_type
            _built.quantity_discount_prices = quantity_discount_prices
            _built._parse_notes = None
            offer_detail = _built
        else:  # a subclass: its own __init__ runs
            offer_detail = cls(
                is_fulfilled_by_amazon=is_fulfilled_by_amazon,
                listing_price=listing_price,
                shipping=shipping,
                shipping_time=shipping_time,
                sub_condition=sub_condition,
                condition_notes=condition_notes,
                is_buy_box_winner=is_buy_box_winner,
                is_featured_merchant=is_featured_merchant,
                my_offer=my_offer,
                points=points,
                prime_information=prime_information,
                seller_feedback_rating=seller_feedback_rating,
                seller_id=seller_id,
                ships_from=ships_from,
                offer_type=offer_type,
                quantity_discount_prices=quantity_discount_prices,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        offer_detail.additional_properties = d or {}
        return offer_detail

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_listing_price import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ListingPrice,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_points import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Points,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_prime_information import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0PrimeInformation,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_seller_feedback_rating import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0SellerFeedbackRating,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_shipping import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Shipping,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_shipping_time import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShippingTime,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_ships_from import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShipsFrom,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ListingPrice, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Points, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0PrimeInformation, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0SellerFeedbackRating, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Shipping, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShippingTime, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShipsFrom
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_listing_price import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ListingPrice,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_points import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Points,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_prime_information import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0PrimeInformation,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_seller_feedback_rating import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0SellerFeedbackRating,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_shipping import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Shipping,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_shipping_time import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShippingTime,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_ships_from import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShipsFrom,
    )

    _lazy_pending = False


T = TypeVar(
    "T",
    bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0",
)


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0:
    """
    Attributes:
        seller_id (str):
        sub_condition (str):
        seller_feedback_rating
            (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0SellerFeedbackRating):
        shipping_time (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShippingTime):
        listing_price (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ListingPrice):
        points (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Points):
        shipping (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Shipping):
        ships_from (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShipsFrom):
        is_fulfilled_by_amazon (bool):
        prime_information
            (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0PrimeInformation):
        is_expedited_shipping_available (bool):
        is_featured_merchant (bool):
        ships_domestically (bool):
        ships_internationally (bool):
    """

    seller_id: str
    sub_condition: str
    seller_feedback_rating: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0SellerFeedbackRating
    shipping_time: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShippingTime
    listing_price: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ListingPrice
    points: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Points
    shipping: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Shipping
    ships_from: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShipsFrom
    is_fulfilled_by_amazon: bool
    prime_information: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0PrimeInformation
    is_expedited_shipping_available: bool
    is_featured_merchant: bool
    ships_domestically: bool
    ships_internationally: bool
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

        seller_feedback_rating = self.seller_feedback_rating.to_dict()

        shipping_time = self.shipping_time.to_dict()

        listing_price = self.listing_price.to_dict()

        points = self.points.to_dict()

        shipping = self.shipping.to_dict()

        ships_from = self.ships_from.to_dict()

        is_fulfilled_by_amazon = self.is_fulfilled_by_amazon

        prime_information = self.prime_information.to_dict()

        is_expedited_shipping_available = self.is_expedited_shipping_available

        is_featured_merchant = self.is_featured_merchant

        ships_domestically = self.ships_domestically

        ships_internationally = self.ships_internationally

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellerId": seller_id,
                "SubCondition": sub_condition,
                "SellerFeedbackRating": seller_feedback_rating,
                "ShippingTime": shipping_time,
                "ListingPrice": listing_price,
                "Points": points,
                "Shipping": shipping,
                "ShipsFrom": ships_from,
                "IsFulfilledByAmazon": is_fulfilled_by_amazon,
                "PrimeInformation": prime_information,
                "IsExpeditedShippingAvailable": is_expedited_shipping_available,
                "IsFeaturedMerchant": is_featured_merchant,
                "ShipsDomestically": ships_domestically,
                "ShipsInternationally": ships_internationally,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_listing_price import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ListingPrice,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_points import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Points,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_prime_information import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0PrimeInformation,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_seller_feedback_rating import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0SellerFeedbackRating,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_shipping import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Shipping,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_shipping_time import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShippingTime,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0_ships_from import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShipsFrom,
        )

        return (
            (
                ("SellerId", "seller_id", True, ("str",)),
                ("SubCondition", "sub_condition", True, ("str",)),
                (
                    "SellerFeedbackRating",
                    "seller_feedback_rating",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0SellerFeedbackRating,
                    ),
                ),
                (
                    "ShippingTime",
                    "shipping_time",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShippingTime,
                    ),
                ),
                (
                    "ListingPrice",
                    "listing_price",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ListingPrice,
                    ),
                ),
                (
                    "Points",
                    "points",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Points,
                    ),
                ),
                (
                    "Shipping",
                    "shipping",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Shipping,
                    ),
                ),
                (
                    "ShipsFrom",
                    "ships_from",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShipsFrom,
                    ),
                ),
                ("IsFulfilledByAmazon", "is_fulfilled_by_amazon", True, ("bool",)),
                (
                    "PrimeInformation",
                    "prime_information",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0PrimeInformation,
                    ),
                ),
                (
                    "IsExpeditedShippingAvailable",
                    "is_expedited_shipping_available",
                    True,
                    ("bool",),
                ),
                ("IsFeaturedMerchant", "is_featured_merchant", True, ("bool",)),
                ("ShipsDomestically", "ships_domestically", True, ("bool",)),
                ("ShipsInternationally", "ships_internationally", True, ("bool",)),
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

        seller_feedback_rating = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0SellerFeedbackRating.from_dict(
            d.pop("SellerFeedbackRating")
        )

        shipping_time = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShippingTime.from_dict(
            d.pop("ShippingTime")
        )

        listing_price = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ListingPrice.from_dict(
            d.pop("ListingPrice")
        )

        points = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Points.from_dict(
            d.pop("Points")
        )

        shipping = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0Shipping.from_dict(
            d.pop("Shipping")
        )

        ships_from = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0ShipsFrom.from_dict(
            d.pop("ShipsFrom")
        )

        is_fulfilled_by_amazon = d.pop("IsFulfilledByAmazon")

        if _reader is not None and is_fulfilled_by_amazon.__class__ is not bool:
            raise DeviationError("IsFulfilledByAmazon")

        prime_information = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0PrimeInformation.from_dict(
            d.pop("PrimeInformation")
        )

        is_expedited_shipping_available = d.pop("IsExpeditedShippingAvailable")

        if (
            _reader is not None
            and is_expedited_shipping_available.__class__ is not bool
        ):
            raise DeviationError("IsExpeditedShippingAvailable")

        is_featured_merchant = d.pop("IsFeaturedMerchant")

        if _reader is not None and is_featured_merchant.__class__ is not bool:
            raise DeviationError("IsFeaturedMerchant")

        ships_domestically = d.pop("ShipsDomestically")

        if _reader is not None and ships_domestically.__class__ is not bool:
            raise DeviationError("ShipsDomestically")

        ships_internationally = d.pop("ShipsInternationally")

        if _reader is not None and ships_internationally.__class__ is not bool:
            raise DeviationError("ShipsInternationally")

        if (
            cls
            is AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationOffersItemType0
        ):
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.seller_id = seller_id
            _built.sub_condition = sub_condition
            _built.seller_feedback_rating = seller_feedback_rating
            _built.shipping_time = shipping_time
            _built.listing_price = listing_price
            _built.points = points
            _built.shipping = shipping
            _built.ships_from = ships_from
            _built.is_fulfilled_by_amazon = is_fulfilled_by_amazon
            _built.prime_information = prime_information
            _built.is_expedited_shipping_available = is_expedited_shipping_available
            _built.is_featured_merchant = is_featured_merchant
            _built.ships_domestically = ships_domestically
            _built.ships_internationally = ships_internationally
            _built._parse_notes = None
            any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0 = _built
        else:  # a subclass: its own __init__ runs
            any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0 = cls(
                seller_id=seller_id,
                sub_condition=sub_condition,
                seller_feedback_rating=seller_feedback_rating,
                shipping_time=shipping_time,
                listing_price=listing_price,
                points=points,
                shipping=shipping,
                ships_from=ships_from,
                is_fulfilled_by_amazon=is_fulfilled_by_amazon,
                prime_information=prime_information,
                is_expedited_shipping_available=is_expedited_shipping_available,
                is_featured_merchant=is_featured_merchant,
                ships_domestically=ships_domestically,
                ships_internationally=ships_internationally,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0.additional_properties = (
            d or {}
        )
        return any_offer_changed_notification_payload_any_offer_changed_notification_offers_item_type_0

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

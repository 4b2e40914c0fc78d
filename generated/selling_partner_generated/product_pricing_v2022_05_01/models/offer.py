from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition import Condition
from ..models.fulfillment_type import FulfillmentType
from ..models.offer_sub_condition import OfferSubCondition
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
    from ..models.money_type import MoneyType
    from ..models.points import Points
    from ..models.prime_details import PrimeDetails
    from ..models.promotion import Promotion
    from ..models.shipping_option import ShippingOption


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MoneyType, Points, PrimeDetails, Promotion, ShippingOption
    from ..models.money_type import MoneyType
    from ..models.points import Points
    from ..models.prime_details import PrimeDetails
    from ..models.promotion import Promotion
    from ..models.shipping_option import ShippingOption

    _lazy_pending = False


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """
    Attributes:
        condition (Condition):
        fulfillment_type (FulfillmentType):
        listing_price (MoneyType):
        seller_id (str):
        points (Points | Unset):
        prime_details (PrimeDetails | Unset):
        promotions (list[Promotion] | Unset):
        shipping_options (list[ShippingOption] | Unset):
        sub_condition (OfferSubCondition | Unset):
    """

    condition: Condition
    fulfillment_type: FulfillmentType
    listing_price: MoneyType
    seller_id: str
    points: Points | Unset = UNSET
    prime_details: PrimeDetails | Unset = UNSET
    promotions: list[Promotion] | Unset = UNSET
    shipping_options: list[ShippingOption] | Unset = UNSET
    sub_condition: OfferSubCondition | Unset = UNSET
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
        condition = self.condition.value

        fulfillment_type = self.fulfillment_type.value

        listing_price = self.listing_price.to_dict()

        seller_id = self.seller_id

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        prime_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prime_details, Unset):
            prime_details = self.prime_details.to_dict()

        promotions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.promotions, Unset):
            promotions = []
            for componentsschemas_promotions_item_data in self.promotions:
                componentsschemas_promotions_item = (
                    componentsschemas_promotions_item_data.to_dict()
                )
                promotions.append(componentsschemas_promotions_item)

        shipping_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.shipping_options, Unset):
            shipping_options = []
            for shipping_options_item_data in self.shipping_options:
                shipping_options_item = shipping_options_item_data.to_dict()
                shipping_options.append(shipping_options_item)

        sub_condition: str | Unset = UNSET
        if not isinstance(self.sub_condition, Unset):
            sub_condition = self.sub_condition.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition": condition,
                "fulfillmentType": fulfillment_type,
                "listingPrice": listing_price,
                "sellerId": seller_id,
            }
        )
        if points is not UNSET:
            field_dict["points"] = points
        if prime_details is not UNSET:
            field_dict["primeDetails"] = prime_details
        if promotions is not UNSET:
            field_dict["promotions"] = promotions
        if shipping_options is not UNSET:
            field_dict["shippingOptions"] = shipping_options
        if sub_condition is not UNSET:
            field_dict["subCondition"] = sub_condition

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money_type import MoneyType
        from ..models.points import Points
        from ..models.prime_details import PrimeDetails
        from ..models.promotion import Promotion
        from ..models.shipping_option import ShippingOption

        return (
            (
                ("condition", "condition", True, ("enum", Condition)),
                (
                    "fulfillmentType",
                    "fulfillment_type",
                    True,
                    ("enum", FulfillmentType),
                ),
                ("listingPrice", "listing_price", True, ("model", MoneyType)),
                ("sellerId", "seller_id", True, ("str",)),
                ("points", "points", False, ("model", Points)),
                ("primeDetails", "prime_details", False, ("model", PrimeDetails)),
                ("promotions", "promotions", False, ("list", ("model", Promotion))),
                (
                    "shippingOptions",
                    "shipping_options",
                    False,
                    ("list", ("model", ShippingOption)),
                ),
                ("subCondition", "sub_condition", False, ("enum", OfferSubCondition)),
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
        _condition = d.pop("condition")
        condition = (
            Condition._value2member_map_.get(_condition)
            if _condition.__class__ is str
            else None
        ) or Condition(_condition)

        _fulfillment_type = d.pop("fulfillmentType")
        fulfillment_type = (
            FulfillmentType._value2member_map_.get(_fulfillment_type)
            if _fulfillment_type.__class__ is str
            else None
        ) or FulfillmentType(_fulfillment_type)

        listing_price = MoneyType.from_dict(d.pop("listingPrice"))

        seller_id = d.pop("sellerId")

        if _reader is not None and seller_id.__class__ is not str:
            raise DeviationError("sellerId")

        _points = d.pop("points", UNSET)
        points = UNSET if _points is UNSET else Points.from_dict(_points)

        _prime_details = d.pop("primeDetails", UNSET)
        prime_details = (
            UNSET if _prime_details is UNSET else PrimeDetails.from_dict(_prime_details)
        )

        _promotions = d.pop("promotions", UNSET)
        promotions = (
            UNSET
            if _promotions is UNSET
            else [Promotion.from_dict(_item) for _item in _promotions]
        )

        _shipping_options = d.pop("shippingOptions", UNSET)
        shipping_options = (
            UNSET
            if _shipping_options is UNSET
            else [ShippingOption.from_dict(_item) for _item in _shipping_options]
        )

        _sub_condition = d.pop("subCondition", UNSET)
        sub_condition = (
            UNSET
            if _sub_condition is UNSET
            else (
                OfferSubCondition._value2member_map_.get(_sub_condition)
                if _sub_condition.__class__ is str
                else None
            )
            or OfferSubCondition(_sub_condition)
        )

        if cls is Offer:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.condition = condition
            _built.fulfillment_type = fulfillment_type
            _built.listing_price = listing_price
            _built.seller_id = seller_id
            _built.points = points
            _built.prime_details = prime_details
            _built.promotions = promotions
            _built.shipping_options = shipping_options
            _built.sub_condition = sub_condition
            _built._parse_notes = None
            offer = _built
        else:  # a subclass: its own __init__ runs
            offer = cls(
                condition=condition,
                fulfillment_type=fulfillment_type,
                listing_price=listing_price,
                seller_id=seller_id,
                points=points,
                prime_details=prime_details,
                promotions=promotions,
                shipping_options=shipping_options,
                sub_condition=sub_condition,
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

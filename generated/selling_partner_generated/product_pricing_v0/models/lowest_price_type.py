from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.offer_customer_type import OfferCustomerType
from ..models.quantity_discount_type import QuantityDiscountType
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


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MoneyType, Points
    from ..models.money_type import MoneyType
    from ..models.points import Points

    _lazy_pending = False


T = TypeVar("T", bound="LowestPriceType")


@_attrs_define
class LowestPriceType:
    """
    Attributes:
        listing_price (MoneyType):
        condition (str):
        fulfillment_channel (str):
        landed_price (MoneyType | Unset):
        points (Points | Unset):
        shipping (MoneyType | Unset):
        offer_type (OfferCustomerType | Unset):
        quantity_discount_type (QuantityDiscountType | Unset):
        quantity_tier (int | Unset):
    """

    listing_price: MoneyType
    condition: str
    fulfillment_channel: str
    landed_price: MoneyType | Unset = UNSET
    points: Points | Unset = UNSET
    shipping: MoneyType | Unset = UNSET
    offer_type: OfferCustomerType | Unset = UNSET
    quantity_discount_type: QuantityDiscountType | Unset = UNSET
    quantity_tier: int | Unset = UNSET
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
        listing_price = self.listing_price.to_dict()

        condition = self.condition

        fulfillment_channel = self.fulfillment_channel

        landed_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.landed_price, Unset):
            landed_price = self.landed_price.to_dict()

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        offer_type: str | Unset = UNSET
        if not isinstance(self.offer_type, Unset):
            offer_type = self.offer_type.value

        quantity_discount_type: str | Unset = UNSET
        if not isinstance(self.quantity_discount_type, Unset):
            quantity_discount_type = self.quantity_discount_type.value

        quantity_tier = self.quantity_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ListingPrice": listing_price,
                "condition": condition,
                "fulfillmentChannel": fulfillment_channel,
            }
        )
        if landed_price is not UNSET:
            field_dict["LandedPrice"] = landed_price
        if points is not UNSET:
            field_dict["Points"] = points
        if shipping is not UNSET:
            field_dict["Shipping"] = shipping
        if offer_type is not UNSET:
            field_dict["offerType"] = offer_type
        if quantity_discount_type is not UNSET:
            field_dict["quantityDiscountType"] = quantity_discount_type
        if quantity_tier is not UNSET:
            field_dict["quantityTier"] = quantity_tier

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money_type import MoneyType
        from ..models.points import Points

        return (
            (
                ("ListingPrice", "listing_price", True, ("model", MoneyType)),
                ("condition", "condition", True, ("str",)),
                ("fulfillmentChannel", "fulfillment_channel", True, ("str",)),
                ("LandedPrice", "landed_price", False, ("model", MoneyType)),
                ("Points", "points", False, ("model", Points)),
                ("Shipping", "shipping", False, ("model", MoneyType)),
                ("offerType", "offer_type", False, ("enum", OfferCustomerType)),
                (
                    "quantityDiscountType",
                    "quantity_discount_type",
                    False,
                    ("enum", QuantityDiscountType),
                ),
                ("quantityTier", "quantity_tier", False, ("int",)),
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
        listing_price = MoneyType.from_dict(d.pop("ListingPrice"))

        condition = d.pop("condition")

        if _reader is not None and condition.__class__ is not str:
            raise DeviationError("condition")

        fulfillment_channel = d.pop("fulfillmentChannel")

        if _reader is not None and fulfillment_channel.__class__ is not str:
            raise DeviationError("fulfillmentChannel")

        _landed_price = d.pop("LandedPrice", UNSET)
        landed_price = (
            UNSET if _landed_price is UNSET else MoneyType.from_dict(_landed_price)
        )

        _points = d.pop("Points", UNSET)
        points = UNSET if _points is UNSET else Points.from_dict(_points)

        _shipping = d.pop("Shipping", UNSET)
        shipping = UNSET if _shipping is UNSET else MoneyType.from_dict(_shipping)

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

        _quantity_discount_type = d.pop("quantityDiscountType", UNSET)
        quantity_discount_type = (
            UNSET
            if _quantity_discount_type is UNSET
            else (
                QuantityDiscountType._value2member_map_.get(_quantity_discount_type)
                if _quantity_discount_type.__class__ is str
                else None
            )
            or QuantityDiscountType(_quantity_discount_type)
        )

        quantity_tier = d.pop("quantityTier", UNSET)

        if (
            _reader is not None
            and quantity_tier.__class__ is not int
            and quantity_tier is not UNSET
        ):
            raise DeviationError("quantityTier")

        if cls is LowestPriceType:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.listing_price = listing_price
            _built.condition = condition
            _built.fulfillment_channel = fulfillment_channel
            _built.landed_price = landed_price
            _built.points = points
            _built.shipping = shipping
            _built.offer_type = offer_type
            _built.quantity_discount_type = quantity_discount_type
            _built.quantity_tier = quantity_tier
            _built._parse_notes = None
            lowest_price_type = _built
        else:  # a subclass: its own __init__ runs
            lowest_price_type = cls(
                listing_price=listing_price,
                condition=condition,
                fulfillment_channel=fulfillment_channel,
                landed_price=landed_price,
                points=points,
                shipping=shipping,
                offer_type=offer_type,
                quantity_discount_type=quantity_discount_type,
                quantity_tier=quantity_tier,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        lowest_price_type.additional_properties = d or {}
        return lowest_price_type

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

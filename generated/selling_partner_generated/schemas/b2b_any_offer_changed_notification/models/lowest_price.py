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
    from ..models.landed_price import LandedPrice
    from ..models.listing_price import ListingPrice
    from ..models.points import Points
    from ..models.shipping import Shipping


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, LandedPrice, ListingPrice, Points, Shipping
    from ..models.landed_price import LandedPrice
    from ..models.listing_price import ListingPrice
    from ..models.points import Points
    from ..models.shipping import Shipping

    _lazy_pending = False


T = TypeVar("T", bound="LowestPrice")


@_attrs_define
class LowestPrice:
    """
    Attributes:
        condition (str):
        fulfillment_channel (str):
        offer_type (str):
        quantity_tier (int):
        listing_price (ListingPrice):
        discount_type (str | Unset):
        landed_price (LandedPrice | Unset):
        shipping (Shipping | Unset):
        points (Points | Unset):
    """

    condition: str
    fulfillment_channel: str
    offer_type: str
    quantity_tier: int
    listing_price: ListingPrice
    discount_type: str | Unset = UNSET
    landed_price: LandedPrice | Unset = UNSET
    shipping: Shipping | Unset = UNSET
    points: Points | Unset = UNSET
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
        condition = self.condition

        fulfillment_channel = self.fulfillment_channel

        offer_type = self.offer_type

        quantity_tier = self.quantity_tier

        listing_price = self.listing_price.to_dict()

        discount_type = self.discount_type

        landed_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.landed_price, Unset):
            landed_price = self.landed_price.to_dict()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Condition": condition,
                "FulfillmentChannel": fulfillment_channel,
                "OfferType": offer_type,
                "QuantityTier": quantity_tier,
                "ListingPrice": listing_price,
            }
        )
        if discount_type is not UNSET:
            field_dict["DiscountType"] = discount_type
        if landed_price is not UNSET:
            field_dict["LandedPrice"] = landed_price
        if shipping is not UNSET:
            field_dict["Shipping"] = shipping
        if points is not UNSET:
            field_dict["Points"] = points

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.landed_price import LandedPrice
        from ..models.listing_price import ListingPrice
        from ..models.points import Points
        from ..models.shipping import Shipping

        return (
            (
                ("Condition", "condition", True, ("str",)),
                ("FulfillmentChannel", "fulfillment_channel", True, ("str",)),
                ("OfferType", "offer_type", True, ("str",)),
                ("QuantityTier", "quantity_tier", True, ("int",)),
                ("ListingPrice", "listing_price", True, ("model", ListingPrice)),
                ("DiscountType", "discount_type", False, ("str",)),
                ("LandedPrice", "landed_price", False, ("model", LandedPrice)),
                ("Shipping", "shipping", False, ("model", Shipping)),
                ("Points", "points", False, ("model", Points)),
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
        condition = d.pop("Condition")

        if _reader is not None and condition.__class__ is not str:
            raise DeviationError("Condition")

        fulfillment_channel = d.pop("FulfillmentChannel")

        if _reader is not None and fulfillment_channel.__class__ is not str:
            raise DeviationError("FulfillmentChannel")

        offer_type = d.pop("OfferType")

        if _reader is not None and offer_type.__class__ is not str:
            raise DeviationError("OfferType")

        quantity_tier = d.pop("QuantityTier")

        if _reader is not None and quantity_tier.__class__ is not int:
            raise DeviationError("QuantityTier")

        listing_price = ListingPrice.from_dict(d.pop("ListingPrice"))

        discount_type = d.pop("DiscountType", UNSET)

        if (
            _reader is not None
            and discount_type.__class__ is not str
            and discount_type is not UNSET
        ):
            raise DeviationError("DiscountType")

        _landed_price = d.pop("LandedPrice", UNSET)
        landed_price = (
            UNSET if _landed_price is UNSET else LandedPrice.from_dict(_landed_price)
        )

        _shipping = d.pop("Shipping", UNSET)
        shipping = UNSET if _shipping is UNSET else Shipping.from_dict(_shipping)

        _points = d.pop("Points", UNSET)
        points = UNSET if _points is UNSET else Points.from_dict(_points)

        if cls is LowestPrice:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.condition = condition
            _built.fulfillment_channel = fulfillment_channel
            _built.offer_type = offer_type
            _built.quantity_tier = quantity_tier
            _built.listing_price = listing_price
            _built.discount_type = discount_type
            _built.landed_price = landed_price
            _built.shipping = shipping
            _built.points = points
            _built._parse_notes = None
            lowest_price = _built
        else:  # a subclass: its own __init__ runs
            lowest_price = cls(
                condition=condition,
                fulfillment_channel=fulfillment_channel,
                offer_type=offer_type,
                quantity_tier=quantity_tier,
                listing_price=listing_price,
                discount_type=discount_type,
                landed_price=landed_price,
                shipping=shipping,
                points=points,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        lowest_price.additional_properties = d or {}
        return lowest_price

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

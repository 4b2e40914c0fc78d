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


T = TypeVar("T", bound="BuyBoxPriceType")


@_attrs_define
class BuyBoxPriceType:
    """
    Attributes:
        landed_price (MoneyType):
        listing_price (MoneyType):
        shipping (MoneyType):
        condition (str):
        points (Points | Unset):
        offer_type (OfferCustomerType | Unset):
        quantity_discount_type (QuantityDiscountType | Unset):
        quantity_tier (int | Unset):
        seller_id (str | Unset):
    """

    landed_price: MoneyType
    listing_price: MoneyType
    shipping: MoneyType
    condition: str
    points: Points | Unset = UNSET
    offer_type: OfferCustomerType | Unset = UNSET
    quantity_discount_type: QuantityDiscountType | Unset = UNSET
    quantity_tier: int | Unset = UNSET
    seller_id: str | Unset = UNSET
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
        landed_price = self.landed_price.to_dict()

        listing_price = self.listing_price.to_dict()

        shipping = self.shipping.to_dict()

        condition = self.condition

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        offer_type: str | Unset = UNSET
        if not isinstance(self.offer_type, Unset):
            offer_type = self.offer_type.value

        quantity_discount_type: str | Unset = UNSET
        if not isinstance(self.quantity_discount_type, Unset):
            quantity_discount_type = self.quantity_discount_type.value

        quantity_tier = self.quantity_tier

        seller_id = self.seller_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "LandedPrice": landed_price,
                "ListingPrice": listing_price,
                "Shipping": shipping,
                "condition": condition,
            }
        )
        if points is not UNSET:
            field_dict["Points"] = points
        if offer_type is not UNSET:
            field_dict["offerType"] = offer_type
        if quantity_discount_type is not UNSET:
            field_dict["quantityDiscountType"] = quantity_discount_type
        if quantity_tier is not UNSET:
            field_dict["quantityTier"] = quantity_tier
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money_type import MoneyType
        from ..models.points import Points

        return (
            (
                ("LandedPrice", "landed_price", True, ("model", MoneyType)),
                ("ListingPrice", "listing_price", True, ("model", MoneyType)),
                ("Shipping", "shipping", True, ("model", MoneyType)),
                ("condition", "condition", True, ("str",)),
                ("Points", "points", False, ("model", Points)),
                ("offerType", "offer_type", False, ("enum", OfferCustomerType)),
                (
                    "quantityDiscountType",
                    "quantity_discount_type",
                    False,
                    ("enum", QuantityDiscountType),
                ),
                ("quantityTier", "quantity_tier", False, ("int",)),
                ("sellerId", "seller_id", False, ("str",)),
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
        landed_price = MoneyType.from_dict(d.pop("LandedPrice"))

        listing_price = MoneyType.from_dict(d.pop("ListingPrice"))

        shipping = MoneyType.from_dict(d.pop("Shipping"))

        condition = d.pop("condition")

        if _reader is not None and condition.__class__ is not str:
            raise DeviationError("condition")

        _points = d.pop("Points", UNSET)
        points = UNSET if _points is UNSET else Points.from_dict(_points)

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

        seller_id = d.pop("sellerId", UNSET)

        if (
            _reader is not None
            and seller_id.__class__ is not str
            and seller_id is not UNSET
        ):
            raise DeviationError("sellerId")

        if cls is BuyBoxPriceType:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.landed_price = landed_price
            _built.listing_price = listing_price
            _built.shipping = shipping
            _built.condition = condition
            _built.points = points
            _built.offer_type = offer_type
            _built.quantity_discount_type = quantity_discount_type
            _built.quantity_tier = quantity_tier
            _built.seller_id = seller_id
            _built._parse_notes = None
            buy_box_price_type = _built
        else:  # a subclass: its own __init__ runs
            buy_box_price_type = cls(
                landed_price=landed_price,
                listing_price=listing_price,
                shipping=shipping,
                condition=condition,
                points=points,
                offer_type=offer_type,
                quantity_discount_type=quantity_discount_type,
                quantity_tier=quantity_tier,
                seller_id=seller_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        buy_box_price_type.additional_properties = d or {}
        return buy_box_price_type

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

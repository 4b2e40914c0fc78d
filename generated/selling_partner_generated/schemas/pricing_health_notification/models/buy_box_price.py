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


T = TypeVar("T", bound="BuyBoxPrice")


@_attrs_define
class BuyBoxPrice:
    """
    Attributes:
        condition (str):
        landed_price (LandedPrice):
        listing_price (ListingPrice):
        shipping (Shipping):
        points (Points | Unset):
    """

    condition: str
    landed_price: LandedPrice
    listing_price: ListingPrice
    shipping: Shipping
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

        landed_price = self.landed_price.to_dict()

        listing_price = self.listing_price.to_dict()

        shipping = self.shipping.to_dict()

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition": condition,
                "landedPrice": landed_price,
                "listingPrice": listing_price,
                "shipping": shipping,
            }
        )
        if points is not UNSET:
            field_dict["points"] = points

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.landed_price import LandedPrice
        from ..models.listing_price import ListingPrice
        from ..models.points import Points
        from ..models.shipping import Shipping

        return (
            (
                ("condition", "condition", True, ("str",)),
                ("landedPrice", "landed_price", True, ("model", LandedPrice)),
                ("listingPrice", "listing_price", True, ("model", ListingPrice)),
                ("shipping", "shipping", True, ("model", Shipping)),
                ("points", "points", False, ("model", Points)),
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
        condition = d.pop("condition")

        if _reader is not None and condition.__class__ is not str:
            raise DeviationError("condition")

        landed_price = LandedPrice.from_dict(d.pop("landedPrice"))

        listing_price = ListingPrice.from_dict(d.pop("listingPrice"))

        shipping = Shipping.from_dict(d.pop("shipping"))

        _points = d.pop("points", UNSET)
        points = UNSET if _points is UNSET else Points.from_dict(_points)

        if cls is BuyBoxPrice:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.condition = condition
            _built.landed_price = landed_price
            _built.listing_price = listing_price
            _built.shipping = shipping
            _built.points = points
            _built._parse_notes = None
            buy_box_price = _built
        else:  # a subclass: its own __init__ runs
            buy_box_price = cls(
                condition=condition,
                landed_price=landed_price,
                listing_price=listing_price,
                shipping=shipping,
                points=points,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        buy_box_price.additional_properties = d or {}
        return buy_box_price

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

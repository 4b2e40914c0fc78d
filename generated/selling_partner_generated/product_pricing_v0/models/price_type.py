from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
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


T = TypeVar("T", bound="PriceType")


@_attrs_define
class PriceType:
    """
    Attributes:
        listing_price (MoneyType):
        landed_price (MoneyType | Unset):
        points (Points | Unset):
        shipping (MoneyType | Unset):
    """

    listing_price: MoneyType
    landed_price: MoneyType | Unset = UNSET
    points: Points | Unset = UNSET
    shipping: MoneyType | Unset = UNSET
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

        landed_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.landed_price, Unset):
            landed_price = self.landed_price.to_dict()

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping, Unset):
            shipping = self.shipping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ListingPrice": listing_price,
            }
        )
        if landed_price is not UNSET:
            field_dict["LandedPrice"] = landed_price
        if points is not UNSET:
            field_dict["Points"] = points
        if shipping is not UNSET:
            field_dict["Shipping"] = shipping

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money_type import MoneyType
        from ..models.points import Points

        return (
            (
                ("ListingPrice", "listing_price", True, ("model", MoneyType)),
                ("LandedPrice", "landed_price", False, ("model", MoneyType)),
                ("Points", "points", False, ("model", Points)),
                ("Shipping", "shipping", False, ("model", MoneyType)),
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

        _landed_price = d.pop("LandedPrice", UNSET)
        landed_price = (
            UNSET if _landed_price is UNSET else MoneyType.from_dict(_landed_price)
        )

        _points = d.pop("Points", UNSET)
        points = UNSET if _points is UNSET else Points.from_dict(_points)

        _shipping = d.pop("Shipping", UNSET)
        shipping = UNSET if _shipping is UNSET else MoneyType.from_dict(_shipping)

        if cls is PriceType:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.listing_price = listing_price
            _built.landed_price = landed_price
            _built.points = points
            _built.shipping = shipping
            _built._parse_notes = None
            price_type = _built
        else:  # a subclass: its own __init__ runs
            price_type = cls(
                listing_price=listing_price,
                landed_price=landed_price,
                points=points,
                shipping=shipping,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        price_type.additional_properties = d or {}
        return price_type

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

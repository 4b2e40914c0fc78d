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


T = TypeVar("T", bound="Price")


@_attrs_define
class Price:
    """
    Attributes:
        listing_price (MoneyType):
        points (Points | Unset):
        shipping_price (MoneyType | Unset):
    """

    listing_price: MoneyType
    points: Points | Unset = UNSET
    shipping_price: MoneyType | Unset = UNSET
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

        points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.points, Unset):
            points = self.points.to_dict()

        shipping_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_price, Unset):
            shipping_price = self.shipping_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listingPrice": listing_price,
            }
        )
        if points is not UNSET:
            field_dict["points"] = points
        if shipping_price is not UNSET:
            field_dict["shippingPrice"] = shipping_price

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money_type import MoneyType
        from ..models.points import Points

        return (
            (
                ("listingPrice", "listing_price", True, ("model", MoneyType)),
                ("points", "points", False, ("model", Points)),
                ("shippingPrice", "shipping_price", False, ("model", MoneyType)),
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
        listing_price = MoneyType.from_dict(d.pop("listingPrice"))

        _points = d.pop("points", UNSET)
        points = UNSET if _points is UNSET else Points.from_dict(_points)

        _shipping_price = d.pop("shippingPrice", UNSET)
        shipping_price = (
            UNSET if _shipping_price is UNSET else MoneyType.from_dict(_shipping_price)
        )

        if cls is Price:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.listing_price = listing_price
            _built.points = points
            _built.shipping_price = shipping_price
            _built._parse_notes = None
            price = _built
        else:  # a subclass: its own __init__ runs
            price = cls(
                listing_price=listing_price,
                points=points,
                shipping_price=shipping_price,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        price.additional_properties = d or {}
        return price

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

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
    from ..models.money_type import MoneyType


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, MoneyType
    from ..models.money_type import MoneyType

    _lazy_pending = False


T = TypeVar("T", bound="QuantityDiscountPriceType")


@_attrs_define
class QuantityDiscountPriceType:
    """
    Attributes:
        quantity_tier (int):
        quantity_discount_type (str):
        listing_price (MoneyType):
    """

    quantity_tier: int
    quantity_discount_type: str
    listing_price: MoneyType
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
        quantity_tier = self.quantity_tier

        quantity_discount_type = self.quantity_discount_type

        listing_price = self.listing_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "QuantityTier": quantity_tier,
                "QuantityDiscountType": quantity_discount_type,
                "ListingPrice": listing_price,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.money_type import MoneyType

        return (
            (
                ("QuantityTier", "quantity_tier", True, ("int",)),
                ("QuantityDiscountType", "quantity_discount_type", True, ("str",)),
                ("ListingPrice", "listing_price", True, ("model", MoneyType)),
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
        quantity_tier = d.pop("QuantityTier")

        if _reader is not None and quantity_tier.__class__ is not int:
            raise DeviationError("QuantityTier")

        quantity_discount_type = d.pop("QuantityDiscountType")

        if _reader is not None and quantity_discount_type.__class__ is not str:
            raise DeviationError("QuantityDiscountType")

        listing_price = MoneyType.from_dict(d.pop("ListingPrice"))

        if cls is QuantityDiscountPriceType:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.quantity_tier = quantity_tier
            _built.quantity_discount_type = quantity_discount_type
            _built.listing_price = listing_price
            _built._parse_notes = None
            quantity_discount_price_type = _built
        else:  # a subclass: its own __init__ runs
            quantity_discount_price_type = cls(
                quantity_tier=quantity_tier,
                quantity_discount_type=quantity_discount_type,
                listing_price=listing_price,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        quantity_discount_price_type.additional_properties = d or {}
        return quantity_discount_price_type

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

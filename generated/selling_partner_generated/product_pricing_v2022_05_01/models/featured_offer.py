from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition import Condition
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
    from ..models.offer_identifier import OfferIdentifier
    from ..models.price import Price


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, OfferIdentifier, Price
    from ..models.offer_identifier import OfferIdentifier
    from ..models.price import Price

    _lazy_pending = False


T = TypeVar("T", bound="FeaturedOffer")


@_attrs_define
class FeaturedOffer:
    """
    Attributes:
        offer_identifier (OfferIdentifier):
        condition (Condition | Unset):
        price (Price | Unset):
    """

    offer_identifier: OfferIdentifier
    condition: Condition | Unset = UNSET
    price: Price | Unset = UNSET
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
        offer_identifier = self.offer_identifier.to_dict()

        condition: str | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.value

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offerIdentifier": offer_identifier,
            }
        )
        if condition is not UNSET:
            field_dict["condition"] = condition
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.offer_identifier import OfferIdentifier
        from ..models.price import Price

        return (
            (
                (
                    "offerIdentifier",
                    "offer_identifier",
                    True,
                    ("model", OfferIdentifier),
                ),
                ("condition", "condition", False, ("enum", Condition)),
                ("price", "price", False, ("model", Price)),
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
        offer_identifier = OfferIdentifier.from_dict(d.pop("offerIdentifier"))

        _condition = d.pop("condition", UNSET)
        condition = (
            UNSET
            if _condition is UNSET
            else (
                Condition._value2member_map_.get(_condition)
                if _condition.__class__ is str
                else None
            )
            or Condition(_condition)
        )

        _price = d.pop("price", UNSET)
        price = UNSET if _price is UNSET else Price.from_dict(_price)

        if cls is FeaturedOffer:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.offer_identifier = offer_identifier
            _built.condition = condition
            _built.price = price
            _built._parse_notes = None
            featured_offer = _built
        else:  # a subclass: its own __init__ runs
            featured_offer = cls(
                offer_identifier=offer_identifier,
                condition=condition,
                price=price,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        featured_offer.additional_properties = d or {}
        return featured_offer

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

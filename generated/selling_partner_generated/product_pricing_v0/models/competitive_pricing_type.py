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
    from ..models.competitive_price_type import CompetitivePriceType
    from ..models.money_type import MoneyType
    from ..models.offer_listing_count_type import OfferListingCountType


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, CompetitivePriceType, MoneyType, OfferListingCountType
    from ..models.competitive_price_type import CompetitivePriceType
    from ..models.money_type import MoneyType
    from ..models.offer_listing_count_type import OfferListingCountType

    _lazy_pending = False


T = TypeVar("T", bound="CompetitivePricingType")


@_attrs_define
class CompetitivePricingType:
    """
    Attributes:
        competitive_prices (list[CompetitivePriceType]):
        number_of_offer_listings (list[OfferListingCountType]):
        trade_in_value (MoneyType | Unset):
    """

    competitive_prices: list[CompetitivePriceType]
    number_of_offer_listings: list[OfferListingCountType]
    trade_in_value: MoneyType | Unset = UNSET
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
        competitive_prices = []
        for (
            componentsschemas_competitive_price_list_item_data
        ) in self.competitive_prices:
            componentsschemas_competitive_price_list_item = (
                componentsschemas_competitive_price_list_item_data.to_dict()
            )
            competitive_prices.append(componentsschemas_competitive_price_list_item)

        number_of_offer_listings = []
        for (
            componentsschemas_number_of_offer_listings_list_item_data
        ) in self.number_of_offer_listings:
            componentsschemas_number_of_offer_listings_list_item = (
                componentsschemas_number_of_offer_listings_list_item_data.to_dict()
            )
            number_of_offer_listings.append(
                componentsschemas_number_of_offer_listings_list_item
            )

        trade_in_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trade_in_value, Unset):
            trade_in_value = self.trade_in_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CompetitivePrices": competitive_prices,
                "NumberOfOfferListings": number_of_offer_listings,
            }
        )
        if trade_in_value is not UNSET:
            field_dict["TradeInValue"] = trade_in_value

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.competitive_price_type import CompetitivePriceType
        from ..models.money_type import MoneyType
        from ..models.offer_listing_count_type import OfferListingCountType

        return (
            (
                (
                    "CompetitivePrices",
                    "competitive_prices",
                    True,
                    ("list", ("model", CompetitivePriceType)),
                ),
                (
                    "NumberOfOfferListings",
                    "number_of_offer_listings",
                    True,
                    ("list", ("model", OfferListingCountType)),
                ),
                ("TradeInValue", "trade_in_value", False, ("model", MoneyType)),
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
        _competitive_prices = d.pop("CompetitivePrices")
        competitive_prices = [
            CompetitivePriceType.from_dict(_item) for _item in _competitive_prices
        ]

        _number_of_offer_listings = d.pop("NumberOfOfferListings")
        number_of_offer_listings = [
            OfferListingCountType.from_dict(_item)
            for _item in _number_of_offer_listings
        ]

        _trade_in_value = d.pop("TradeInValue", UNSET)
        trade_in_value = (
            UNSET if _trade_in_value is UNSET else MoneyType.from_dict(_trade_in_value)
        )

        if cls is CompetitivePricingType:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.competitive_prices = competitive_prices
            _built.number_of_offer_listings = number_of_offer_listings
            _built.trade_in_value = trade_in_value
            _built._parse_notes = None
            competitive_pricing_type = _built
        else:  # a subclass: its own __init__ runs
            competitive_pricing_type = cls(
                competitive_prices=competitive_prices,
                number_of_offer_listings=number_of_offer_listings,
                trade_in_value=trade_in_value,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        competitive_pricing_type.additional_properties = d or {}
        return competitive_pricing_type

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

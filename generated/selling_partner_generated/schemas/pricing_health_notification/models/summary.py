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
    from ..models.buy_box_price import BuyBoxPrice
    from ..models.offer_count import OfferCount
    from ..models.reference_price import ReferencePrice
    from ..models.sales_rank import SalesRank


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, BuyBoxPrice, OfferCount, ReferencePrice, SalesRank
    from ..models.buy_box_price import BuyBoxPrice
    from ..models.offer_count import OfferCount
    from ..models.reference_price import ReferencePrice
    from ..models.sales_rank import SalesRank

    _lazy_pending = False


T = TypeVar("T", bound="Summary")


@_attrs_define
class Summary:
    """
    Attributes:
        number_of_offers (list[OfferCount]):
        buy_box_eligible_offers (list[OfferCount]):
        reference_price (ReferencePrice):
        buy_box_prices (list[BuyBoxPrice] | Unset):
        sales_rankings (list[SalesRank] | Unset):
    """

    number_of_offers: list[OfferCount]
    buy_box_eligible_offers: list[OfferCount]
    reference_price: ReferencePrice
    buy_box_prices: list[BuyBoxPrice] | Unset = UNSET
    sales_rankings: list[SalesRank] | Unset = UNSET
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
        number_of_offers = []
        for number_of_offers_item_data in self.number_of_offers:
            number_of_offers_item = number_of_offers_item_data.to_dict()
            number_of_offers.append(number_of_offers_item)

        buy_box_eligible_offers = []
        for buy_box_eligible_offers_item_data in self.buy_box_eligible_offers:
            buy_box_eligible_offers_item = buy_box_eligible_offers_item_data.to_dict()
            buy_box_eligible_offers.append(buy_box_eligible_offers_item)

        reference_price = self.reference_price.to_dict()

        buy_box_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buy_box_prices, Unset):
            buy_box_prices = []
            for buy_box_prices_item_data in self.buy_box_prices:
                buy_box_prices_item = buy_box_prices_item_data.to_dict()
                buy_box_prices.append(buy_box_prices_item)

        sales_rankings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sales_rankings, Unset):
            sales_rankings = []
            for sales_rankings_item_data in self.sales_rankings:
                sales_rankings_item = sales_rankings_item_data.to_dict()
                sales_rankings.append(sales_rankings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numberOfOffers": number_of_offers,
                "buyBoxEligibleOffers": buy_box_eligible_offers,
                "referencePrice": reference_price,
            }
        )
        if buy_box_prices is not UNSET:
            field_dict["buyBoxPrices"] = buy_box_prices
        if sales_rankings is not UNSET:
            field_dict["salesRankings"] = sales_rankings

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.buy_box_price import BuyBoxPrice
        from ..models.offer_count import OfferCount
        from ..models.reference_price import ReferencePrice
        from ..models.sales_rank import SalesRank

        return (
            (
                (
                    "numberOfOffers",
                    "number_of_offers",
                    True,
                    ("list", ("model", OfferCount)),
                ),
                (
                    "buyBoxEligibleOffers",
                    "buy_box_eligible_offers",
                    True,
                    ("list", ("model", OfferCount)),
                ),
                ("referencePrice", "reference_price", True, ("model", ReferencePrice)),
                (
                    "buyBoxPrices",
                    "buy_box_prices",
                    False,
                    ("list", ("model", BuyBoxPrice)),
                ),
                (
                    "salesRankings",
                    "sales_rankings",
                    False,
                    ("list", ("model", SalesRank)),
                ),
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
        _number_of_offers = d.pop("numberOfOffers")
        number_of_offers = [OfferCount.from_dict(_item) for _item in _number_of_offers]

        _buy_box_eligible_offers = d.pop("buyBoxEligibleOffers")
        buy_box_eligible_offers = [
            OfferCount.from_dict(_item) for _item in _buy_box_eligible_offers
        ]

        reference_price = ReferencePrice.from_dict(d.pop("referencePrice"))

        _buy_box_prices = d.pop("buyBoxPrices", UNSET)
        buy_box_prices = (
            UNSET
            if _buy_box_prices is UNSET
            else [BuyBoxPrice.from_dict(_item) for _item in _buy_box_prices]
        )

        _sales_rankings = d.pop("salesRankings", UNSET)
        sales_rankings = (
            UNSET
            if _sales_rankings is UNSET
            else [SalesRank.from_dict(_item) for _item in _sales_rankings]
        )

        if cls is Summary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.number_of_offers = number_of_offers
            _built.buy_box_eligible_offers = buy_box_eligible_offers
            _built.reference_price = reference_price
            _built.buy_box_prices = buy_box_prices
            _built.sales_rankings = sales_rankings
            _built._parse_notes = None
            summary = _built
        else:  # a subclass: its own __init__ runs
            summary = cls(
                number_of_offers=number_of_offers,
                buy_box_eligible_offers=buy_box_eligible_offers,
                reference_price=reference_price,
                buy_box_prices=buy_box_prices,
                sales_rankings=sales_rankings,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        summary.additional_properties = d or {}
        return summary

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

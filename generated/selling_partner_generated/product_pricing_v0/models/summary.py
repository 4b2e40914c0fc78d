from __future__ import annotations

import datetime
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
    from ..models.buy_box_price_type import BuyBoxPriceType
    from ..models.lowest_price_type import LowestPriceType
    from ..models.money_type import MoneyType
    from ..models.offer_count_type import OfferCountType
    from ..models.sales_rank_type import SalesRankType


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        BuyBoxPriceType, \
        LowestPriceType, \
        MoneyType, \
        OfferCountType, \
        SalesRankType
    from ..models.buy_box_price_type import BuyBoxPriceType
    from ..models.lowest_price_type import LowestPriceType
    from ..models.money_type import MoneyType
    from ..models.offer_count_type import OfferCountType
    from ..models.sales_rank_type import SalesRankType

    _lazy_pending = False


T = TypeVar("T", bound="Summary")


@_attrs_define
class Summary:
    """
    Attributes:
        total_offer_count (int):
        buy_box_eligible_offers (list[OfferCountType] | Unset):
        buy_box_prices (list[BuyBoxPriceType] | Unset):
        competitive_price_threshold (MoneyType | Unset):
        list_price (MoneyType | Unset):
        lowest_prices (list[LowestPriceType] | Unset):
        number_of_offers (list[OfferCountType] | Unset):
        offers_available_time (datetime.datetime | Unset):
        sales_rankings (list[SalesRankType] | Unset):
        suggested_lower_price_plus_shipping (MoneyType | Unset):
    """

    total_offer_count: int
    buy_box_eligible_offers: list[OfferCountType] | Unset = UNSET
    buy_box_prices: list[BuyBoxPriceType] | Unset = UNSET
    competitive_price_threshold: MoneyType | Unset = UNSET
    list_price: MoneyType | Unset = UNSET
    lowest_prices: list[LowestPriceType] | Unset = UNSET
    number_of_offers: list[OfferCountType] | Unset = UNSET
    offers_available_time: datetime.datetime | Unset = UNSET
    sales_rankings: list[SalesRankType] | Unset = UNSET
    suggested_lower_price_plus_shipping: MoneyType | Unset = UNSET
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
        total_offer_count = self.total_offer_count

        buy_box_eligible_offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buy_box_eligible_offers, Unset):
            buy_box_eligible_offers = []
            for (
                componentsschemas_buy_box_eligible_offers_item_data
            ) in self.buy_box_eligible_offers:
                componentsschemas_buy_box_eligible_offers_item = (
                    componentsschemas_buy_box_eligible_offers_item_data.to_dict()
                )
                buy_box_eligible_offers.append(
                    componentsschemas_buy_box_eligible_offers_item
                )

        buy_box_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buy_box_prices, Unset):
            buy_box_prices = []
            for componentsschemas_buy_box_prices_item_data in self.buy_box_prices:
                componentsschemas_buy_box_prices_item = (
                    componentsschemas_buy_box_prices_item_data.to_dict()
                )
                buy_box_prices.append(componentsschemas_buy_box_prices_item)

        competitive_price_threshold: dict[str, Any] | Unset = UNSET
        if not isinstance(self.competitive_price_threshold, Unset):
            competitive_price_threshold = self.competitive_price_threshold.to_dict()

        list_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_price, Unset):
            list_price = self.list_price.to_dict()

        lowest_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lowest_prices, Unset):
            lowest_prices = []
            for componentsschemas_lowest_prices_item_data in self.lowest_prices:
                componentsschemas_lowest_prices_item = (
                    componentsschemas_lowest_prices_item_data.to_dict()
                )
                lowest_prices.append(componentsschemas_lowest_prices_item)

        number_of_offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.number_of_offers, Unset):
            number_of_offers = []
            for componentsschemas_number_of_offers_item_data in self.number_of_offers:
                componentsschemas_number_of_offers_item = (
                    componentsschemas_number_of_offers_item_data.to_dict()
                )
                number_of_offers.append(componentsschemas_number_of_offers_item)

        offers_available_time: str | Unset = UNSET
        if not isinstance(self.offers_available_time, Unset):
            offers_available_time = self.offers_available_time.isoformat()

        sales_rankings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sales_rankings, Unset):
            sales_rankings = []
            for componentsschemas_sales_rank_list_item_data in self.sales_rankings:
                componentsschemas_sales_rank_list_item = (
                    componentsschemas_sales_rank_list_item_data.to_dict()
                )
                sales_rankings.append(componentsschemas_sales_rank_list_item)

        suggested_lower_price_plus_shipping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.suggested_lower_price_plus_shipping, Unset):
            suggested_lower_price_plus_shipping = (
                self.suggested_lower_price_plus_shipping.to_dict()
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TotalOfferCount": total_offer_count,
            }
        )
        if buy_box_eligible_offers is not UNSET:
            field_dict["BuyBoxEligibleOffers"] = buy_box_eligible_offers
        if buy_box_prices is not UNSET:
            field_dict["BuyBoxPrices"] = buy_box_prices
        if competitive_price_threshold is not UNSET:
            field_dict["CompetitivePriceThreshold"] = competitive_price_threshold
        if list_price is not UNSET:
            field_dict["ListPrice"] = list_price
        if lowest_prices is not UNSET:
            field_dict["LowestPrices"] = lowest_prices
        if number_of_offers is not UNSET:
            field_dict["NumberOfOffers"] = number_of_offers
        if offers_available_time is not UNSET:
            field_dict["OffersAvailableTime"] = offers_available_time
        if sales_rankings is not UNSET:
            field_dict["SalesRankings"] = sales_rankings
        if suggested_lower_price_plus_shipping is not UNSET:
            field_dict["SuggestedLowerPricePlusShipping"] = (
                suggested_lower_price_plus_shipping
            )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.buy_box_price_type import BuyBoxPriceType
        from ..models.lowest_price_type import LowestPriceType
        from ..models.money_type import MoneyType
        from ..models.offer_count_type import OfferCountType
        from ..models.sales_rank_type import SalesRankType

        return (
            (
                ("TotalOfferCount", "total_offer_count", True, ("int",)),
                (
                    "BuyBoxEligibleOffers",
                    "buy_box_eligible_offers",
                    False,
                    ("list", ("model", OfferCountType)),
                ),
                (
                    "BuyBoxPrices",
                    "buy_box_prices",
                    False,
                    ("list", ("model", BuyBoxPriceType)),
                ),
                (
                    "CompetitivePriceThreshold",
                    "competitive_price_threshold",
                    False,
                    ("model", MoneyType),
                ),
                ("ListPrice", "list_price", False, ("model", MoneyType)),
                (
                    "LowestPrices",
                    "lowest_prices",
                    False,
                    ("list", ("model", LowestPriceType)),
                ),
                (
                    "NumberOfOffers",
                    "number_of_offers",
                    False,
                    ("list", ("model", OfferCountType)),
                ),
                ("OffersAvailableTime", "offers_available_time", False, ("datetime",)),
                (
                    "SalesRankings",
                    "sales_rankings",
                    False,
                    ("list", ("model", SalesRankType)),
                ),
                (
                    "SuggestedLowerPricePlusShipping",
                    "suggested_lower_price_plus_shipping",
                    False,
                    ("model", MoneyType),
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
        total_offer_count = d.pop("TotalOfferCount")

        if _reader is not None and total_offer_count.__class__ is not int:
            raise DeviationError("TotalOfferCount")

        _buy_box_eligible_offers = d.pop("BuyBoxEligibleOffers", UNSET)
        buy_box_eligible_offers = (
            UNSET
            if _buy_box_eligible_offers is UNSET
            else [OfferCountType.from_dict(_item) for _item in _buy_box_eligible_offers]
        )

        _buy_box_prices = d.pop("BuyBoxPrices", UNSET)
        buy_box_prices = (
            UNSET
            if _buy_box_prices is UNSET
            else [BuyBoxPriceType.from_dict(_item) for _item in _buy_box_prices]
        )

        _competitive_price_threshold = d.pop("CompetitivePriceThreshold", UNSET)
        competitive_price_threshold = (
            UNSET
            if _competitive_price_threshold is UNSET
            else MoneyType.from_dict(_competitive_price_threshold)
        )

        _list_price = d.pop("ListPrice", UNSET)
        list_price = UNSET if _list_price is UNSET else MoneyType.from_dict(_list_price)

        _lowest_prices = d.pop("LowestPrices", UNSET)
        lowest_prices = (
            UNSET
            if _lowest_prices is UNSET
            else [LowestPriceType.from_dict(_item) for _item in _lowest_prices]
        )

        _number_of_offers = d.pop("NumberOfOffers", UNSET)
        number_of_offers = (
            UNSET
            if _number_of_offers is UNSET
            else [OfferCountType.from_dict(_item) for _item in _number_of_offers]
        )

        _offers_available_time = d.pop("OffersAvailableTime", UNSET)
        offers_available_time = (
            UNSET
            if _offers_available_time is UNSET
            else datetime.datetime.fromisoformat(_offers_available_time)
        )

        if (
            _reader is not None
            and not isinstance(offers_available_time, Unset)
            and offers_available_time.tzinfo is None
        ):
            raise DeviationError("OffersAvailableTime")

        _sales_rankings = d.pop("SalesRankings", UNSET)
        sales_rankings = (
            UNSET
            if _sales_rankings is UNSET
            else [SalesRankType.from_dict(_item) for _item in _sales_rankings]
        )

        _suggested_lower_price_plus_shipping = d.pop(
            "SuggestedLowerPricePlusShipping", UNSET
        )
        suggested_lower_price_plus_shipping = (
            UNSET
            if _suggested_lower_price_plus_shipping is UNSET
            else MoneyType.from_dict(_suggested_lower_price_plus_shipping)
        )

        if cls is Summary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.total_offer_count = total_offer_count
            _built.buy_box_eligible_offers = buy_box_eligible_offers
            _built.buy_box_prices = buy_box_prices
            _built.competitive_price_threshold = competitive_price_threshold
            _built.list_price = list_price
            _built.lowest_prices = lowest_prices
            _built.number_of_offers = number_of_offers
            _built.offers_available_time = offers_available_time
            _built.sales_rankings = sales_rankings
            _built.suggested_lower_price_plus_shipping = (
                suggested_lower_price_plus_shipping
            )
            _built._parse_notes = None
            summary = _built
        else:  # a subclass: its own __init__ runs
            summary = cls(
                total_offer_count=total_offer_count,
                buy_box_eligible_offers=buy_box_eligible_offers,
                buy_box_prices=buy_box_prices,
                competitive_price_threshold=competitive_price_threshold,
                list_price=list_price,
                lowest_prices=lowest_prices,
                number_of_offers=number_of_offers,
                offers_available_time=offers_available_time,
                sales_rankings=sales_rankings,
                suggested_lower_price_plus_shipping=suggested_lower_price_plus_shipping,
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

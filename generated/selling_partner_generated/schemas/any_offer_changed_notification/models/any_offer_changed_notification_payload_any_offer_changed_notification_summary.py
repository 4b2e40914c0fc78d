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
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_buy_box_prices_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_buy_box_prices_item_type_1 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType1,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_competitive_price_threshold import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryCompetitivePriceThreshold,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_list_price import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryListPrice,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_minimum_advertised_price import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryMinimumAdvertisedPrice,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_number_of_buy_box_eligible_offers_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfBuyBoxEligibleOffersItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_number_of_offers_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfOffersItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_sales_rankings_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySalesRankingsItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_suggested_lower_price_plus_shipping import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySuggestedLowerPricePlusShipping,
    )


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType0, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType1, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryCompetitivePriceThreshold, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryListPrice, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType0, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryMinimumAdvertisedPrice, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfBuyBoxEligibleOffersItemType0, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfOffersItemType0, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySalesRankingsItemType0, \
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySuggestedLowerPricePlusShipping
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_buy_box_prices_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_buy_box_prices_item_type_1 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType1,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_competitive_price_threshold import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryCompetitivePriceThreshold,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_list_price import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryListPrice,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_lowest_prices_item_type_1 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_minimum_advertised_price import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryMinimumAdvertisedPrice,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_number_of_buy_box_eligible_offers_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfBuyBoxEligibleOffersItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_number_of_offers_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfOffersItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_sales_rankings_item_type_0 import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySalesRankingsItemType0,
    )
    from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_suggested_lower_price_plus_shipping import (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySuggestedLowerPricePlusShipping,
    )

    _lazy_pending = False


T = TypeVar(
    "T", bound="AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary"
)


@_attrs_define
class AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary:
    """
    Attributes:
        number_of_offers
            (list[AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfOffersItemType0]):
        lowest_prices (list[AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType0 |
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1]):
        buy_box_prices (list[AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType0 |
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType1]):
        list_price (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryListPrice):
        minimum_advertised_price
            (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryMinimumAdvertisedPrice):
        suggested_lower_price_plus_shipping
            (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySuggestedLowerPricePlusShipping):
        total_buy_box_eligible_offers (int):
        sales_rankings
            (list[AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySalesRankingsItemType0]):
        number_of_buy_box_eligible_offers (list[AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumb
            erOfBuyBoxEligibleOffersItemType0]):
        competitive_price_threshold
            (AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryCompetitivePriceThreshold):
    """

    number_of_offers: list[
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfOffersItemType0
    ]
    lowest_prices: list[
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType0
        | AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1
    ]
    buy_box_prices: list[
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType0
        | AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType1
    ]
    list_price: (
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryListPrice
    )
    minimum_advertised_price: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryMinimumAdvertisedPrice
    suggested_lower_price_plus_shipping: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySuggestedLowerPricePlusShipping
    total_buy_box_eligible_offers: int
    sales_rankings: list[
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySalesRankingsItemType0
    ]
    number_of_buy_box_eligible_offers: list[
        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfBuyBoxEligibleOffersItemType0
    ]
    competitive_price_threshold: AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryCompetitivePriceThreshold
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
            number_of_offers_item: dict[str, Any]
            if isinstance(
                number_of_offers_item_data,
                AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfOffersItemType0,
            ):
                number_of_offers_item = number_of_offers_item_data.to_dict()

            number_of_offers.append(number_of_offers_item)

        lowest_prices = []
        for lowest_prices_item_data in self.lowest_prices:
            lowest_prices_item: dict[str, Any]
            if isinstance(
                lowest_prices_item_data,
                AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType0,
            ):
                lowest_prices_item = lowest_prices_item_data.to_dict()
            else:
                lowest_prices_item = lowest_prices_item_data.to_dict()

            lowest_prices.append(lowest_prices_item)

        buy_box_prices = []
        for buy_box_prices_item_data in self.buy_box_prices:
            buy_box_prices_item: dict[str, Any]
            if isinstance(
                buy_box_prices_item_data,
                AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType0,
            ):
                buy_box_prices_item = buy_box_prices_item_data.to_dict()
            else:
                buy_box_prices_item = buy_box_prices_item_data.to_dict()

            buy_box_prices.append(buy_box_prices_item)

        list_price = self.list_price.to_dict()

        minimum_advertised_price = self.minimum_advertised_price.to_dict()

        suggested_lower_price_plus_shipping = (
            self.suggested_lower_price_plus_shipping.to_dict()
        )

        total_buy_box_eligible_offers = self.total_buy_box_eligible_offers

        sales_rankings = []
        for sales_rankings_item_data in self.sales_rankings:
            sales_rankings_item: dict[str, Any]
            if isinstance(
                sales_rankings_item_data,
                AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySalesRankingsItemType0,
            ):
                sales_rankings_item = sales_rankings_item_data.to_dict()

            sales_rankings.append(sales_rankings_item)

        number_of_buy_box_eligible_offers = []
        for (
            number_of_buy_box_eligible_offers_item_data
        ) in self.number_of_buy_box_eligible_offers:
            number_of_buy_box_eligible_offers_item: dict[str, Any]
            if isinstance(
                number_of_buy_box_eligible_offers_item_data,
                AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfBuyBoxEligibleOffersItemType0,
            ):
                number_of_buy_box_eligible_offers_item = (
                    number_of_buy_box_eligible_offers_item_data.to_dict()
                )

            number_of_buy_box_eligible_offers.append(
                number_of_buy_box_eligible_offers_item
            )

        competitive_price_threshold = self.competitive_price_threshold.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "NumberOfOffers": number_of_offers,
                "LowestPrices": lowest_prices,
                "BuyBoxPrices": buy_box_prices,
                "ListPrice": list_price,
                "MinimumAdvertisedPrice": minimum_advertised_price,
                "SuggestedLowerPricePlusShipping": suggested_lower_price_plus_shipping,
                "TotalBuyBoxEligibleOffers": total_buy_box_eligible_offers,
                "SalesRankings": sales_rankings,
                "NumberOfBuyBoxEligibleOffers": number_of_buy_box_eligible_offers,
                "CompetitivePriceThreshold": competitive_price_threshold,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_competitive_price_threshold import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryCompetitivePriceThreshold,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_list_price import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryListPrice,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_minimum_advertised_price import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryMinimumAdvertisedPrice,
        )
        from ..models.any_offer_changed_notification_payload_any_offer_changed_notification_summary_suggested_lower_price_plus_shipping import (
            AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySuggestedLowerPricePlusShipping,
        )

        return (
            (
                ("NumberOfOffers", "number_of_offers", True, ("list", ("any",))),
                ("LowestPrices", "lowest_prices", True, ("list", ("any",))),
                ("BuyBoxPrices", "buy_box_prices", True, ("list", ("any",))),
                (
                    "ListPrice",
                    "list_price",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryListPrice,
                    ),
                ),
                (
                    "MinimumAdvertisedPrice",
                    "minimum_advertised_price",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryMinimumAdvertisedPrice,
                    ),
                ),
                (
                    "SuggestedLowerPricePlusShipping",
                    "suggested_lower_price_plus_shipping",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySuggestedLowerPricePlusShipping,
                    ),
                ),
                (
                    "TotalBuyBoxEligibleOffers",
                    "total_buy_box_eligible_offers",
                    True,
                    ("int",),
                ),
                ("SalesRankings", "sales_rankings", True, ("list", ("any",))),
                (
                    "NumberOfBuyBoxEligibleOffers",
                    "number_of_buy_box_eligible_offers",
                    True,
                    ("list", ("any",)),
                ),
                (
                    "CompetitivePriceThreshold",
                    "competitive_price_threshold",
                    True,
                    (
                        "model",
                        AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryCompetitivePriceThreshold,
                    ),
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
        number_of_offers = []
        _number_of_offers = d.pop("NumberOfOffers")
        for number_of_offers_item_data in _number_of_offers:

            def _parse_number_of_offers_item(
                data: object,
            ) -> AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfOffersItemType0:
                if not isinstance(data, dict):
                    raise TypeError()
                number_of_offers_item_type_0 = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfOffersItemType0.from_dict(
                    data
                )

                return number_of_offers_item_type_0

            number_of_offers_item = _parse_number_of_offers_item(
                number_of_offers_item_data
            )

            number_of_offers.append(number_of_offers_item)

        lowest_prices = []
        _lowest_prices = d.pop("LowestPrices")
        for lowest_prices_item_data in _lowest_prices:

            def _parse_lowest_prices_item(
                data: object,
            ) -> (
                AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType0
                | AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    lowest_prices_item_type_0 = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType0.from_dict(
                        data
                    )

                    return lowest_prices_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                lowest_prices_item_type_1 = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryLowestPricesItemType1.from_dict(
                    data
                )

                return lowest_prices_item_type_1

            lowest_prices_item = _parse_lowest_prices_item(lowest_prices_item_data)

            lowest_prices.append(lowest_prices_item)

        buy_box_prices = []
        _buy_box_prices = d.pop("BuyBoxPrices")
        for buy_box_prices_item_data in _buy_box_prices:

            def _parse_buy_box_prices_item(
                data: object,
            ) -> (
                AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType0
                | AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType1
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    buy_box_prices_item_type_0 = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType0.from_dict(
                        data
                    )

                    return buy_box_prices_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                buy_box_prices_item_type_1 = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryBuyBoxPricesItemType1.from_dict(
                    data
                )

                return buy_box_prices_item_type_1

            buy_box_prices_item = _parse_buy_box_prices_item(buy_box_prices_item_data)

            buy_box_prices.append(buy_box_prices_item)

        list_price = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryListPrice.from_dict(
            d.pop("ListPrice")
        )

        minimum_advertised_price = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryMinimumAdvertisedPrice.from_dict(
            d.pop("MinimumAdvertisedPrice")
        )

        suggested_lower_price_plus_shipping = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySuggestedLowerPricePlusShipping.from_dict(
            d.pop("SuggestedLowerPricePlusShipping")
        )

        total_buy_box_eligible_offers = d.pop("TotalBuyBoxEligibleOffers")

        if _reader is not None and total_buy_box_eligible_offers.__class__ is not int:
            raise DeviationError("TotalBuyBoxEligibleOffers")

        sales_rankings = []
        _sales_rankings = d.pop("SalesRankings")
        for sales_rankings_item_data in _sales_rankings:

            def _parse_sales_rankings_item(
                data: object,
            ) -> AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySalesRankingsItemType0:
                if not isinstance(data, dict):
                    raise TypeError()
                sales_rankings_item_type_0 = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummarySalesRankingsItemType0.from_dict(
                    data
                )

                return sales_rankings_item_type_0

            sales_rankings_item = _parse_sales_rankings_item(sales_rankings_item_data)

            sales_rankings.append(sales_rankings_item)

        number_of_buy_box_eligible_offers = []
        _number_of_buy_box_eligible_offers = d.pop("NumberOfBuyBoxEligibleOffers")
        for (
            number_of_buy_box_eligible_offers_item_data
        ) in _number_of_buy_box_eligible_offers:

            def _parse_number_of_buy_box_eligible_offers_item(
                data: object,
            ) -> AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfBuyBoxEligibleOffersItemType0:
                if not isinstance(data, dict):
                    raise TypeError()
                number_of_buy_box_eligible_offers_item_type_0 = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryNumberOfBuyBoxEligibleOffersItemType0.from_dict(
                    data
                )

                return number_of_buy_box_eligible_offers_item_type_0

            number_of_buy_box_eligible_offers_item = (
                _parse_number_of_buy_box_eligible_offers_item(
                    number_of_buy_box_eligible_offers_item_data
                )
            )

            number_of_buy_box_eligible_offers.append(
                number_of_buy_box_eligible_offers_item
            )

        competitive_price_threshold = AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummaryCompetitivePriceThreshold.from_dict(
            d.pop("CompetitivePriceThreshold")
        )

        if cls is AnyOfferChangedNotificationPayloadAnyOfferChangedNotificationSummary:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.number_of_offers = number_of_offers
            _built.lowest_prices = lowest_prices
            _built.buy_box_prices = buy_box_prices
            _built.list_price = list_price
            _built.minimum_advertised_price = minimum_advertised_price
            _built.suggested_lower_price_plus_shipping = (
                suggested_lower_price_plus_shipping
            )
            _built.total_buy_box_eligible_offers = total_buy_box_eligible_offers
            _built.sales_rankings = sales_rankings
            _built.number_of_buy_box_eligible_offers = number_of_buy_box_eligible_offers
            _built.competitive_price_threshold = competitive_price_threshold
            _built._parse_notes = None
            any_offer_changed_notification_payload_any_offer_changed_notification_summary = _built
        else:  # a subclass: its own __init__ runs
            any_offer_changed_notification_payload_any_offer_changed_notification_summary = cls(
                number_of_offers=number_of_offers,
                lowest_prices=lowest_prices,
                buy_box_prices=buy_box_prices,
                list_price=list_price,
                minimum_advertised_price=minimum_advertised_price,
                suggested_lower_price_plus_shipping=suggested_lower_price_plus_shipping,
                total_buy_box_eligible_offers=total_buy_box_eligible_offers,
                sales_rankings=sales_rankings,
                number_of_buy_box_eligible_offers=number_of_buy_box_eligible_offers,
                competitive_price_threshold=competitive_price_threshold,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        any_offer_changed_notification_payload_any_offer_changed_notification_summary.additional_properties = (
            d or {}
        )
        return any_offer_changed_notification_payload_any_offer_changed_notification_summary

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

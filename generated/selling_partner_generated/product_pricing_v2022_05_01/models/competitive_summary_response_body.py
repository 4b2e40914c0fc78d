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
    from ..models.error import Error
    from ..models.featured_buying_option import FeaturedBuyingOption
    from ..models.lowest_priced_offer import LowestPricedOffer
    from ..models.reference_price import ReferencePrice
    from ..models.similar_items import SimilarItems


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        Error, \
        FeaturedBuyingOption, \
        LowestPricedOffer, \
        ReferencePrice, \
        SimilarItems
    from ..models.error import Error
    from ..models.featured_buying_option import FeaturedBuyingOption
    from ..models.lowest_priced_offer import LowestPricedOffer
    from ..models.reference_price import ReferencePrice
    from ..models.similar_items import SimilarItems

    _lazy_pending = False


T = TypeVar("T", bound="CompetitiveSummaryResponseBody")


@_attrs_define
class CompetitiveSummaryResponseBody:
    """
    Attributes:
        asin (str):
        marketplace_id (str):
        errors (list[Error] | Unset):
        featured_buying_options (list[FeaturedBuyingOption] | Unset):
        lowest_priced_offers (list[LowestPricedOffer] | Unset):
        reference_prices (list[ReferencePrice] | Unset):
        similar_items (list[SimilarItems] | Unset):
    """

    asin: str
    marketplace_id: str
    errors: list[Error] | Unset = UNSET
    featured_buying_options: list[FeaturedBuyingOption] | Unset = UNSET
    lowest_priced_offers: list[LowestPricedOffer] | Unset = UNSET
    reference_prices: list[ReferencePrice] | Unset = UNSET
    similar_items: list[SimilarItems] | Unset = UNSET
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
        asin = self.asin

        marketplace_id = self.marketplace_id

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for componentsschemas_error_list_item_data in self.errors:
                componentsschemas_error_list_item = (
                    componentsschemas_error_list_item_data.to_dict()
                )
                errors.append(componentsschemas_error_list_item)

        featured_buying_options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.featured_buying_options, Unset):
            featured_buying_options = []
            for featured_buying_options_item_data in self.featured_buying_options:
                featured_buying_options_item = (
                    featured_buying_options_item_data.to_dict()
                )
                featured_buying_options.append(featured_buying_options_item)

        lowest_priced_offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lowest_priced_offers, Unset):
            lowest_priced_offers = []
            for lowest_priced_offers_item_data in self.lowest_priced_offers:
                lowest_priced_offers_item = lowest_priced_offers_item_data.to_dict()
                lowest_priced_offers.append(lowest_priced_offers_item)

        reference_prices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reference_prices, Unset):
            reference_prices = []
            for reference_prices_item_data in self.reference_prices:
                reference_prices_item = reference_prices_item_data.to_dict()
                reference_prices.append(reference_prices_item)

        similar_items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.similar_items, Unset):
            similar_items = []
            for similar_items_item_data in self.similar_items:
                similar_items_item = similar_items_item_data.to_dict()
                similar_items.append(similar_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
                "marketplaceId": marketplace_id,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors
        if featured_buying_options is not UNSET:
            field_dict["featuredBuyingOptions"] = featured_buying_options
        if lowest_priced_offers is not UNSET:
            field_dict["lowestPricedOffers"] = lowest_priced_offers
        if reference_prices is not UNSET:
            field_dict["referencePrices"] = reference_prices
        if similar_items is not UNSET:
            field_dict["similarItems"] = similar_items

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.error import Error
        from ..models.featured_buying_option import FeaturedBuyingOption
        from ..models.lowest_priced_offer import LowestPricedOffer
        from ..models.reference_price import ReferencePrice
        from ..models.similar_items import SimilarItems

        return (
            (
                ("asin", "asin", True, ("str",)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("errors", "errors", False, ("list", ("model", Error))),
                (
                    "featuredBuyingOptions",
                    "featured_buying_options",
                    False,
                    ("list", ("model", FeaturedBuyingOption)),
                ),
                (
                    "lowestPricedOffers",
                    "lowest_priced_offers",
                    False,
                    ("list", ("model", LowestPricedOffer)),
                ),
                (
                    "referencePrices",
                    "reference_prices",
                    False,
                    ("list", ("model", ReferencePrice)),
                ),
                (
                    "similarItems",
                    "similar_items",
                    False,
                    ("list", ("model", SimilarItems)),
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
        asin = d.pop("asin")

        if _reader is not None and asin.__class__ is not str:
            raise DeviationError("asin")

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _errors = d.pop("errors", UNSET)
        errors = (
            UNSET if _errors is UNSET else [Error.from_dict(_item) for _item in _errors]
        )

        _featured_buying_options = d.pop("featuredBuyingOptions", UNSET)
        featured_buying_options = (
            UNSET
            if _featured_buying_options is UNSET
            else [
                FeaturedBuyingOption.from_dict(_item)
                for _item in _featured_buying_options
            ]
        )

        _lowest_priced_offers = d.pop("lowestPricedOffers", UNSET)
        lowest_priced_offers = (
            UNSET
            if _lowest_priced_offers is UNSET
            else [LowestPricedOffer.from_dict(_item) for _item in _lowest_priced_offers]
        )

        _reference_prices = d.pop("referencePrices", UNSET)
        reference_prices = (
            UNSET
            if _reference_prices is UNSET
            else [ReferencePrice.from_dict(_item) for _item in _reference_prices]
        )

        _similar_items = d.pop("similarItems", UNSET)
        similar_items = (
            UNSET
            if _similar_items is UNSET
            else [SimilarItems.from_dict(_item) for _item in _similar_items]
        )

        if cls is CompetitiveSummaryResponseBody:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.marketplace_id = marketplace_id
            _built.errors = errors
            _built.featured_buying_options = featured_buying_options
            _built.lowest_priced_offers = lowest_priced_offers
            _built.reference_prices = reference_prices
            _built.similar_items = similar_items
            _built._parse_notes = None
            competitive_summary_response_body = _built
        else:  # a subclass: its own __init__ runs
            competitive_summary_response_body = cls(
                asin=asin,
                marketplace_id=marketplace_id,
                errors=errors,
                featured_buying_options=featured_buying_options,
                lowest_priced_offers=lowest_priced_offers,
                reference_prices=reference_prices,
                similar_items=similar_items,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        competitive_summary_response_body.additional_properties = d or {}
        return competitive_summary_response_body

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

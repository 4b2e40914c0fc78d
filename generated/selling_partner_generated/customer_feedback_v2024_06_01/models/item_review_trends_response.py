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
    from ..models.date_range import DateRange
    from ..models.item_review_trends import ItemReviewTrends


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DateRange, ItemReviewTrends
    from ..models.date_range import DateRange
    from ..models.item_review_trends import ItemReviewTrends

    _lazy_pending = False


T = TypeVar("T", bound="ItemReviewTrendsResponse")


@_attrs_define
class ItemReviewTrendsResponse:
    """
    Attributes:
        asin (str):
        country_code (str):
        date_range (DateRange):
        item_name (str):
        marketplace_id (str):
        review_trends (ItemReviewTrends):
    """

    asin: str
    country_code: str
    date_range: DateRange
    item_name: str
    marketplace_id: str
    review_trends: ItemReviewTrends
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

        country_code = self.country_code

        date_range = self.date_range.to_dict()

        item_name = self.item_name

        marketplace_id = self.marketplace_id

        review_trends = self.review_trends.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
                "countryCode": country_code,
                "dateRange": date_range,
                "itemName": item_name,
                "marketplaceId": marketplace_id,
                "reviewTrends": review_trends,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.date_range import DateRange
        from ..models.item_review_trends import ItemReviewTrends

        return (
            (
                ("asin", "asin", True, ("str",)),
                ("countryCode", "country_code", True, ("str",)),
                ("dateRange", "date_range", True, ("model", DateRange)),
                ("itemName", "item_name", True, ("str",)),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("reviewTrends", "review_trends", True, ("model", ItemReviewTrends)),
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

        country_code = d.pop("countryCode")

        if _reader is not None and country_code.__class__ is not str:
            raise DeviationError("countryCode")

        date_range = DateRange.from_dict(d.pop("dateRange"))

        item_name = d.pop("itemName")

        if _reader is not None and item_name.__class__ is not str:
            raise DeviationError("itemName")

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        review_trends = ItemReviewTrends.from_dict(d.pop("reviewTrends"))

        if cls is ItemReviewTrendsResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.country_code = country_code
            _built.date_range = date_range
            _built.item_name = item_name
            _built.marketplace_id = marketplace_id
            _built.review_trends = review_trends
            _built._parse_notes = None
            item_review_trends_response = _built
        else:  # a subclass: its own __init__ runs
            item_review_trends_response = cls(
                asin=asin,
                country_code=country_code,
                date_range=date_range,
                item_name=item_name,
                marketplace_id=marketplace_id,
                review_trends=review_trends,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_review_trends_response.additional_properties = d or {}
        return item_review_trends_response

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

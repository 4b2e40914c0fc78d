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
    from ..models.browse_node_trend_metrics import BrowseNodeTrendMetrics
    from ..models.date_range import DateRange
    from ..models.review_trend_metrics import ReviewTrendMetrics


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, BrowseNodeTrendMetrics, DateRange, ReviewTrendMetrics
    from ..models.browse_node_trend_metrics import BrowseNodeTrendMetrics
    from ..models.date_range import DateRange
    from ..models.review_trend_metrics import ReviewTrendMetrics

    _lazy_pending = False


T = TypeVar("T", bound="ItemReviewTrendPoint")


@_attrs_define
class ItemReviewTrendPoint:
    """
    Attributes:
        asin_metrics (ReviewTrendMetrics):
        date_range (DateRange):
        browse_node_metrics (BrowseNodeTrendMetrics | Unset):
        parent_asin_metrics (ReviewTrendMetrics | Unset):
    """

    asin_metrics: ReviewTrendMetrics
    date_range: DateRange
    browse_node_metrics: BrowseNodeTrendMetrics | Unset = UNSET
    parent_asin_metrics: ReviewTrendMetrics | Unset = UNSET
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
        asin_metrics = self.asin_metrics.to_dict()

        date_range = self.date_range.to_dict()

        browse_node_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browse_node_metrics, Unset):
            browse_node_metrics = self.browse_node_metrics.to_dict()

        parent_asin_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parent_asin_metrics, Unset):
            parent_asin_metrics = self.parent_asin_metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asinMetrics": asin_metrics,
                "dateRange": date_range,
            }
        )
        if browse_node_metrics is not UNSET:
            field_dict["browseNodeMetrics"] = browse_node_metrics
        if parent_asin_metrics is not UNSET:
            field_dict["parentAsinMetrics"] = parent_asin_metrics

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.browse_node_trend_metrics import BrowseNodeTrendMetrics
        from ..models.date_range import DateRange
        from ..models.review_trend_metrics import ReviewTrendMetrics

        return (
            (
                ("asinMetrics", "asin_metrics", True, ("model", ReviewTrendMetrics)),
                ("dateRange", "date_range", True, ("model", DateRange)),
                (
                    "browseNodeMetrics",
                    "browse_node_metrics",
                    False,
                    ("model", BrowseNodeTrendMetrics),
                ),
                (
                    "parentAsinMetrics",
                    "parent_asin_metrics",
                    False,
                    ("model", ReviewTrendMetrics),
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
        asin_metrics = ReviewTrendMetrics.from_dict(d.pop("asinMetrics"))

        date_range = DateRange.from_dict(d.pop("dateRange"))

        _browse_node_metrics = d.pop("browseNodeMetrics", UNSET)
        browse_node_metrics = (
            UNSET
            if _browse_node_metrics is UNSET
            else BrowseNodeTrendMetrics.from_dict(_browse_node_metrics)
        )

        _parent_asin_metrics = d.pop("parentAsinMetrics", UNSET)
        parent_asin_metrics = (
            UNSET
            if _parent_asin_metrics is UNSET
            else ReviewTrendMetrics.from_dict(_parent_asin_metrics)
        )

        if cls is ItemReviewTrendPoint:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin_metrics = asin_metrics
            _built.date_range = date_range
            _built.browse_node_metrics = browse_node_metrics
            _built.parent_asin_metrics = parent_asin_metrics
            _built._parse_notes = None
            item_review_trend_point = _built
        else:  # a subclass: its own __init__ runs
            item_review_trend_point = cls(
                asin_metrics=asin_metrics,
                date_range=date_range,
                browse_node_metrics=browse_node_metrics,
                parent_asin_metrics=parent_asin_metrics,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_review_trend_point.additional_properties = d or {}
        return item_review_trend_point

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

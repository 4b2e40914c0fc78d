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
    from ..models.browse_node_occurrence import BrowseNodeOccurrence
    from ..models.browse_node_star_rating_impact import BrowseNodeStarRatingImpact


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, BrowseNodeOccurrence, BrowseNodeStarRatingImpact
    from ..models.browse_node_occurrence import BrowseNodeOccurrence
    from ..models.browse_node_star_rating_impact import BrowseNodeStarRatingImpact

    _lazy_pending = False


T = TypeVar("T", bound="ItemReviewBrowseNodeMetrics")


@_attrs_define
class ItemReviewBrowseNodeMetrics:
    """
    Attributes:
        occurrence_percentage (BrowseNodeOccurrence | Unset):
        star_rating_impact (BrowseNodeStarRatingImpact | Unset):
    """

    occurrence_percentage: BrowseNodeOccurrence | Unset = UNSET
    star_rating_impact: BrowseNodeStarRatingImpact | Unset = UNSET
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
        occurrence_percentage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.occurrence_percentage, Unset):
            occurrence_percentage = self.occurrence_percentage.to_dict()

        star_rating_impact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.star_rating_impact, Unset):
            star_rating_impact = self.star_rating_impact.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if occurrence_percentage is not UNSET:
            field_dict["occurrencePercentage"] = occurrence_percentage
        if star_rating_impact is not UNSET:
            field_dict["starRatingImpact"] = star_rating_impact

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.browse_node_occurrence import BrowseNodeOccurrence
        from ..models.browse_node_star_rating_impact import BrowseNodeStarRatingImpact

        return (
            (
                (
                    "occurrencePercentage",
                    "occurrence_percentage",
                    False,
                    ("model", BrowseNodeOccurrence),
                ),
                (
                    "starRatingImpact",
                    "star_rating_impact",
                    False,
                    ("model", BrowseNodeStarRatingImpact),
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
        _occurrence_percentage = d.pop("occurrencePercentage", UNSET)
        occurrence_percentage = (
            UNSET
            if _occurrence_percentage is UNSET
            else BrowseNodeOccurrence.from_dict(_occurrence_percentage)
        )

        _star_rating_impact = d.pop("starRatingImpact", UNSET)
        star_rating_impact = (
            UNSET
            if _star_rating_impact is UNSET
            else BrowseNodeStarRatingImpact.from_dict(_star_rating_impact)
        )

        if cls is ItemReviewBrowseNodeMetrics:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.occurrence_percentage = occurrence_percentage
            _built.star_rating_impact = star_rating_impact
            _built._parse_notes = None
            item_review_browse_node_metrics = _built
        else:  # a subclass: its own __init__ runs
            item_review_browse_node_metrics = cls(
                occurrence_percentage=occurrence_percentage,
                star_rating_impact=star_rating_impact,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_review_browse_node_metrics.additional_properties = d or {}
        return item_review_browse_node_metrics

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

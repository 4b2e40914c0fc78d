from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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

T = TypeVar("T", bound="ItemReviewTopicMetrics")


@_attrs_define
class ItemReviewTopicMetrics:
    """
    Attributes:
        number_of_mentions (int | Unset):
        occurrence_percentage (float | Unset):
        star_rating_impact (float | Unset):
    """

    number_of_mentions: int | Unset = UNSET
    occurrence_percentage: float | Unset = UNSET
    star_rating_impact: float | Unset = UNSET
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
        number_of_mentions = self.number_of_mentions

        occurrence_percentage = self.occurrence_percentage

        star_rating_impact = self.star_rating_impact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number_of_mentions is not UNSET:
            field_dict["numberOfMentions"] = number_of_mentions
        if occurrence_percentage is not UNSET:
            field_dict["occurrencePercentage"] = occurrence_percentage
        if star_rating_impact is not UNSET:
            field_dict["starRatingImpact"] = star_rating_impact

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("numberOfMentions", "number_of_mentions", False, ("int",)),
                ("occurrencePercentage", "occurrence_percentage", False, ("float",)),
                ("starRatingImpact", "star_rating_impact", False, ("float",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        number_of_mentions = d.pop("numberOfMentions", UNSET)

        if (
            _reader is not None
            and number_of_mentions.__class__ is not int
            and number_of_mentions is not UNSET
        ):
            raise DeviationError("numberOfMentions")

        occurrence_percentage = d.pop("occurrencePercentage", UNSET)

        if (
            _reader is not None
            and occurrence_percentage.__class__ is not float
            and occurrence_percentage.__class__ is not int
            and occurrence_percentage is not UNSET
        ):
            raise DeviationError("occurrencePercentage")

        star_rating_impact = d.pop("starRatingImpact", UNSET)

        if (
            _reader is not None
            and star_rating_impact.__class__ is not float
            and star_rating_impact.__class__ is not int
            and star_rating_impact is not UNSET
        ):
            raise DeviationError("starRatingImpact")

        if cls is ItemReviewTopicMetrics:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.number_of_mentions = number_of_mentions
            _built.occurrence_percentage = occurrence_percentage
            _built.star_rating_impact = star_rating_impact
            _built._parse_notes = None
            item_review_topic_metrics = _built
        else:  # a subclass: its own __init__ runs
            item_review_topic_metrics = cls(
                number_of_mentions=number_of_mentions,
                occurrence_percentage=occurrence_percentage,
                star_rating_impact=star_rating_impact,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_review_topic_metrics.additional_properties = d or {}
        return item_review_topic_metrics

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

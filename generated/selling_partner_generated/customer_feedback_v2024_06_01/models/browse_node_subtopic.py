from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browse_node_review_subtopic_metrics import (
        BrowseNodeReviewSubtopicMetrics,
    )


T = TypeVar("T", bound="BrowseNodeSubtopic")


@_attrs_define
class BrowseNodeSubtopic:
    """
    Attributes:
        metrics (BrowseNodeReviewSubtopicMetrics):
        subtopic (str):
        review_snippets (list[str] | Unset):
    """

    metrics: BrowseNodeReviewSubtopicMetrics
    subtopic: str
    review_snippets: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = self.metrics.to_dict()

        subtopic = self.subtopic

        review_snippets: list[str] | Unset = UNSET
        if not isinstance(self.review_snippets, Unset):
            review_snippets = self.review_snippets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
                "subtopic": subtopic,
            }
        )
        if review_snippets is not UNSET:
            field_dict["reviewSnippets"] = review_snippets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.browse_node_review_subtopic_metrics import (
            BrowseNodeReviewSubtopicMetrics,
        )

        d = dict(src_dict)
        metrics = BrowseNodeReviewSubtopicMetrics.from_dict(d.pop("metrics"))

        subtopic = d.pop("subtopic")

        review_snippets = cast(list[str], d.pop("reviewSnippets", UNSET))

        browse_node_subtopic = cls(
            metrics=metrics,
            subtopic=subtopic,
            review_snippets=review_snippets,
        )

        browse_node_subtopic.additional_properties = d
        return browse_node_subtopic

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

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
    from ..models.browse_node_review_topic_metrics import BrowseNodeReviewTopicMetrics
    from ..models.browse_node_subtopic import BrowseNodeSubtopic


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, BrowseNodeReviewTopicMetrics, BrowseNodeSubtopic
    from ..models.browse_node_review_topic_metrics import BrowseNodeReviewTopicMetrics
    from ..models.browse_node_subtopic import BrowseNodeSubtopic

    _lazy_pending = False


T = TypeVar("T", bound="BrowseNodeReviewTopic")


@_attrs_define
class BrowseNodeReviewTopic:
    """
    Attributes:
        browse_node_metrics (BrowseNodeReviewTopicMetrics):
        topic (str):
        review_snippets (list[str] | Unset):
        subtopics (list[BrowseNodeSubtopic] | Unset):
    """

    browse_node_metrics: BrowseNodeReviewTopicMetrics
    topic: str
    review_snippets: list[str] | Unset = UNSET
    subtopics: list[BrowseNodeSubtopic] | Unset = UNSET
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
        browse_node_metrics = self.browse_node_metrics.to_dict()

        topic = self.topic

        review_snippets: list[str] | Unset = UNSET
        if not isinstance(self.review_snippets, Unset):
            review_snippets = self.review_snippets

        subtopics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subtopics, Unset):
            subtopics = []
            for subtopics_item_data in self.subtopics:
                subtopics_item = subtopics_item_data.to_dict()
                subtopics.append(subtopics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "browseNodeMetrics": browse_node_metrics,
                "topic": topic,
            }
        )
        if review_snippets is not UNSET:
            field_dict["reviewSnippets"] = review_snippets
        if subtopics is not UNSET:
            field_dict["subtopics"] = subtopics

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.browse_node_review_topic_metrics import (
            BrowseNodeReviewTopicMetrics,
        )
        from ..models.browse_node_subtopic import BrowseNodeSubtopic

        return (
            (
                (
                    "browseNodeMetrics",
                    "browse_node_metrics",
                    True,
                    ("model", BrowseNodeReviewTopicMetrics),
                ),
                ("topic", "topic", True, ("str",)),
                ("reviewSnippets", "review_snippets", False, ("list", ("str",))),
                (
                    "subtopics",
                    "subtopics",
                    False,
                    ("list", ("model", BrowseNodeSubtopic)),
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
        browse_node_metrics = BrowseNodeReviewTopicMetrics.from_dict(
            d.pop("browseNodeMetrics")
        )

        topic = d.pop("topic")

        if _reader is not None and topic.__class__ is not str:
            raise DeviationError("topic")

        review_snippets = d.pop("reviewSnippets", UNSET)

        if (
            _reader is not None
            and review_snippets.__class__ is not list
            and review_snippets is not UNSET
        ):
            raise DeviationError("reviewSnippets")

        _subtopics = d.pop("subtopics", UNSET)
        subtopics = (
            UNSET
            if _subtopics is UNSET
            else [BrowseNodeSubtopic.from_dict(_item) for _item in _subtopics]
        )

        if cls is BrowseNodeReviewTopic:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.browse_node_metrics = browse_node_metrics
            _built.topic = topic
            _built.review_snippets = review_snippets
            _built.subtopics = subtopics
            _built._parse_notes = None
            browse_node_review_topic = _built
        else:  # a subclass: its own __init__ runs
            browse_node_review_topic = cls(
                browse_node_metrics=browse_node_metrics,
                topic=topic,
                review_snippets=review_snippets,
                subtopics=subtopics,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        browse_node_review_topic.additional_properties = d or {}
        return browse_node_review_topic

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

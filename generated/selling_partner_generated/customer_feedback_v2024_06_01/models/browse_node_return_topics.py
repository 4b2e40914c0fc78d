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
    from ..models.browse_node_trend_metrics import BrowseNodeTrendMetrics


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, BrowseNodeTrendMetrics
    from ..models.browse_node_trend_metrics import BrowseNodeTrendMetrics

    _lazy_pending = False


T = TypeVar("T", bound="BrowseNodeReturnTopics")


@_attrs_define
class BrowseNodeReturnTopics:
    """
    Attributes:
        browse_node_metrics (BrowseNodeTrendMetrics):
        topic (str):
    """

    browse_node_metrics: BrowseNodeTrendMetrics
    topic: str
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "browseNodeMetrics": browse_node_metrics,
                "topic": topic,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.browse_node_trend_metrics import BrowseNodeTrendMetrics

        return (
            (
                (
                    "browseNodeMetrics",
                    "browse_node_metrics",
                    True,
                    ("model", BrowseNodeTrendMetrics),
                ),
                ("topic", "topic", True, ("str",)),
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
        browse_node_metrics = BrowseNodeTrendMetrics.from_dict(
            d.pop("browseNodeMetrics")
        )

        topic = d.pop("topic")

        if _reader is not None and topic.__class__ is not str:
            raise DeviationError("topic")

        if cls is BrowseNodeReturnTopics:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.browse_node_metrics = browse_node_metrics
            _built.topic = topic
            _built._parse_notes = None
            browse_node_return_topics = _built
        else:  # a subclass: its own __init__ runs
            browse_node_return_topics = cls(
                browse_node_metrics=browse_node_metrics,
                topic=topic,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        browse_node_return_topics.additional_properties = d or {}
        return browse_node_return_topics

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

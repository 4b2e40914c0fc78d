from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.browse_node_trend_metrics import BrowseNodeTrendMetrics


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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.browse_node_trend_metrics import BrowseNodeTrendMetrics

        d = dict(src_dict)
        browse_node_metrics = BrowseNodeTrendMetrics.from_dict(
            d.pop("browseNodeMetrics")
        )

        topic = d.pop("topic")

        browse_node_return_topics = cls(
            browse_node_metrics=browse_node_metrics,
            topic=topic,
        )

        browse_node_return_topics.additional_properties = d
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

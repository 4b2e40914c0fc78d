from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.browse_node_return_trend_point import BrowseNodeReturnTrendPoint


T = TypeVar("T", bound="BrowseNodeReturnTrend")


@_attrs_define
class BrowseNodeReturnTrend:
    """
    Attributes:
        topic (str):
        trend_metrics (list[BrowseNodeReturnTrendPoint]):
    """

    topic: str
    trend_metrics: list[BrowseNodeReturnTrendPoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        topic = self.topic

        trend_metrics = []
        for trend_metrics_item_data in self.trend_metrics:
            trend_metrics_item = trend_metrics_item_data.to_dict()
            trend_metrics.append(trend_metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "topic": topic,
                "trendMetrics": trend_metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.browse_node_return_trend_point import BrowseNodeReturnTrendPoint

        d = dict(src_dict)
        topic = d.pop("topic")

        trend_metrics = []
        _trend_metrics = d.pop("trendMetrics")
        for trend_metrics_item_data in _trend_metrics:
            trend_metrics_item = BrowseNodeReturnTrendPoint.from_dict(
                trend_metrics_item_data
            )

            trend_metrics.append(trend_metrics_item)

        browse_node_return_trend = cls(
            topic=topic,
            trend_metrics=trend_metrics,
        )

        browse_node_return_trend.additional_properties = d
        return browse_node_return_trend

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

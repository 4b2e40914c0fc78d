from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.browse_node_trend_metrics import BrowseNodeTrendMetrics
    from ..models.date_range import DateRange


T = TypeVar("T", bound="BrowseNodeReturnTrendPoint")


@_attrs_define
class BrowseNodeReturnTrendPoint:
    """
    Attributes:
        browse_node_metrics (BrowseNodeTrendMetrics):
        date_range (DateRange):
    """

    browse_node_metrics: BrowseNodeTrendMetrics
    date_range: DateRange
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        browse_node_metrics = self.browse_node_metrics.to_dict()

        date_range = self.date_range.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "browseNodeMetrics": browse_node_metrics,
                "dateRange": date_range,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.browse_node_trend_metrics import BrowseNodeTrendMetrics
        from ..models.date_range import DateRange

        d = dict(src_dict)
        browse_node_metrics = BrowseNodeTrendMetrics.from_dict(
            d.pop("browseNodeMetrics")
        )

        date_range = DateRange.from_dict(d.pop("dateRange"))

        browse_node_return_trend_point = cls(
            browse_node_metrics=browse_node_metrics,
            date_range=date_range,
        )

        browse_node_return_trend_point.additional_properties = d
        return browse_node_return_trend_point

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

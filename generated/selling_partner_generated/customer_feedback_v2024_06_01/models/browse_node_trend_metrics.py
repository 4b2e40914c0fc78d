from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.browse_node_occurrence import BrowseNodeOccurrence


T = TypeVar("T", bound="BrowseNodeTrendMetrics")


@_attrs_define
class BrowseNodeTrendMetrics:
    """
    Attributes:
        occurrence_percentage (BrowseNodeOccurrence):
    """

    occurrence_percentage: BrowseNodeOccurrence
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        occurrence_percentage = self.occurrence_percentage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "occurrencePercentage": occurrence_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.browse_node_occurrence import BrowseNodeOccurrence

        d = dict(src_dict)
        occurrence_percentage = BrowseNodeOccurrence.from_dict(
            d.pop("occurrencePercentage")
        )

        browse_node_trend_metrics = cls(
            occurrence_percentage=occurrence_percentage,
        )

        browse_node_trend_metrics.additional_properties = d
        return browse_node_trend_metrics

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.detail_page_traffic_event import DetailPageTrafficEvent


T = TypeVar("T", bound="Payload")


@_attrs_define
class Payload:
    """
    Attributes:
        detail_page_traffic_events (list[DetailPageTrafficEvent]):
    """

    detail_page_traffic_events: list[DetailPageTrafficEvent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail_page_traffic_events = []
        for (
            componentsschemas_detail_page_traffic_events_item_data
        ) in self.detail_page_traffic_events:
            componentsschemas_detail_page_traffic_events_item = (
                componentsschemas_detail_page_traffic_events_item_data.to_dict()
            )
            detail_page_traffic_events.append(
                componentsschemas_detail_page_traffic_events_item
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detailPageTrafficEvents": detail_page_traffic_events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.detail_page_traffic_event import DetailPageTrafficEvent

        d = dict(src_dict)
        detail_page_traffic_events = []
        _detail_page_traffic_events = d.pop("detailPageTrafficEvents")
        for (
            componentsschemas_detail_page_traffic_events_item_data
        ) in _detail_page_traffic_events:
            componentsschemas_detail_page_traffic_events_item = (
                DetailPageTrafficEvent.from_dict(
                    componentsschemas_detail_page_traffic_events_item_data
                )
            )

            detail_page_traffic_events.append(
                componentsschemas_detail_page_traffic_events_item
            )

        payload = cls(
            detail_page_traffic_events=detail_page_traffic_events,
        )

        payload.additional_properties = d
        return payload

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

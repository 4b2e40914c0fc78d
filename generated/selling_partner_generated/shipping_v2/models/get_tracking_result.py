from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.event import Event
    from ..models.tracking_summary import TrackingSummary


T = TypeVar("T", bound="GetTrackingResult")


@_attrs_define
class GetTrackingResult:
    """
    Attributes:
        alternate_leg_tracking_id (str):
        event_history (list[Event]):
        promised_delivery_date (datetime.datetime):
        summary (TrackingSummary):
        tracking_id (str):
    """

    alternate_leg_tracking_id: str
    event_history: list[Event]
    promised_delivery_date: datetime.datetime
    summary: TrackingSummary
    tracking_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alternate_leg_tracking_id = self.alternate_leg_tracking_id

        event_history = []
        for event_history_item_data in self.event_history:
            event_history_item = event_history_item_data.to_dict()
            event_history.append(event_history_item)

        promised_delivery_date = self.promised_delivery_date.isoformat()

        summary = self.summary.to_dict()

        tracking_id = self.tracking_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alternateLegTrackingId": alternate_leg_tracking_id,
                "eventHistory": event_history,
                "promisedDeliveryDate": promised_delivery_date,
                "summary": summary,
                "trackingId": tracking_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.event import Event
        from ..models.tracking_summary import TrackingSummary

        d = dict(src_dict)
        alternate_leg_tracking_id = d.pop("alternateLegTrackingId")

        event_history = []
        _event_history = d.pop("eventHistory")
        for event_history_item_data in _event_history:
            event_history_item = Event.from_dict(event_history_item_data)

            event_history.append(event_history_item)

        promised_delivery_date = datetime.datetime.fromisoformat(
            d.pop("promisedDeliveryDate")
        )

        summary = TrackingSummary.from_dict(d.pop("summary"))

        tracking_id = d.pop("trackingId")

        get_tracking_result = cls(
            alternate_leg_tracking_id=alternate_leg_tracking_id,
            event_history=event_history,
            promised_delivery_date=promised_delivery_date,
            summary=summary,
            tracking_id=tracking_id,
        )

        get_tracking_result.additional_properties = d
        return get_tracking_result

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

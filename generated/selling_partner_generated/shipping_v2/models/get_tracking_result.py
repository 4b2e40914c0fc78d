from __future__ import annotations

import datetime
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
    from ..models.event import Event
    from ..models.tracking_summary import TrackingSummary


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Event, TrackingSummary
    from ..models.event import Event
    from ..models.tracking_summary import TrackingSummary

    _lazy_pending = False


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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.event import Event
        from ..models.tracking_summary import TrackingSummary

        return (
            (
                ("alternateLegTrackingId", "alternate_leg_tracking_id", True, ("str",)),
                ("eventHistory", "event_history", True, ("list", ("model", Event))),
                ("promisedDeliveryDate", "promised_delivery_date", True, ("datetime",)),
                ("summary", "summary", True, ("model", TrackingSummary)),
                ("trackingId", "tracking_id", True, ("str",)),
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
        alternate_leg_tracking_id = d.pop("alternateLegTrackingId")

        if _reader is not None and alternate_leg_tracking_id.__class__ is not str:
            raise DeviationError("alternateLegTrackingId")

        _event_history = d.pop("eventHistory")
        event_history = [Event.from_dict(_item) for _item in _event_history]

        promised_delivery_date = datetime.datetime.fromisoformat(
            d.pop("promisedDeliveryDate")
        )

        if _reader is not None and promised_delivery_date.tzinfo is None:
            raise DeviationError("promisedDeliveryDate")

        summary = TrackingSummary.from_dict(d.pop("summary"))

        tracking_id = d.pop("trackingId")

        if _reader is not None and tracking_id.__class__ is not str:
            raise DeviationError("trackingId")

        if cls is GetTrackingResult:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.alternate_leg_tracking_id = alternate_leg_tracking_id
            _built.event_history = event_history
            _built.promised_delivery_date = promised_delivery_date
            _built.summary = summary
            _built.tracking_id = tracking_id
            _built._parse_notes = None
            get_tracking_result = _built
        else:  # a subclass: its own __init__ runs
            get_tracking_result = cls(
                alternate_leg_tracking_id=alternate_leg_tracking_id,
                event_history=event_history,
                promised_delivery_date=promised_delivery_date,
                summary=summary,
                tracking_id=tracking_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_tracking_result.additional_properties = d or {}
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

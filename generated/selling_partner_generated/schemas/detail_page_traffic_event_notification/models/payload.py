from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.detail_page_traffic_event import DetailPageTrafficEvent


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DetailPageTrafficEvent
    from ..models.detail_page_traffic_event import DetailPageTrafficEvent

    _lazy_pending = False


T = TypeVar("T", bound="Payload")


@_attrs_define
class Payload:
    """
    Attributes:
        detail_page_traffic_events (list[DetailPageTrafficEvent]):
    """

    detail_page_traffic_events: list[DetailPageTrafficEvent]
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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.detail_page_traffic_event import DetailPageTrafficEvent

        return (
            (
                (
                    "detailPageTrafficEvents",
                    "detail_page_traffic_events",
                    True,
                    ("list", ("model", DetailPageTrafficEvent)),
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
        _detail_page_traffic_events = d.pop("detailPageTrafficEvents")
        detail_page_traffic_events = [
            DetailPageTrafficEvent.from_dict(_item)
            for _item in _detail_page_traffic_events
        ]

        if cls is Payload:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.detail_page_traffic_events = detail_page_traffic_events
            _built._parse_notes = None
            payload = _built
        else:  # a subclass: its own __init__ runs
            payload = cls(
                detail_page_traffic_events=detail_page_traffic_events,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        payload.additional_properties = d or {}
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_filter_event_filter_type import EventFilterEventFilterType
from ..models.order_change_type_enum import OrderChangeTypeEnum
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
    from ..models.aggregation_settings import AggregationSettings
    from ..models.tracking_identifier import TrackingIdentifier


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AggregationSettings, TrackingIdentifier
    from ..models.aggregation_settings import AggregationSettings
    from ..models.tracking_identifier import TrackingIdentifier

    _lazy_pending = False


T = TypeVar("T", bound="EventFilter")


@_attrs_define
class EventFilter:
    """
    Attributes:
        event_filter_type (EventFilterEventFilterType):
        aggregation_settings (AggregationSettings | Unset):
        marketplace_ids (list[str] | Unset):
        order_change_types (list[OrderChangeTypeEnum] | Unset):
        tracking_identifier (TrackingIdentifier | Unset):
    """

    event_filter_type: EventFilterEventFilterType
    aggregation_settings: AggregationSettings | Unset = UNSET
    marketplace_ids: list[str] | Unset = UNSET
    order_change_types: list[OrderChangeTypeEnum] | Unset = UNSET
    tracking_identifier: TrackingIdentifier | Unset = UNSET
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
        event_filter_type = self.event_filter_type.value

        aggregation_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aggregation_settings, Unset):
            aggregation_settings = self.aggregation_settings.to_dict()

        marketplace_ids: list[str] | Unset = UNSET
        if not isinstance(self.marketplace_ids, Unset):
            marketplace_ids = self.marketplace_ids

        order_change_types: list[str] | Unset = UNSET
        if not isinstance(self.order_change_types, Unset):
            order_change_types = []
            for (
                componentsschemas_order_change_types_item_data
            ) in self.order_change_types:
                componentsschemas_order_change_types_item = (
                    componentsschemas_order_change_types_item_data.value
                )
                order_change_types.append(componentsschemas_order_change_types_item)

        tracking_identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tracking_identifier, Unset):
            tracking_identifier = self.tracking_identifier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventFilterType": event_filter_type,
            }
        )
        if aggregation_settings is not UNSET:
            field_dict["aggregationSettings"] = aggregation_settings
        if marketplace_ids is not UNSET:
            field_dict["marketplaceIds"] = marketplace_ids
        if order_change_types is not UNSET:
            field_dict["orderChangeTypes"] = order_change_types
        if tracking_identifier is not UNSET:
            field_dict["trackingIdentifier"] = tracking_identifier

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.aggregation_settings import AggregationSettings
        from ..models.tracking_identifier import TrackingIdentifier

        return (
            (
                (
                    "eventFilterType",
                    "event_filter_type",
                    True,
                    ("enum", EventFilterEventFilterType),
                ),
                (
                    "aggregationSettings",
                    "aggregation_settings",
                    False,
                    ("model", AggregationSettings),
                ),
                ("marketplaceIds", "marketplace_ids", False, ("list", ("str",))),
                (
                    "orderChangeTypes",
                    "order_change_types",
                    False,
                    ("list", ("enum", OrderChangeTypeEnum)),
                ),
                (
                    "trackingIdentifier",
                    "tracking_identifier",
                    False,
                    ("model", TrackingIdentifier),
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
        _event_filter_type = d.pop("eventFilterType")
        event_filter_type = (
            EventFilterEventFilterType._value2member_map_.get(_event_filter_type)
            if _event_filter_type.__class__ is str
            else None
        ) or EventFilterEventFilterType(_event_filter_type)

        _aggregation_settings = d.pop("aggregationSettings", UNSET)
        aggregation_settings = (
            UNSET
            if _aggregation_settings is UNSET
            else AggregationSettings.from_dict(_aggregation_settings)
        )

        marketplace_ids = d.pop("marketplaceIds", UNSET)

        if (
            _reader is not None
            and marketplace_ids.__class__ is not list
            and marketplace_ids is not UNSET
        ):
            raise DeviationError("marketplaceIds")

        _order_change_types = d.pop("orderChangeTypes", UNSET)
        order_change_types = (
            UNSET
            if _order_change_types is UNSET
            else [
                (
                    OrderChangeTypeEnum._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or OrderChangeTypeEnum(_item)
                for _item in _order_change_types
            ]
        )

        _tracking_identifier = d.pop("trackingIdentifier", UNSET)
        tracking_identifier = (
            UNSET
            if _tracking_identifier is UNSET
            else TrackingIdentifier.from_dict(_tracking_identifier)
        )

        if cls is EventFilter:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.event_filter_type = event_filter_type
            _built.aggregation_settings = aggregation_settings
            _built.marketplace_ids = marketplace_ids
            _built.order_change_types = order_change_types
            _built.tracking_identifier = tracking_identifier
            _built._parse_notes = None
            event_filter = _built
        else:  # a subclass: its own __init__ runs
            event_filter = cls(
                event_filter_type=event_filter_type,
                aggregation_settings=aggregation_settings,
                marketplace_ids=marketplace_ids,
                order_change_types=order_change_types,
                tracking_identifier=tracking_identifier,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        event_filter.additional_properties = d or {}
        return event_filter

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

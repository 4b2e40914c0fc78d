from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregation_frequency import AggregationFrequency
from ..models.metric import Metric
from ..models.program_type import ProgramType
from ..models.time_period_type import TimePeriodType
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
    from ..models.get_selling_partner_metrics_request_filters import (
        GetSellingPartnerMetricsRequestFilters,
    )
    from ..models.time_interval import TimeInterval


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, GetSellingPartnerMetricsRequestFilters, TimeInterval
    from ..models.get_selling_partner_metrics_request_filters import (
        GetSellingPartnerMetricsRequestFilters,
    )
    from ..models.time_interval import TimeInterval

    _lazy_pending = False


T = TypeVar("T", bound="GetSellingPartnerMetricsRequest")


@_attrs_define
class GetSellingPartnerMetricsRequest:
    """
    Attributes:
        marketplace_id (str):
        program_types (list[ProgramType]):
        time_interval (TimeInterval):
        time_period_type (TimePeriodType):
        aggregation_frequency (AggregationFrequency | Unset):
        filters (GetSellingPartnerMetricsRequestFilters | Unset):
        metrics (list[Metric] | Unset):
    """

    marketplace_id: str
    program_types: list[ProgramType]
    time_interval: TimeInterval
    time_period_type: TimePeriodType
    aggregation_frequency: AggregationFrequency | Unset = UNSET
    filters: GetSellingPartnerMetricsRequestFilters | Unset = UNSET
    metrics: list[Metric] | Unset = UNSET
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
        marketplace_id = self.marketplace_id

        program_types = []
        for componentsschemas_program_types_item_data in self.program_types:
            componentsschemas_program_types_item = (
                componentsschemas_program_types_item_data.value
            )
            program_types.append(componentsschemas_program_types_item)

        time_interval = self.time_interval.to_dict()

        time_period_type = self.time_period_type.value

        aggregation_frequency: str | Unset = UNSET
        if not isinstance(self.aggregation_frequency, Unset):
            aggregation_frequency = self.aggregation_frequency.value

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict()

        metrics: list[str] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = []
            for metrics_item_data in self.metrics:
                metrics_item = metrics_item_data.value
                metrics.append(metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
                "programTypes": program_types,
                "timeInterval": time_interval,
                "timePeriodType": time_period_type,
            }
        )
        if aggregation_frequency is not UNSET:
            field_dict["aggregationFrequency"] = aggregation_frequency
        if filters is not UNSET:
            field_dict["filters"] = filters
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.get_selling_partner_metrics_request_filters import (
            GetSellingPartnerMetricsRequestFilters,
        )
        from ..models.time_interval import TimeInterval

        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                (
                    "programTypes",
                    "program_types",
                    True,
                    ("list", ("enum", ProgramType)),
                ),
                ("timeInterval", "time_interval", True, ("model", TimeInterval)),
                ("timePeriodType", "time_period_type", True, ("enum", TimePeriodType)),
                (
                    "aggregationFrequency",
                    "aggregation_frequency",
                    False,
                    ("enum", AggregationFrequency),
                ),
                (
                    "filters",
                    "filters",
                    False,
                    ("model", GetSellingPartnerMetricsRequestFilters),
                ),
                ("metrics", "metrics", False, ("list", ("enum", Metric))),
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
        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        _program_types = d.pop("programTypes")
        program_types = [
            (
                ProgramType._value2member_map_.get(_item)
                if _item.__class__ is str
                else None
            )
            or ProgramType(_item)
            for _item in _program_types
        ]

        time_interval = TimeInterval.from_dict(d.pop("timeInterval"))

        _time_period_type = d.pop("timePeriodType")
        time_period_type = (
            TimePeriodType._value2member_map_.get(_time_period_type)
            if _time_period_type.__class__ is str
            else None
        ) or TimePeriodType(_time_period_type)

        _aggregation_frequency = d.pop("aggregationFrequency", UNSET)
        aggregation_frequency = (
            UNSET
            if _aggregation_frequency is UNSET
            else (
                AggregationFrequency._value2member_map_.get(_aggregation_frequency)
                if _aggregation_frequency.__class__ is str
                else None
            )
            or AggregationFrequency(_aggregation_frequency)
        )

        _filters = d.pop("filters", UNSET)
        filters = (
            UNSET
            if _filters is UNSET
            else GetSellingPartnerMetricsRequestFilters.from_dict(_filters)
        )

        _metrics = d.pop("metrics", UNSET)
        metrics = (
            UNSET
            if _metrics is UNSET
            else [
                (
                    Metric._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or Metric(_item)
                for _item in _metrics
            ]
        )

        if cls is GetSellingPartnerMetricsRequest:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.program_types = program_types
            _built.time_interval = time_interval
            _built.time_period_type = time_period_type
            _built.aggregation_frequency = aggregation_frequency
            _built.filters = filters
            _built.metrics = metrics
            _built._parse_notes = None
            get_selling_partner_metrics_request = _built
        else:  # a subclass: its own __init__ runs
            get_selling_partner_metrics_request = cls(
                marketplace_id=marketplace_id,
                program_types=program_types,
                time_interval=time_interval,
                time_period_type=time_period_type,
                aggregation_frequency=aggregation_frequency,
                filters=filters,
                metrics=metrics,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_selling_partner_metrics_request.additional_properties = d or {}
        return get_selling_partner_metrics_request

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

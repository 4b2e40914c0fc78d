from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.aggregation_frequency import AggregationFrequency
from ..models.fulfillment_channel_type import FulfillmentChannelType
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
    from ..models.time_interval import TimeInterval


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, TimeInterval
    from ..models.time_interval import TimeInterval

    _lazy_pending = False


T = TypeVar("T", bound="ListOfferMetricsRequestFilters")


@_attrs_define
class ListOfferMetricsRequestFilters:
    """
    Attributes:
        marketplace_id (str):
        program_types (list[ProgramType]):
        time_interval (TimeInterval):
        time_period_type (TimePeriodType):
        aggregation_frequency (AggregationFrequency | Unset):
        asins (list[str] | Unset):
        brand_names (list[str] | Unset):
        fulfillment_channel_types (list[FulfillmentChannelType] | Unset):
        product_groups (list[str] | Unset):
        skus (list[str] | Unset):
    """

    marketplace_id: str
    program_types: list[ProgramType]
    time_interval: TimeInterval
    time_period_type: TimePeriodType
    aggregation_frequency: AggregationFrequency | Unset = UNSET
    asins: list[str] | Unset = UNSET
    brand_names: list[str] | Unset = UNSET
    fulfillment_channel_types: list[FulfillmentChannelType] | Unset = UNSET
    product_groups: list[str] | Unset = UNSET
    skus: list[str] | Unset = UNSET
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

        asins: list[str] | Unset = UNSET
        if not isinstance(self.asins, Unset):
            asins = self.asins

        brand_names: list[str] | Unset = UNSET
        if not isinstance(self.brand_names, Unset):
            brand_names = self.brand_names

        fulfillment_channel_types: list[str] | Unset = UNSET
        if not isinstance(self.fulfillment_channel_types, Unset):
            fulfillment_channel_types = []
            for fulfillment_channel_types_item_data in self.fulfillment_channel_types:
                fulfillment_channel_types_item = (
                    fulfillment_channel_types_item_data.value
                )
                fulfillment_channel_types.append(fulfillment_channel_types_item)

        product_groups: list[str] | Unset = UNSET
        if not isinstance(self.product_groups, Unset):
            product_groups = self.product_groups

        skus: list[str] | Unset = UNSET
        if not isinstance(self.skus, Unset):
            skus = self.skus

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
        if asins is not UNSET:
            field_dict["asins"] = asins
        if brand_names is not UNSET:
            field_dict["brandNames"] = brand_names
        if fulfillment_channel_types is not UNSET:
            field_dict["fulfillmentChannelTypes"] = fulfillment_channel_types
        if product_groups is not UNSET:
            field_dict["productGroups"] = product_groups
        if skus is not UNSET:
            field_dict["skus"] = skus

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
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
                ("asins", "asins", False, ("list", ("str",))),
                ("brandNames", "brand_names", False, ("list", ("str",))),
                (
                    "fulfillmentChannelTypes",
                    "fulfillment_channel_types",
                    False,
                    ("list", ("enum", FulfillmentChannelType)),
                ),
                ("productGroups", "product_groups", False, ("list", ("str",))),
                ("skus", "skus", False, ("list", ("str",))),
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

        asins = d.pop("asins", UNSET)

        if _reader is not None and asins.__class__ is not list and asins is not UNSET:
            raise DeviationError("asins")

        brand_names = d.pop("brandNames", UNSET)

        if (
            _reader is not None
            and brand_names.__class__ is not list
            and brand_names is not UNSET
        ):
            raise DeviationError("brandNames")

        _fulfillment_channel_types = d.pop("fulfillmentChannelTypes", UNSET)
        fulfillment_channel_types = (
            UNSET
            if _fulfillment_channel_types is UNSET
            else [
                (
                    FulfillmentChannelType._value2member_map_.get(_item)
                    if _item.__class__ is str
                    else None
                )
                or FulfillmentChannelType(_item)
                for _item in _fulfillment_channel_types
            ]
        )

        product_groups = d.pop("productGroups", UNSET)

        if (
            _reader is not None
            and product_groups.__class__ is not list
            and product_groups is not UNSET
        ):
            raise DeviationError("productGroups")

        skus = d.pop("skus", UNSET)

        if _reader is not None and skus.__class__ is not list and skus is not UNSET:
            raise DeviationError("skus")

        if cls is ListOfferMetricsRequestFilters:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.program_types = program_types
            _built.time_interval = time_interval
            _built.time_period_type = time_period_type
            _built.aggregation_frequency = aggregation_frequency
            _built.asins = asins
            _built.brand_names = brand_names
            _built.fulfillment_channel_types = fulfillment_channel_types
            _built.product_groups = product_groups
            _built.skus = skus
            _built._parse_notes = None
            list_offer_metrics_request_filters = _built
        else:  # a subclass: its own __init__ runs
            list_offer_metrics_request_filters = cls(
                marketplace_id=marketplace_id,
                program_types=program_types,
                time_interval=time_interval,
                time_period_type=time_period_type,
                aggregation_frequency=aggregation_frequency,
                asins=asins,
                brand_names=brand_names,
                fulfillment_channel_types=fulfillment_channel_types,
                product_groups=product_groups,
                skus=skus,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        list_offer_metrics_request_filters.additional_properties = d or {}
        return list_offer_metrics_request_filters

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.contact_details import ContactDetails
    from ..models.duration import Duration
    from ..models.operating_hours_by_day import OperatingHoursByDay
    from ..models.throughput_config import ThroughputConfig


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global \
        _lazy_pending, \
        ContactDetails, \
        Duration, \
        OperatingHoursByDay, \
        ThroughputConfig
    from ..models.contact_details import ContactDetails
    from ..models.duration import Duration
    from ..models.operating_hours_by_day import OperatingHoursByDay
    from ..models.throughput_config import ThroughputConfig

    _lazy_pending = False


T = TypeVar("T", bound="OperationalConfiguration")


@_attrs_define
class OperationalConfiguration:
    """
    Attributes:
        contact_details (ContactDetails | Unset):
        handling_time (Duration | Unset):
        operating_hours_by_day (OperatingHoursByDay | Unset):
        throughput_config (ThroughputConfig | Unset):
    """

    contact_details: ContactDetails | Unset = UNSET
    handling_time: Duration | Unset = UNSET
    operating_hours_by_day: OperatingHoursByDay | Unset = UNSET
    throughput_config: ThroughputConfig | Unset = UNSET
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
        contact_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact_details, Unset):
            contact_details = self.contact_details.to_dict()

        handling_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.handling_time, Unset):
            handling_time = self.handling_time.to_dict()

        operating_hours_by_day: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_hours_by_day, Unset):
            operating_hours_by_day = self.operating_hours_by_day.to_dict()

        throughput_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.throughput_config, Unset):
            throughput_config = self.throughput_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_details is not UNSET:
            field_dict["contactDetails"] = contact_details
        if handling_time is not UNSET:
            field_dict["handlingTime"] = handling_time
        if operating_hours_by_day is not UNSET:
            field_dict["operatingHoursByDay"] = operating_hours_by_day
        if throughput_config is not UNSET:
            field_dict["throughputConfig"] = throughput_config

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.contact_details import ContactDetails
        from ..models.duration import Duration
        from ..models.operating_hours_by_day import OperatingHoursByDay
        from ..models.throughput_config import ThroughputConfig

        return (
            (
                ("contactDetails", "contact_details", False, ("model", ContactDetails)),
                ("handlingTime", "handling_time", False, ("model", Duration)),
                (
                    "operatingHoursByDay",
                    "operating_hours_by_day",
                    False,
                    ("model", OperatingHoursByDay),
                ),
                (
                    "throughputConfig",
                    "throughput_config",
                    False,
                    ("model", ThroughputConfig),
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
        _contact_details = d.pop("contactDetails", UNSET)
        contact_details = (
            UNSET
            if _contact_details is UNSET
            else ContactDetails.from_dict(_contact_details)
        )

        _handling_time = d.pop("handlingTime", UNSET)
        handling_time = (
            UNSET if _handling_time is UNSET else Duration.from_dict(_handling_time)
        )

        _operating_hours_by_day = d.pop("operatingHoursByDay", UNSET)
        operating_hours_by_day = (
            UNSET
            if _operating_hours_by_day is UNSET
            else OperatingHoursByDay.from_dict(_operating_hours_by_day)
        )

        _throughput_config = d.pop("throughputConfig", UNSET)
        throughput_config = (
            UNSET
            if _throughput_config is UNSET
            else ThroughputConfig.from_dict(_throughput_config)
        )

        if cls is OperationalConfiguration:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.contact_details = contact_details
            _built.handling_time = handling_time
            _built.operating_hours_by_day = operating_hours_by_day
            _built.throughput_config = throughput_config
            _built._parse_notes = None
            operational_configuration = _built
        else:  # a subclass: its own __init__ runs
            operational_configuration = cls(
                contact_details=contact_details,
                handling_time=handling_time,
                operating_hours_by_day=operating_hours_by_day,
                throughput_config=throughput_config,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        operational_configuration.additional_properties = d or {}
        return operational_configuration

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

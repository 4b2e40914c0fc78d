from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.throughput_unit import ThroughputUnit
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
    from ..models.throughput_cap import ThroughputCap


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ThroughputCap
    from ..models.throughput_cap import ThroughputCap

    _lazy_pending = False


T = TypeVar("T", bound="ThroughputConfig")


@_attrs_define
class ThroughputConfig:
    """
    Attributes:
        throughput_unit (ThroughputUnit):
        throughput_cap (ThroughputCap | Unset):
    """

    throughput_unit: ThroughputUnit
    throughput_cap: ThroughputCap | Unset = UNSET
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
        throughput_unit = self.throughput_unit.value

        throughput_cap: dict[str, Any] | Unset = UNSET
        if not isinstance(self.throughput_cap, Unset):
            throughput_cap = self.throughput_cap.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "throughputUnit": throughput_unit,
            }
        )
        if throughput_cap is not UNSET:
            field_dict["throughputCap"] = throughput_cap

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.throughput_cap import ThroughputCap

        return (
            (
                ("throughputUnit", "throughput_unit", True, ("enum", ThroughputUnit)),
                ("throughputCap", "throughput_cap", False, ("model", ThroughputCap)),
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
        _throughput_unit = d.pop("throughputUnit")
        throughput_unit = (
            ThroughputUnit._value2member_map_.get(_throughput_unit)
            if _throughput_unit.__class__ is str
            else None
        ) or ThroughputUnit(_throughput_unit)

        _throughput_cap = d.pop("throughputCap", UNSET)
        throughput_cap = (
            UNSET
            if _throughput_cap is UNSET
            else ThroughputCap.from_dict(_throughput_cap)
        )

        if cls is ThroughputConfig:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.throughput_unit = throughput_unit
            _built.throughput_cap = throughput_cap
            _built._parse_notes = None
            throughput_config = _built
        else:  # a subclass: its own __init__ runs
            throughput_config = cls(
                throughput_unit=throughput_unit,
                throughput_cap=throughput_cap,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        throughput_config.additional_properties = d or {}
        return throughput_config

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

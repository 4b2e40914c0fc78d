from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_direction import RateDirection
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

T = TypeVar("T", bound="FxRateDetails")


@_attrs_define
class FxRateDetails:
    """
    Attributes:
        base_rate (float):
        effective_fx_rate (float):
        fx_rate_id (str):
        rate_direction (RateDirection):
    """

    base_rate: float
    effective_fx_rate: float
    fx_rate_id: str
    rate_direction: RateDirection
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
        base_rate = self.base_rate

        effective_fx_rate = self.effective_fx_rate

        fx_rate_id = self.fx_rate_id

        rate_direction = self.rate_direction.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseRate": base_rate,
                "effectiveFxRate": effective_fx_rate,
                "fxRateId": fx_rate_id,
                "rateDirection": rate_direction,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("baseRate", "base_rate", True, ("float",)),
                ("effectiveFxRate", "effective_fx_rate", True, ("float",)),
                ("fxRateId", "fx_rate_id", True, ("str",)),
                ("rateDirection", "rate_direction", True, ("enum", RateDirection)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        base_rate = d.pop("baseRate")

        if (
            _reader is not None
            and base_rate.__class__ is not float
            and base_rate.__class__ is not int
        ):
            raise DeviationError("baseRate")

        effective_fx_rate = d.pop("effectiveFxRate")

        if (
            _reader is not None
            and effective_fx_rate.__class__ is not float
            and effective_fx_rate.__class__ is not int
        ):
            raise DeviationError("effectiveFxRate")

        fx_rate_id = d.pop("fxRateId")

        if _reader is not None and fx_rate_id.__class__ is not str:
            raise DeviationError("fxRateId")

        _rate_direction = d.pop("rateDirection")
        rate_direction = (
            RateDirection._value2member_map_.get(_rate_direction)
            if _rate_direction.__class__ is str
            else None
        ) or RateDirection(_rate_direction)

        if cls is FxRateDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.base_rate = base_rate
            _built.effective_fx_rate = effective_fx_rate
            _built.fx_rate_id = fx_rate_id
            _built.rate_direction = rate_direction
            _built._parse_notes = None
            fx_rate_details = _built
        else:  # a subclass: its own __init__ runs
            fx_rate_details = cls(
                base_rate=base_rate,
                effective_fx_rate=effective_fx_rate,
                fx_rate_id=fx_rate_id,
                rate_direction=rate_direction,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        fx_rate_details.additional_properties = d or {}
        return fx_rate_details

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

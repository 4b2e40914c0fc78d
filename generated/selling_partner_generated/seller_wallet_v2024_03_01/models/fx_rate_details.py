from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_direction import RateDirection

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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        base_rate = d.pop("baseRate")

        effective_fx_rate = d.pop("effectiveFxRate")

        fx_rate_id = d.pop("fxRateId")

        rate_direction = RateDirection(d.pop("rateDirection"))

        fx_rate_details = cls(
            base_rate=base_rate,
            effective_fx_rate=effective_fx_rate,
            fx_rate_id=fx_rate_id,
            rate_direction=rate_direction,
        )

        fx_rate_details.additional_properties = d
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

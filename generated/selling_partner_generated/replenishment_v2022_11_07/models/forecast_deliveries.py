from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastDeliveries")


@_attrs_define
class ForecastDeliveries:
    """
    Attributes:
        next_15_days_deliveries (int | Unset):
        next_30_days_deliveries (int | Unset):
        next_60_days_deliveries (int | Unset):
        next_90_days_deliveries (int | Unset):
    """

    next_15_days_deliveries: int | Unset = UNSET
    next_30_days_deliveries: int | Unset = UNSET
    next_60_days_deliveries: int | Unset = UNSET
    next_90_days_deliveries: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_15_days_deliveries = self.next_15_days_deliveries

        next_30_days_deliveries = self.next_30_days_deliveries

        next_60_days_deliveries = self.next_60_days_deliveries

        next_90_days_deliveries = self.next_90_days_deliveries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if next_15_days_deliveries is not UNSET:
            field_dict["next15DaysDeliveries"] = next_15_days_deliveries
        if next_30_days_deliveries is not UNSET:
            field_dict["next30DaysDeliveries"] = next_30_days_deliveries
        if next_60_days_deliveries is not UNSET:
            field_dict["next60DaysDeliveries"] = next_60_days_deliveries
        if next_90_days_deliveries is not UNSET:
            field_dict["next90DaysDeliveries"] = next_90_days_deliveries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        next_15_days_deliveries = d.pop("next15DaysDeliveries", UNSET)

        next_30_days_deliveries = d.pop("next30DaysDeliveries", UNSET)

        next_60_days_deliveries = d.pop("next60DaysDeliveries", UNSET)

        next_90_days_deliveries = d.pop("next90DaysDeliveries", UNSET)

        forecast_deliveries = cls(
            next_15_days_deliveries=next_15_days_deliveries,
            next_30_days_deliveries=next_30_days_deliveries,
            next_60_days_deliveries=next_60_days_deliveries,
            next_90_days_deliveries=next_90_days_deliveries,
        )

        forecast_deliveries.additional_properties = d
        return forecast_deliveries

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

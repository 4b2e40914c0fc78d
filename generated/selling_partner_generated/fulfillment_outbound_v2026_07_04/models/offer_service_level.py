from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.time_interval import TimeInterval


T = TypeVar("T", bound="OfferServiceLevel")


@_attrs_define
class OfferServiceLevel:
    """
    Attributes:
        delivery_interval (TimeInterval | Unset):
        service_tier (str | Unset):
    """

    delivery_interval: TimeInterval | Unset = UNSET
    service_tier: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivery_interval: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_interval, Unset):
            delivery_interval = self.delivery_interval.to_dict()

        service_tier = self.service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivery_interval is not UNSET:
            field_dict["deliveryInterval"] = delivery_interval
        if service_tier is not UNSET:
            field_dict["serviceTier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.time_interval import TimeInterval

        d = dict(src_dict)
        _delivery_interval = d.pop("deliveryInterval", UNSET)
        delivery_interval: TimeInterval | Unset
        if isinstance(_delivery_interval, Unset):
            delivery_interval = UNSET
        else:
            delivery_interval = TimeInterval.from_dict(_delivery_interval)

        service_tier = d.pop("serviceTier", UNSET)

        offer_service_level = cls(
            delivery_interval=delivery_interval,
            service_tier=service_tier,
        )

        offer_service_level.additional_properties = d
        return offer_service_level

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preferred_delivery_time import PreferredDeliveryTime


T = TypeVar("T", bound="DeliveryPreference")


@_attrs_define
class DeliveryPreference:
    """
    Attributes:
        address_instruction (str | Unset):
        delivery_capabilities (list[str] | Unset):
        delivery_time (PreferredDeliveryTime | Unset):
        drop_off_location (str | Unset):
    """

    address_instruction: str | Unset = UNSET
    delivery_capabilities: list[str] | Unset = UNSET
    delivery_time: PreferredDeliveryTime | Unset = UNSET
    drop_off_location: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_instruction = self.address_instruction

        delivery_capabilities: list[str] | Unset = UNSET
        if not isinstance(self.delivery_capabilities, Unset):
            delivery_capabilities = self.delivery_capabilities

        delivery_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_time, Unset):
            delivery_time = self.delivery_time.to_dict()

        drop_off_location = self.drop_off_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_instruction is not UNSET:
            field_dict["addressInstruction"] = address_instruction
        if delivery_capabilities is not UNSET:
            field_dict["deliveryCapabilities"] = delivery_capabilities
        if delivery_time is not UNSET:
            field_dict["deliveryTime"] = delivery_time
        if drop_off_location is not UNSET:
            field_dict["dropOffLocation"] = drop_off_location

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.preferred_delivery_time import PreferredDeliveryTime

        d = dict(src_dict)
        address_instruction = d.pop("addressInstruction", UNSET)

        delivery_capabilities = cast(list[str], d.pop("deliveryCapabilities", UNSET))

        _delivery_time = d.pop("deliveryTime", UNSET)
        delivery_time: PreferredDeliveryTime | Unset
        if isinstance(_delivery_time, Unset):
            delivery_time = UNSET
        else:
            delivery_time = PreferredDeliveryTime.from_dict(_delivery_time)

        drop_off_location = d.pop("dropOffLocation", UNSET)

        delivery_preference = cls(
            address_instruction=address_instruction,
            delivery_capabilities=delivery_capabilities,
            delivery_time=delivery_time,
            drop_off_location=drop_off_location,
        )

        delivery_preference.additional_properties = d
        return delivery_preference

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

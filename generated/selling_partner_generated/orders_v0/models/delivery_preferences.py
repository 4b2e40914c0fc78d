from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.other_delivery_attributes import OtherDeliveryAttributes
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preferred_delivery_time import PreferredDeliveryTime


T = TypeVar("T", bound="DeliveryPreferences")


@_attrs_define
class DeliveryPreferences:
    """
    Attributes:
        address_instructions (str | Unset):
        drop_off_location (str | Unset):
        other_attributes (list[OtherDeliveryAttributes] | Unset):
        preferred_delivery_time (PreferredDeliveryTime | Unset):
    """

    address_instructions: str | Unset = UNSET
    drop_off_location: str | Unset = UNSET
    other_attributes: list[OtherDeliveryAttributes] | Unset = UNSET
    preferred_delivery_time: PreferredDeliveryTime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_instructions = self.address_instructions

        drop_off_location = self.drop_off_location

        other_attributes: list[str] | Unset = UNSET
        if not isinstance(self.other_attributes, Unset):
            other_attributes = []
            for other_attributes_item_data in self.other_attributes:
                other_attributes_item = other_attributes_item_data.value
                other_attributes.append(other_attributes_item)

        preferred_delivery_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.preferred_delivery_time, Unset):
            preferred_delivery_time = self.preferred_delivery_time.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_instructions is not UNSET:
            field_dict["AddressInstructions"] = address_instructions
        if drop_off_location is not UNSET:
            field_dict["DropOffLocation"] = drop_off_location
        if other_attributes is not UNSET:
            field_dict["OtherAttributes"] = other_attributes
        if preferred_delivery_time is not UNSET:
            field_dict["PreferredDeliveryTime"] = preferred_delivery_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.preferred_delivery_time import PreferredDeliveryTime

        d = dict(src_dict)
        address_instructions = d.pop("AddressInstructions", UNSET)

        drop_off_location = d.pop("DropOffLocation", UNSET)

        _other_attributes = d.pop("OtherAttributes", UNSET)
        other_attributes: list[OtherDeliveryAttributes] | Unset = UNSET
        if _other_attributes is not UNSET:
            other_attributes = []
            for other_attributes_item_data in _other_attributes:
                other_attributes_item = OtherDeliveryAttributes(
                    other_attributes_item_data
                )

                other_attributes.append(other_attributes_item)

        _preferred_delivery_time = d.pop("PreferredDeliveryTime", UNSET)
        preferred_delivery_time: PreferredDeliveryTime | Unset
        if isinstance(_preferred_delivery_time, Unset):
            preferred_delivery_time = UNSET
        else:
            preferred_delivery_time = PreferredDeliveryTime.from_dict(
                _preferred_delivery_time
            )

        delivery_preferences = cls(
            address_instructions=address_instructions,
            drop_off_location=drop_off_location,
            other_attributes=other_attributes,
            preferred_delivery_time=preferred_delivery_time,
        )

        delivery_preferences.additional_properties = d
        return delivery_preferences

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

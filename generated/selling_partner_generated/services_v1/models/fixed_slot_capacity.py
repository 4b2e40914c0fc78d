from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fixed_slot import FixedSlot


T = TypeVar("T", bound="FixedSlotCapacity")


@_attrs_define
class FixedSlotCapacity:
    """
    Attributes:
        capacities (list[FixedSlot] | Unset):
        next_page_token (str | Unset):
        resource_id (str | Unset):
        slot_duration (float | Unset):
    """

    capacities: list[FixedSlot] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    slot_duration: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capacities, Unset):
            capacities = []
            for capacities_item_data in self.capacities:
                capacities_item = capacities_item_data.to_dict()
                capacities.append(capacities_item)

        next_page_token = self.next_page_token

        resource_id = self.resource_id

        slot_duration = self.slot_duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacities is not UNSET:
            field_dict["capacities"] = capacities
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id
        if slot_duration is not UNSET:
            field_dict["slotDuration"] = slot_duration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.fixed_slot import FixedSlot

        d = dict(src_dict)
        _capacities = d.pop("capacities", UNSET)
        capacities: list[FixedSlot] | Unset = UNSET
        if _capacities is not UNSET:
            capacities = []
            for capacities_item_data in _capacities:
                capacities_item = FixedSlot.from_dict(capacities_item_data)

                capacities.append(capacities_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        resource_id = d.pop("resourceId", UNSET)

        slot_duration = d.pop("slotDuration", UNSET)

        fixed_slot_capacity = cls(
            capacities=capacities,
            next_page_token=next_page_token,
            resource_id=resource_id,
            slot_duration=slot_duration,
        )

        fixed_slot_capacity.additional_properties = d
        return fixed_slot_capacity

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

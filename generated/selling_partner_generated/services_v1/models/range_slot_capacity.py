from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.range_capacity import RangeCapacity


T = TypeVar("T", bound="RangeSlotCapacity")


@_attrs_define
class RangeSlotCapacity:
    """
    Attributes:
        capacities (list[RangeCapacity] | Unset):
        next_page_token (str | Unset):
        resource_id (str | Unset):
    """

    capacities: list[RangeCapacity] | Unset = UNSET
    next_page_token: str | Unset = UNSET
    resource_id: str | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if capacities is not UNSET:
            field_dict["capacities"] = capacities
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token
        if resource_id is not UNSET:
            field_dict["resourceId"] = resource_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.range_capacity import RangeCapacity

        d = dict(src_dict)
        _capacities = d.pop("capacities", UNSET)
        capacities: list[RangeCapacity] | Unset = UNSET
        if _capacities is not UNSET:
            capacities = []
            for capacities_item_data in _capacities:
                capacities_item = RangeCapacity.from_dict(capacities_item_data)

                capacities.append(capacities_item)

        next_page_token = d.pop("nextPageToken", UNSET)

        resource_id = d.pop("resourceId", UNSET)

        range_slot_capacity = cls(
            capacities=capacities,
            next_page_token=next_page_token,
            resource_id=resource_id,
        )

        range_slot_capacity.additional_properties = d
        return range_slot_capacity

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

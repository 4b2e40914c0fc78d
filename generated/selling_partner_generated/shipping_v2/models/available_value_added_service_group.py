from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.value_added_service import ValueAddedService


T = TypeVar("T", bound="AvailableValueAddedServiceGroup")


@_attrs_define
class AvailableValueAddedServiceGroup:
    """
    Attributes:
        group_description (str):
        group_id (str):
        is_required (bool):
        value_added_services (list[ValueAddedService] | Unset):
    """

    group_description: str
    group_id: str
    is_required: bool
    value_added_services: list[ValueAddedService] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_description = self.group_description

        group_id = self.group_id

        is_required = self.is_required

        value_added_services: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.value_added_services, Unset):
            value_added_services = []
            for value_added_services_item_data in self.value_added_services:
                value_added_services_item = value_added_services_item_data.to_dict()
                value_added_services.append(value_added_services_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "groupDescription": group_description,
                "groupId": group_id,
                "isRequired": is_required,
            }
        )
        if value_added_services is not UNSET:
            field_dict["valueAddedServices"] = value_added_services

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.value_added_service import ValueAddedService

        d = dict(src_dict)
        group_description = d.pop("groupDescription")

        group_id = d.pop("groupId")

        is_required = d.pop("isRequired")

        _value_added_services = d.pop("valueAddedServices", UNSET)
        value_added_services: list[ValueAddedService] | Unset = UNSET
        if _value_added_services is not UNSET:
            value_added_services = []
            for value_added_services_item_data in _value_added_services:
                value_added_services_item = ValueAddedService.from_dict(
                    value_added_services_item_data
                )

                value_added_services.append(value_added_services_item)

        available_value_added_service_group = cls(
            group_description=group_description,
            group_id=group_id,
            is_required=is_required,
            value_added_services=value_added_services,
        )

        available_value_added_service_group.additional_properties = d
        return available_value_added_service_group

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

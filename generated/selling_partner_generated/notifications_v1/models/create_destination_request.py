from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.destination_resource_specification import (
        DestinationResourceSpecification,
    )


T = TypeVar("T", bound="CreateDestinationRequest")


@_attrs_define
class CreateDestinationRequest:
    """
    Attributes:
        name (str):
        resource_specification (DestinationResourceSpecification):
    """

    name: str
    resource_specification: DestinationResourceSpecification
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        resource_specification = self.resource_specification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "resourceSpecification": resource_specification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.destination_resource_specification import (
            DestinationResourceSpecification,
        )

        d = dict(src_dict)
        name = d.pop("name")

        resource_specification = DestinationResourceSpecification.from_dict(
            d.pop("resourceSpecification")
        )

        create_destination_request = cls(
            name=name,
            resource_specification=resource_specification,
        )

        create_destination_request.additional_properties = d
        return create_destination_request

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

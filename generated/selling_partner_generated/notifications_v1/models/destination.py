from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.destination_resource import DestinationResource


T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination:
    """
    Attributes:
        destination_id (str):
        name (str):
        resource (DestinationResource):
    """

    destination_id: str
    name: str
    resource: DestinationResource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination_id = self.destination_id

        name = self.name

        resource = self.resource.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destinationId": destination_id,
                "name": name,
                "resource": resource,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.destination_resource import DestinationResource

        d = dict(src_dict)
        destination_id = d.pop("destinationId")

        name = d.pop("name")

        resource = DestinationResource.from_dict(d.pop("resource"))

        destination = cls(
            destination_id=destination_id,
            name=name,
            resource=resource,
        )

        destination.additional_properties = d
        return destination

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_identification_container_identification_type import (
    ContainerIdentificationContainerIdentificationType,
)

T = TypeVar("T", bound="ContainerIdentification")


@_attrs_define
class ContainerIdentification:
    """
    Attributes:
        container_identification_number (str):
        container_identification_type (ContainerIdentificationContainerIdentificationType):
    """

    container_identification_number: str
    container_identification_type: ContainerIdentificationContainerIdentificationType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        container_identification_number = self.container_identification_number

        container_identification_type = self.container_identification_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "containerIdentificationNumber": container_identification_number,
                "containerIdentificationType": container_identification_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        container_identification_number = d.pop("containerIdentificationNumber")

        container_identification_type = (
            ContainerIdentificationContainerIdentificationType(
                d.pop("containerIdentificationType")
            )
        )

        container_identification = cls(
            container_identification_number=container_identification_number,
            container_identification_type=container_identification_type,
        )

        container_identification.additional_properties = d
        return container_identification

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

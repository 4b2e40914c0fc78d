from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_status_status import PackageStatusStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageStatus")


@_attrs_define
class PackageStatus:
    """
    Attributes:
        status (PackageStatusStatus):
        detailed_status (str | Unset):
    """

    status: PackageStatusStatus
    detailed_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        detailed_status = self.detailed_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if detailed_status is not UNSET:
            field_dict["detailedStatus"] = detailed_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = PackageStatusStatus(d.pop("status"))

        detailed_status = d.pop("detailedStatus", UNSET)

        package_status = cls(
            status=status,
            detailed_status=detailed_status,
        )

        package_status.additional_properties = d
        return package_status

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

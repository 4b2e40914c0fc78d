from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.package_status import PackageStatus
from ..models.package_sub_status import PackageSubStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PackageDeliveryStatus")


@_attrs_define
class PackageDeliveryStatus:
    """
    Attributes:
        reason (str | Unset):
        status (PackageStatus | Unset):
        sub_status (PackageSubStatus | Unset):
    """

    reason: str | Unset = UNSET
    status: PackageStatus | Unset = UNSET
    sub_status: PackageSubStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sub_status: str | Unset = UNSET
        if not isinstance(self.sub_status, Unset):
            sub_status = self.sub_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if status is not UNSET:
            field_dict["status"] = status
        if sub_status is not UNSET:
            field_dict["subStatus"] = sub_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        _status = d.pop("status", UNSET)
        status: PackageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = PackageStatus(_status)

        _sub_status = d.pop("subStatus", UNSET)
        sub_status: PackageSubStatus | Unset
        if isinstance(_sub_status, Unset):
            sub_status = UNSET
        else:
            sub_status = PackageSubStatus(_sub_status)

        package_delivery_status = cls(
            reason=reason,
            status=status,
            sub_status=sub_status,
        )

        package_delivery_status.additional_properties = d
        return package_delivery_status

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LockerDetails")


@_attrs_define
class LockerDetails:
    """
    Attributes:
        locker_access_code (str | Unset):
        locker_number (str | Unset):
    """

    locker_access_code: str | Unset = UNSET
    locker_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        locker_access_code = self.locker_access_code

        locker_number = self.locker_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if locker_access_code is not UNSET:
            field_dict["lockerAccessCode"] = locker_access_code
        if locker_number is not UNSET:
            field_dict["lockerNumber"] = locker_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        locker_access_code = d.pop("lockerAccessCode", UNSET)

        locker_number = d.pop("lockerNumber", UNSET)

        locker_details = cls(
            locker_access_code=locker_access_code,
            locker_number=locker_number,
        )

        locker_details.additional_properties = d
        return locker_details

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

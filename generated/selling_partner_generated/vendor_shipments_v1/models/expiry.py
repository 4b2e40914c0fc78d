from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duration import Duration


T = TypeVar("T", bound="Expiry")


@_attrs_define
class Expiry:
    """
    Attributes:
        expiry_after_duration (Duration | Unset):
        expiry_date (datetime.datetime | Unset):
        manufacturer_date (datetime.datetime | Unset):
    """

    expiry_after_duration: Duration | Unset = UNSET
    expiry_date: datetime.datetime | Unset = UNSET
    manufacturer_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiry_after_duration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expiry_after_duration, Unset):
            expiry_after_duration = self.expiry_after_duration.to_dict()

        expiry_date: str | Unset = UNSET
        if not isinstance(self.expiry_date, Unset):
            expiry_date = self.expiry_date.isoformat()

        manufacturer_date: str | Unset = UNSET
        if not isinstance(self.manufacturer_date, Unset):
            manufacturer_date = self.manufacturer_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiry_after_duration is not UNSET:
            field_dict["expiryAfterDuration"] = expiry_after_duration
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if manufacturer_date is not UNSET:
            field_dict["manufacturerDate"] = manufacturer_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.duration import Duration

        d = dict(src_dict)
        _expiry_after_duration = d.pop("expiryAfterDuration", UNSET)
        expiry_after_duration: Duration | Unset
        if isinstance(_expiry_after_duration, Unset):
            expiry_after_duration = UNSET
        else:
            expiry_after_duration = Duration.from_dict(_expiry_after_duration)

        _expiry_date = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | Unset
        if isinstance(_expiry_date, Unset):
            expiry_date = UNSET
        else:
            expiry_date = datetime.datetime.fromisoformat(_expiry_date)

        _manufacturer_date = d.pop("manufacturerDate", UNSET)
        manufacturer_date: datetime.datetime | Unset
        if isinstance(_manufacturer_date, Unset):
            manufacturer_date = UNSET
        else:
            manufacturer_date = datetime.datetime.fromisoformat(_manufacturer_date)

        expiry = cls(
            expiry_after_duration=expiry_after_duration,
            expiry_date=expiry_date,
            manufacturer_date=manufacturer_date,
        )

        expiry.additional_properties = d
        return expiry

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

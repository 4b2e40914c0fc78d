from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpirationDetails")


@_attrs_define
class ExpirationDetails:
    """
    Attributes:
        expiration (datetime.datetime | Unset):
        onhand_quantity (int | Unset):
    """

    expiration: datetime.datetime | Unset = UNSET
    onhand_quantity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.isoformat()

        onhand_quantity = self.onhand_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if onhand_quantity is not UNSET:
            field_dict["onhandQuantity"] = onhand_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _expiration = d.pop("expiration", UNSET)
        expiration: datetime.datetime | Unset
        if isinstance(_expiration, Unset):
            expiration = UNSET
        else:
            expiration = datetime.datetime.fromisoformat(_expiration)

        onhand_quantity = d.pop("onhandQuantity", UNSET)

        expiration_details = cls(
            expiration=expiration,
            onhand_quantity=onhand_quantity,
        )

        expiration_details.additional_properties = d
        return expiration_details

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

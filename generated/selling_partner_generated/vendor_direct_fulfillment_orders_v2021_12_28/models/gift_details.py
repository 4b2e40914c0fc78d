from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GiftDetails")


@_attrs_define
class GiftDetails:
    """
    Attributes:
        gift_message (str | Unset):
        gift_wrap_id (str | Unset):
    """

    gift_message: str | Unset = UNSET
    gift_wrap_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gift_message = self.gift_message

        gift_wrap_id = self.gift_wrap_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gift_message is not UNSET:
            field_dict["giftMessage"] = gift_message
        if gift_wrap_id is not UNSET:
            field_dict["giftWrapId"] = gift_wrap_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gift_message = d.pop("giftMessage", UNSET)

        gift_wrap_id = d.pop("giftWrapId", UNSET)

        gift_details = cls(
            gift_message=gift_message,
            gift_wrap_id=gift_wrap_id,
        )

        gift_details.additional_properties = d
        return gift_details

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

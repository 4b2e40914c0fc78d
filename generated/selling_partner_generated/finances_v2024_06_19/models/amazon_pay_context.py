from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmazonPayContext")


@_attrs_define
class AmazonPayContext:
    """
    Attributes:
        channel (str | Unset):
        order_type (str | Unset):
        store_name (str | Unset):
    """

    channel: str | Unset = UNSET
    order_type: str | Unset = UNSET
    store_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel = self.channel

        order_type = self.order_type

        store_name = self.store_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if channel is not UNSET:
            field_dict["channel"] = channel
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if store_name is not UNSET:
            field_dict["storeName"] = store_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        channel = d.pop("channel", UNSET)

        order_type = d.pop("orderType", UNSET)

        store_name = d.pop("storeName", UNSET)

        amazon_pay_context = cls(
            channel=channel,
            order_type=order_type,
            store_name=store_name,
        )

        amazon_pay_context.additional_properties = d
        return amazon_pay_context

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

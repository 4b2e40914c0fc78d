from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewDeliveryService")


@_attrs_define
class PreviewDeliveryService:
    """
    Attributes:
        payment_on_delivery (str | Unset):
    """

    payment_on_delivery: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_on_delivery = self.payment_on_delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if payment_on_delivery is not UNSET:
            field_dict["paymentOnDelivery"] = payment_on_delivery

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payment_on_delivery = d.pop("paymentOnDelivery", UNSET)

        preview_delivery_service = cls(
            payment_on_delivery=payment_on_delivery,
        )

        preview_delivery_service.additional_properties = d
        return preview_delivery_service

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

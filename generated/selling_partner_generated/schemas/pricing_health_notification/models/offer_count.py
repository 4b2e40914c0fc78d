from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OfferCount")


@_attrs_define
class OfferCount:
    """
    Attributes:
        condition (str):
        fulfillment_type (str):
        offer_count (int):
    """

    condition: str
    fulfillment_type: str
    offer_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition = self.condition

        fulfillment_type = self.fulfillment_type

        offer_count = self.offer_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "condition": condition,
                "fulfillmentType": fulfillment_type,
                "offerCount": offer_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        condition = d.pop("condition")

        fulfillment_type = d.pop("fulfillmentType")

        offer_count = d.pop("offerCount")

        offer_count = cls(
            condition=condition,
            fulfillment_type=fulfillment_type,
            offer_count=offer_count,
        )

        offer_count.additional_properties = d
        return offer_count

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OfferChangeTrigger")


@_attrs_define
class OfferChangeTrigger:
    """
    Attributes:
        marketplace_id (str):
        asin (str):
        item_condition (str):
        time_of_offer_change (str):
    """

    marketplace_id: str
    asin: str
    item_condition: str
    time_of_offer_change: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_id = self.marketplace_id

        asin = self.asin

        item_condition = self.item_condition

        time_of_offer_change = self.time_of_offer_change

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
                "asin": asin,
                "itemCondition": item_condition,
                "timeOfOfferChange": time_of_offer_change,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        marketplace_id = d.pop("marketplaceId")

        asin = d.pop("asin")

        item_condition = d.pop("itemCondition")

        time_of_offer_change = d.pop("timeOfOfferChange")

        offer_change_trigger = cls(
            marketplace_id=marketplace_id,
            asin=asin,
            item_condition=item_condition,
            time_of_offer_change=time_of_offer_change,
        )

        offer_change_trigger.additional_properties = d
        return offer_change_trigger

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ListingsItemMfnQuantityChangePayload")


@_attrs_define
class ListingsItemMfnQuantityChangePayload:
    """
    Attributes:
        seller_id (str):
        fulfillment_channel_code (str):
        sku (str):
        quantity (int):
    """

    seller_id: str
    fulfillment_channel_code: str
    sku: str
    quantity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_id = self.seller_id

        fulfillment_channel_code = self.fulfillment_channel_code

        sku = self.sku

        quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellerId": seller_id,
                "FulfillmentChannelCode": fulfillment_channel_code,
                "Sku": sku,
                "Quantity": quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        seller_id = d.pop("SellerId")

        fulfillment_channel_code = d.pop("FulfillmentChannelCode")

        sku = d.pop("Sku")

        quantity = d.pop("Quantity")

        listings_item_mfn_quantity_change_payload = cls(
            seller_id=seller_id,
            fulfillment_channel_code=fulfillment_channel_code,
            sku=sku,
            quantity=quantity,
        )

        listings_item_mfn_quantity_change_payload.additional_properties = d
        return listings_item_mfn_quantity_change_payload

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

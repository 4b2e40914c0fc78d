from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.invalid_item_reason import InvalidItemReason


T = TypeVar("T", bound="InvalidReturnItem")


@_attrs_define
class InvalidReturnItem:
    """
    Attributes:
        invalid_item_reason (InvalidItemReason):
        seller_fulfillment_order_item_id (str):
        seller_return_item_id (str):
    """

    invalid_item_reason: InvalidItemReason
    seller_fulfillment_order_item_id: str
    seller_return_item_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        invalid_item_reason = self.invalid_item_reason.to_dict()

        seller_fulfillment_order_item_id = self.seller_fulfillment_order_item_id

        seller_return_item_id = self.seller_return_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invalidItemReason": invalid_item_reason,
                "sellerFulfillmentOrderItemId": seller_fulfillment_order_item_id,
                "sellerReturnItemId": seller_return_item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.invalid_item_reason import InvalidItemReason

        d = dict(src_dict)
        invalid_item_reason = InvalidItemReason.from_dict(d.pop("invalidItemReason"))

        seller_fulfillment_order_item_id = d.pop("sellerFulfillmentOrderItemId")

        seller_return_item_id = d.pop("sellerReturnItemId")

        invalid_return_item = cls(
            invalid_item_reason=invalid_item_reason,
            seller_fulfillment_order_item_id=seller_fulfillment_order_item_id,
            seller_return_item_id=seller_return_item_id,
        )

        invalid_return_item.additional_properties = d
        return invalid_return_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ItemProductTypeChangeNotificationPayload")


@_attrs_define
class ItemProductTypeChangeNotificationPayload:
    """
    Attributes:
        marketplace_id (str):
        asin (str):
        previous_product_type (str):
        current_product_type (str):
    """

    marketplace_id: str
    asin: str
    previous_product_type: str
    current_product_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_id = self.marketplace_id

        asin = self.asin

        previous_product_type = self.previous_product_type

        current_product_type = self.current_product_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MarketplaceId": marketplace_id,
                "Asin": asin,
                "PreviousProductType": previous_product_type,
                "CurrentProductType": current_product_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        marketplace_id = d.pop("MarketplaceId")

        asin = d.pop("Asin")

        previous_product_type = d.pop("PreviousProductType")

        current_product_type = d.pop("CurrentProductType")

        item_product_type_change_notification_payload = cls(
            marketplace_id=marketplace_id,
            asin=asin,
            previous_product_type=previous_product_type,
            current_product_type=current_product_type,
        )

        item_product_type_change_notification_payload.additional_properties = d
        return item_product_type_change_notification_payload

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

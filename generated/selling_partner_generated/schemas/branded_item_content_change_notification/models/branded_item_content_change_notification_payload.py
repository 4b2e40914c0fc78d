from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BrandedItemContentChangeNotificationPayload")


@_attrs_define
class BrandedItemContentChangeNotificationPayload:
    """
    Attributes:
        marketplace_id (str):
        brand_name (str):
        asin (str):
        attributes_changed (list[str]):
    """

    marketplace_id: str
    brand_name: str
    asin: str
    attributes_changed: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_id = self.marketplace_id

        brand_name = self.brand_name

        asin = self.asin

        attributes_changed = self.attributes_changed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MarketplaceId": marketplace_id,
                "BrandName": brand_name,
                "Asin": asin,
                "AttributesChanged": attributes_changed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        marketplace_id = d.pop("MarketplaceId")

        brand_name = d.pop("BrandName")

        asin = d.pop("Asin")

        attributes_changed = cast(list[str], d.pop("AttributesChanged"))

        branded_item_content_change_notification_payload = cls(
            marketplace_id=marketplace_id,
            brand_name=brand_name,
            asin=asin,
            attributes_changed=attributes_changed,
        )

        branded_item_content_change_notification_payload.additional_properties = d
        return branded_item_content_change_notification_payload

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar(
    "T",
    bound="FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown",
)


@_attrs_define
class FbaInventoryAvailabilityChangeNotificationPayloadFulfillmentInventoryByMarketplaceItemFulfillmentInventoryInboundQuantityBreakdown:
    """
    Attributes:
        working (int):
        shipped (int):
        receiving (int):
    """

    working: int
    shipped: int
    receiving: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        working = self.working

        shipped = self.shipped

        receiving = self.receiving

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Working": working,
                "Shipped": shipped,
                "Receiving": receiving,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        working = d.pop("Working")

        shipped = d.pop("Shipped")

        receiving = d.pop("Receiving")

        fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_inbound_quantity_breakdown = cls(
            working=working,
            shipped=shipped,
            receiving=receiving,
        )

        fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_inbound_quantity_breakdown.additional_properties = d
        return fba_inventory_availability_change_notification_payload_fulfillment_inventory_by_marketplace_item_fulfillment_inventory_inbound_quantity_breakdown

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

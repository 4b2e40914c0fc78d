from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.preview_delivery_offer import PreviewDeliveryOffer
    from ..models.preview_planned_shipment_item import PreviewPlannedShipmentItem
    from ..models.weight import Weight


T = TypeVar("T", bound="PreviewPlannedShipment")


@_attrs_define
class PreviewPlannedShipment:
    """
    Attributes:
        items (list[PreviewPlannedShipmentItem]):
        estimated_shipping_weight (Weight | Unset):
        offers (list[PreviewDeliveryOffer] | Unset):
    """

    items: list[PreviewPlannedShipmentItem]
    estimated_shipping_weight: Weight | Unset = UNSET
    offers: list[PreviewDeliveryOffer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        estimated_shipping_weight: dict[str, Any] | Unset = UNSET
        if not isinstance(self.estimated_shipping_weight, Unset):
            estimated_shipping_weight = self.estimated_shipping_weight.to_dict()

        offers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.offers, Unset):
            offers = []
            for offers_item_data in self.offers:
                offers_item = offers_item_data.to_dict()
                offers.append(offers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if estimated_shipping_weight is not UNSET:
            field_dict["estimatedShippingWeight"] = estimated_shipping_weight
        if offers is not UNSET:
            field_dict["offers"] = offers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.preview_delivery_offer import PreviewDeliveryOffer
        from ..models.preview_planned_shipment_item import PreviewPlannedShipmentItem
        from ..models.weight import Weight

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PreviewPlannedShipmentItem.from_dict(items_item_data)

            items.append(items_item)

        _estimated_shipping_weight = d.pop("estimatedShippingWeight", UNSET)
        estimated_shipping_weight: Weight | Unset
        if isinstance(_estimated_shipping_weight, Unset):
            estimated_shipping_weight = UNSET
        else:
            estimated_shipping_weight = Weight.from_dict(_estimated_shipping_weight)

        _offers = d.pop("offers", UNSET)
        offers: list[PreviewDeliveryOffer] | Unset = UNSET
        if _offers is not UNSET:
            offers = []
            for offers_item_data in _offers:
                offers_item = PreviewDeliveryOffer.from_dict(offers_item_data)

                offers.append(offers_item)

        preview_planned_shipment = cls(
            items=items,
            estimated_shipping_weight=estimated_shipping_weight,
            offers=offers,
        )

        preview_planned_shipment.additional_properties = d
        return preview_planned_shipment

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

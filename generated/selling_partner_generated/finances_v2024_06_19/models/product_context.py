from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductContext")


@_attrs_define
class ProductContext:
    """
    Attributes:
        asin (str | Unset):
        fulfillment_network (str | Unset):
        quantity_shipped (int | Unset):
        sku (str | Unset):
    """

    asin: str | Unset = UNSET
    fulfillment_network: str | Unset = UNSET
    quantity_shipped: int | Unset = UNSET
    sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        fulfillment_network = self.fulfillment_network

        quantity_shipped = self.quantity_shipped

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if fulfillment_network is not UNSET:
            field_dict["fulfillmentNetwork"] = fulfillment_network
        if quantity_shipped is not UNSET:
            field_dict["quantityShipped"] = quantity_shipped
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asin = d.pop("asin", UNSET)

        fulfillment_network = d.pop("fulfillmentNetwork", UNSET)

        quantity_shipped = d.pop("quantityShipped", UNSET)

        sku = d.pop("sku", UNSET)

        product_context = cls(
            asin=asin,
            fulfillment_network=fulfillment_network,
            quantity_shipped=quantity_shipped,
            sku=sku,
        )

        product_context.additional_properties = d
        return product_context

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

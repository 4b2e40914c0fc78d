from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fulfillment_type import FulfillmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OfferIdentifier")


@_attrs_define
class OfferIdentifier:
    """
    Attributes:
        asin (str):
        marketplace_id (str):
        fulfillment_type (FulfillmentType | Unset):
        seller_id (str | Unset):
        sku (str | Unset):
    """

    asin: str
    marketplace_id: str
    fulfillment_type: FulfillmentType | Unset = UNSET
    seller_id: str | Unset = UNSET
    sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        marketplace_id = self.marketplace_id

        fulfillment_type: str | Unset = UNSET
        if not isinstance(self.fulfillment_type, Unset):
            fulfillment_type = self.fulfillment_type.value

        seller_id = self.seller_id

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asin": asin,
                "marketplaceId": marketplace_id,
            }
        )
        if fulfillment_type is not UNSET:
            field_dict["fulfillmentType"] = fulfillment_type
        if seller_id is not UNSET:
            field_dict["sellerId"] = seller_id
        if sku is not UNSET:
            field_dict["sku"] = sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asin = d.pop("asin")

        marketplace_id = d.pop("marketplaceId")

        _fulfillment_type = d.pop("fulfillmentType", UNSET)
        fulfillment_type: FulfillmentType | Unset
        if isinstance(_fulfillment_type, Unset):
            fulfillment_type = UNSET
        else:
            fulfillment_type = FulfillmentType(_fulfillment_type)

        seller_id = d.pop("sellerId", UNSET)

        sku = d.pop("sku", UNSET)

        offer_identifier = cls(
            asin=asin,
            marketplace_id=marketplace_id,
            fulfillment_type=fulfillment_type,
            seller_id=seller_id,
            sku=sku,
        )

        offer_identifier.additional_properties = d
        return offer_identifier

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.condition_type import ConditionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_identifier import ItemIdentifier
    from ..models.offer_detail import OfferDetail
    from ..models.summary import Summary


T = TypeVar("T", bound="GetOffersResult")


@_attrs_define
class GetOffersResult:
    """
    Attributes:
        identifier (ItemIdentifier):
        item_condition (ConditionType):
        offers (list[OfferDetail]):
        summary (Summary):
        marketplace_id (str):
        status (str):
        asin (str | Unset):
        sku (str | Unset):
    """

    identifier: ItemIdentifier
    item_condition: ConditionType
    offers: list[OfferDetail]
    summary: Summary
    marketplace_id: str
    status: str
    asin: str | Unset = UNSET
    sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier.to_dict()

        item_condition = self.item_condition.value

        offers = []
        for componentsschemas_offer_detail_list_item_data in self.offers:
            componentsschemas_offer_detail_list_item = (
                componentsschemas_offer_detail_list_item_data.to_dict()
            )
            offers.append(componentsschemas_offer_detail_list_item)

        summary = self.summary.to_dict()

        marketplace_id = self.marketplace_id

        status = self.status

        asin = self.asin

        sku = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Identifier": identifier,
                "ItemCondition": item_condition,
                "Offers": offers,
                "Summary": summary,
                "marketplaceId": marketplace_id,
                "status": status,
            }
        )
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if sku is not UNSET:
            field_dict["SKU"] = sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_identifier import ItemIdentifier
        from ..models.offer_detail import OfferDetail
        from ..models.summary import Summary

        d = dict(src_dict)
        identifier = ItemIdentifier.from_dict(d.pop("Identifier"))

        item_condition = ConditionType(d.pop("ItemCondition"))

        offers = []
        _offers = d.pop("Offers")
        for componentsschemas_offer_detail_list_item_data in _offers:
            componentsschemas_offer_detail_list_item = OfferDetail.from_dict(
                componentsschemas_offer_detail_list_item_data
            )

            offers.append(componentsschemas_offer_detail_list_item)

        summary = Summary.from_dict(d.pop("Summary"))

        marketplace_id = d.pop("marketplaceId")

        status = d.pop("status")

        asin = d.pop("ASIN", UNSET)

        sku = d.pop("SKU", UNSET)

        get_offers_result = cls(
            identifier=identifier,
            item_condition=item_condition,
            offers=offers,
            summary=summary,
            marketplace_id=marketplace_id,
            status=status,
            asin=asin,
            sku=sku,
        )

        get_offers_result.additional_properties = d
        return get_offers_result

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

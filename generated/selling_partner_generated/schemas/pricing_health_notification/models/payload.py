from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.merchant_offer import MerchantOffer
    from ..models.offer_change_trigger import OfferChangeTrigger
    from ..models.summary import Summary


T = TypeVar("T", bound="Payload")


@_attrs_define
class Payload:
    """
    Attributes:
        seller_id (str):
        issue_type (str):
        offer_change_trigger (OfferChangeTrigger):
        merchant_offer (MerchantOffer):
        summary (Summary):
    """

    seller_id: str
    issue_type: str
    offer_change_trigger: OfferChangeTrigger
    merchant_offer: MerchantOffer
    summary: Summary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_id = self.seller_id

        issue_type = self.issue_type

        offer_change_trigger = self.offer_change_trigger.to_dict()

        merchant_offer = self.merchant_offer.to_dict()

        summary = self.summary.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sellerId": seller_id,
                "issueType": issue_type,
                "offerChangeTrigger": offer_change_trigger,
                "merchantOffer": merchant_offer,
                "summary": summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.merchant_offer import MerchantOffer
        from ..models.offer_change_trigger import OfferChangeTrigger
        from ..models.summary import Summary

        d = dict(src_dict)
        seller_id = d.pop("sellerId")

        issue_type = d.pop("issueType")

        offer_change_trigger = OfferChangeTrigger.from_dict(d.pop("offerChangeTrigger"))

        merchant_offer = MerchantOffer.from_dict(d.pop("merchantOffer"))

        summary = Summary.from_dict(d.pop("summary"))

        payload = cls(
            seller_id=seller_id,
            issue_type=issue_type,
            offer_change_trigger=offer_change_trigger,
            merchant_offer=merchant_offer,
            summary=summary,
        )

        payload.additional_properties = d
        return payload

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

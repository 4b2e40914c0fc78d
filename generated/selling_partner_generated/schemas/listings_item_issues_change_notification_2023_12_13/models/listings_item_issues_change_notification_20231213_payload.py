from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingsItemIssuesChangeNotification20231213Payload")


@_attrs_define
class ListingsItemIssuesChangeNotification20231213Payload:
    """
    Attributes:
        seller_id (str):
        sku (str):
        severities (list[str]):
        marketplace_id (str | Unset):
        asin (str | Unset):
        enforcement_actions (list[str] | Unset):
    """

    seller_id: str
    sku: str
    severities: list[str]
    marketplace_id: str | Unset = UNSET
    asin: str | Unset = UNSET
    enforcement_actions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_id = self.seller_id

        sku = self.sku

        severities = self.severities

        marketplace_id = self.marketplace_id

        asin = self.asin

        enforcement_actions: list[str] | Unset = UNSET
        if not isinstance(self.enforcement_actions, Unset):
            enforcement_actions = self.enforcement_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellerId": seller_id,
                "Sku": sku,
                "Severities": severities,
            }
        )
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if asin is not UNSET:
            field_dict["Asin"] = asin
        if enforcement_actions is not UNSET:
            field_dict["EnforcementActions"] = enforcement_actions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        seller_id = d.pop("SellerId")

        sku = d.pop("Sku")

        severities = cast(list[str], d.pop("Severities"))

        marketplace_id = d.pop("MarketplaceId", UNSET)

        asin = d.pop("Asin", UNSET)

        enforcement_actions = cast(list[str], d.pop("EnforcementActions", UNSET))

        listings_item_issues_change_notification_20231213_payload = cls(
            seller_id=seller_id,
            sku=sku,
            severities=severities,
            marketplace_id=marketplace_id,
            asin=asin,
            enforcement_actions=enforcement_actions,
        )

        listings_item_issues_change_notification_20231213_payload.additional_properties = d
        return listings_item_issues_change_notification_20231213_payload

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListingsItemStatusChangeNotificationPayload")


@_attrs_define
class ListingsItemStatusChangeNotificationPayload:
    """
    Attributes:
        seller_id (str):
        sku (str):
        status (list[str]):
        marketplace_id (str | Unset):
        asin (str | Unset):
        created_date (datetime.datetime | Unset):
    """

    seller_id: str
    sku: str
    status: list[str]
    marketplace_id: str | Unset = UNSET
    asin: str | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seller_id = self.seller_id

        sku = self.sku

        status = self.status

        marketplace_id = self.marketplace_id

        asin = self.asin

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = self.created_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "SellerId": seller_id,
                "Sku": sku,
                "Status": status,
            }
        )
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if asin is not UNSET:
            field_dict["Asin"] = asin
        if created_date is not UNSET:
            field_dict["CreatedDate"] = created_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        seller_id = d.pop("SellerId")

        sku = d.pop("Sku")

        status = cast(list[str], d.pop("Status"))

        marketplace_id = d.pop("MarketplaceId", UNSET)

        asin = d.pop("Asin", UNSET)

        _created_date = d.pop("CreatedDate", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        listings_item_status_change_notification_payload = cls(
            seller_id=seller_id,
            sku=sku,
            status=status,
            marketplace_id=marketplace_id,
            asin=asin,
            created_date=created_date,
        )

        listings_item_status_change_notification_payload.additional_properties = d
        return listings_item_status_change_notification_payload

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

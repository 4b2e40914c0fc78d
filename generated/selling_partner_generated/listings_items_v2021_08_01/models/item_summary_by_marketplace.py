from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_summary_by_marketplace_condition_type import (
    ItemSummaryByMarketplaceConditionType,
)
from ..models.item_summary_by_marketplace_status_item import (
    ItemSummaryByMarketplaceStatusItem,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_image import ItemImage


T = TypeVar("T", bound="ItemSummaryByMarketplace")


@_attrs_define
class ItemSummaryByMarketplace:
    """
    Attributes:
        created_date (datetime.datetime):
        last_updated_date (datetime.datetime):
        marketplace_id (str):
        product_type (str):
        status (list[ItemSummaryByMarketplaceStatusItem]):
        asin (str | Unset):
        condition_type (ItemSummaryByMarketplaceConditionType | Unset):
        fn_sku (str | Unset):
        item_name (str | Unset):
        main_image (ItemImage | Unset):
    """

    created_date: datetime.datetime
    last_updated_date: datetime.datetime
    marketplace_id: str
    product_type: str
    status: list[ItemSummaryByMarketplaceStatusItem]
    asin: str | Unset = UNSET
    condition_type: ItemSummaryByMarketplaceConditionType | Unset = UNSET
    fn_sku: str | Unset = UNSET
    item_name: str | Unset = UNSET
    main_image: ItemImage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_date = self.created_date.isoformat()

        last_updated_date = self.last_updated_date.isoformat()

        marketplace_id = self.marketplace_id

        product_type = self.product_type

        status = []
        for status_item_data in self.status:
            status_item = status_item_data.value
            status.append(status_item)

        asin = self.asin

        condition_type: str | Unset = UNSET
        if not isinstance(self.condition_type, Unset):
            condition_type = self.condition_type.value

        fn_sku = self.fn_sku

        item_name = self.item_name

        main_image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main_image, Unset):
            main_image = self.main_image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "createdDate": created_date,
                "lastUpdatedDate": last_updated_date,
                "marketplaceId": marketplace_id,
                "productType": product_type,
                "status": status,
            }
        )
        if asin is not UNSET:
            field_dict["asin"] = asin
        if condition_type is not UNSET:
            field_dict["conditionType"] = condition_type
        if fn_sku is not UNSET:
            field_dict["fnSku"] = fn_sku
        if item_name is not UNSET:
            field_dict["itemName"] = item_name
        if main_image is not UNSET:
            field_dict["mainImage"] = main_image

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_image import ItemImage

        d = dict(src_dict)
        created_date = datetime.datetime.fromisoformat(d.pop("createdDate"))

        last_updated_date = datetime.datetime.fromisoformat(d.pop("lastUpdatedDate"))

        marketplace_id = d.pop("marketplaceId")

        product_type = d.pop("productType")

        status = []
        _status = d.pop("status")
        for status_item_data in _status:
            status_item = ItemSummaryByMarketplaceStatusItem(status_item_data)

            status.append(status_item)

        asin = d.pop("asin", UNSET)

        _condition_type = d.pop("conditionType", UNSET)
        condition_type: ItemSummaryByMarketplaceConditionType | Unset
        if isinstance(_condition_type, Unset):
            condition_type = UNSET
        else:
            condition_type = ItemSummaryByMarketplaceConditionType(_condition_type)

        fn_sku = d.pop("fnSku", UNSET)

        item_name = d.pop("itemName", UNSET)

        _main_image = d.pop("mainImage", UNSET)
        main_image: ItemImage | Unset
        if isinstance(_main_image, Unset):
            main_image = UNSET
        else:
            main_image = ItemImage.from_dict(_main_image)

        item_summary_by_marketplace = cls(
            created_date=created_date,
            last_updated_date=last_updated_date,
            marketplace_id=marketplace_id,
            product_type=product_type,
            status=status,
            asin=asin,
            condition_type=condition_type,
            fn_sku=fn_sku,
            item_name=item_name,
            main_image=main_image,
        )

        item_summary_by_marketplace.additional_properties = d
        return item_summary_by_marketplace

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_summary_by_marketplace_item_classification import (
    ItemSummaryByMarketplaceItemClassification,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_browse_classification import ItemBrowseClassification
    from ..models.item_contributor import ItemContributor


T = TypeVar("T", bound="ItemSummaryByMarketplace")


@_attrs_define
class ItemSummaryByMarketplace:
    """
    Attributes:
        marketplace_id (str):
        adult_product (bool | Unset):
        autographed (bool | Unset):
        brand (str | Unset):
        browse_classification (ItemBrowseClassification | Unset):
        color (str | Unset):
        contributors (list[ItemContributor] | Unset):
        item_classification (ItemSummaryByMarketplaceItemClassification | Unset):
        item_name (str | Unset):
        manufacturer (str | Unset):
        memorabilia (bool | Unset):
        model_number (str | Unset):
        package_quantity (int | Unset):
        part_number (str | Unset):
        release_date (datetime.date | Unset):
        size (str | Unset):
        style (str | Unset):
        trade_in_eligible (bool | Unset):
        website_display_group (str | Unset):
        website_display_group_name (str | Unset):
    """

    marketplace_id: str
    adult_product: bool | Unset = UNSET
    autographed: bool | Unset = UNSET
    brand: str | Unset = UNSET
    browse_classification: ItemBrowseClassification | Unset = UNSET
    color: str | Unset = UNSET
    contributors: list[ItemContributor] | Unset = UNSET
    item_classification: ItemSummaryByMarketplaceItemClassification | Unset = UNSET
    item_name: str | Unset = UNSET
    manufacturer: str | Unset = UNSET
    memorabilia: bool | Unset = UNSET
    model_number: str | Unset = UNSET
    package_quantity: int | Unset = UNSET
    part_number: str | Unset = UNSET
    release_date: datetime.date | Unset = UNSET
    size: str | Unset = UNSET
    style: str | Unset = UNSET
    trade_in_eligible: bool | Unset = UNSET
    website_display_group: str | Unset = UNSET
    website_display_group_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_id = self.marketplace_id

        adult_product = self.adult_product

        autographed = self.autographed

        brand = self.brand

        browse_classification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browse_classification, Unset):
            browse_classification = self.browse_classification.to_dict()

        color = self.color

        contributors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contributors, Unset):
            contributors = []
            for contributors_item_data in self.contributors:
                contributors_item = contributors_item_data.to_dict()
                contributors.append(contributors_item)

        item_classification: str | Unset = UNSET
        if not isinstance(self.item_classification, Unset):
            item_classification = self.item_classification.value

        item_name = self.item_name

        manufacturer = self.manufacturer

        memorabilia = self.memorabilia

        model_number = self.model_number

        package_quantity = self.package_quantity

        part_number = self.part_number

        release_date: str | Unset = UNSET
        if not isinstance(self.release_date, Unset):
            release_date = self.release_date.isoformat()

        size = self.size

        style = self.style

        trade_in_eligible = self.trade_in_eligible

        website_display_group = self.website_display_group

        website_display_group_name = self.website_display_group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
            }
        )
        if adult_product is not UNSET:
            field_dict["adultProduct"] = adult_product
        if autographed is not UNSET:
            field_dict["autographed"] = autographed
        if brand is not UNSET:
            field_dict["brand"] = brand
        if browse_classification is not UNSET:
            field_dict["browseClassification"] = browse_classification
        if color is not UNSET:
            field_dict["color"] = color
        if contributors is not UNSET:
            field_dict["contributors"] = contributors
        if item_classification is not UNSET:
            field_dict["itemClassification"] = item_classification
        if item_name is not UNSET:
            field_dict["itemName"] = item_name
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if memorabilia is not UNSET:
            field_dict["memorabilia"] = memorabilia
        if model_number is not UNSET:
            field_dict["modelNumber"] = model_number
        if package_quantity is not UNSET:
            field_dict["packageQuantity"] = package_quantity
        if part_number is not UNSET:
            field_dict["partNumber"] = part_number
        if release_date is not UNSET:
            field_dict["releaseDate"] = release_date
        if size is not UNSET:
            field_dict["size"] = size
        if style is not UNSET:
            field_dict["style"] = style
        if trade_in_eligible is not UNSET:
            field_dict["tradeInEligible"] = trade_in_eligible
        if website_display_group is not UNSET:
            field_dict["websiteDisplayGroup"] = website_display_group
        if website_display_group_name is not UNSET:
            field_dict["websiteDisplayGroupName"] = website_display_group_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_browse_classification import ItemBrowseClassification
        from ..models.item_contributor import ItemContributor

        d = dict(src_dict)
        marketplace_id = d.pop("marketplaceId")

        adult_product = d.pop("adultProduct", UNSET)

        autographed = d.pop("autographed", UNSET)

        brand = d.pop("brand", UNSET)

        _browse_classification = d.pop("browseClassification", UNSET)
        browse_classification: ItemBrowseClassification | Unset
        if isinstance(_browse_classification, Unset):
            browse_classification = UNSET
        else:
            browse_classification = ItemBrowseClassification.from_dict(
                _browse_classification
            )

        color = d.pop("color", UNSET)

        _contributors = d.pop("contributors", UNSET)
        contributors: list[ItemContributor] | Unset = UNSET
        if _contributors is not UNSET:
            contributors = []
            for contributors_item_data in _contributors:
                contributors_item = ItemContributor.from_dict(contributors_item_data)

                contributors.append(contributors_item)

        _item_classification = d.pop("itemClassification", UNSET)
        item_classification: ItemSummaryByMarketplaceItemClassification | Unset
        if isinstance(_item_classification, Unset):
            item_classification = UNSET
        else:
            item_classification = ItemSummaryByMarketplaceItemClassification(
                _item_classification
            )

        item_name = d.pop("itemName", UNSET)

        manufacturer = d.pop("manufacturer", UNSET)

        memorabilia = d.pop("memorabilia", UNSET)

        model_number = d.pop("modelNumber", UNSET)

        package_quantity = d.pop("packageQuantity", UNSET)

        part_number = d.pop("partNumber", UNSET)

        _release_date = d.pop("releaseDate", UNSET)
        release_date: datetime.date | Unset
        if isinstance(_release_date, Unset):
            release_date = UNSET
        else:
            release_date = datetime.date.fromisoformat(_release_date)

        size = d.pop("size", UNSET)

        style = d.pop("style", UNSET)

        trade_in_eligible = d.pop("tradeInEligible", UNSET)

        website_display_group = d.pop("websiteDisplayGroup", UNSET)

        website_display_group_name = d.pop("websiteDisplayGroupName", UNSET)

        item_summary_by_marketplace = cls(
            marketplace_id=marketplace_id,
            adult_product=adult_product,
            autographed=autographed,
            brand=brand,
            browse_classification=browse_classification,
            color=color,
            contributors=contributors,
            item_classification=item_classification,
            item_name=item_name,
            manufacturer=manufacturer,
            memorabilia=memorabilia,
            model_number=model_number,
            package_quantity=package_quantity,
            part_number=part_number,
            release_date=release_date,
            size=size,
            style=style,
            trade_in_eligible=trade_in_eligible,
            website_display_group=website_display_group,
            website_display_group_name=website_display_group_name,
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

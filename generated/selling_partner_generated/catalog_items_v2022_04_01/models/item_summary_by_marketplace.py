from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_summary_by_marketplace_item_classification import (
    ItemSummaryByMarketplaceItemClassification,
)
from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.item_browse_classification import ItemBrowseClassification
    from ..models.item_contributor import ItemContributor


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemBrowseClassification, ItemContributor
    from ..models.item_browse_classification import ItemBrowseClassification
    from ..models.item_contributor import ItemContributor

    _lazy_pending = False


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
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        if _lazy_pending:
            _load_lazy()
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
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_browse_classification import ItemBrowseClassification
        from ..models.item_contributor import ItemContributor

        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("adultProduct", "adult_product", False, ("bool",)),
                ("autographed", "autographed", False, ("bool",)),
                ("brand", "brand", False, ("str",)),
                (
                    "browseClassification",
                    "browse_classification",
                    False,
                    ("model", ItemBrowseClassification),
                ),
                ("color", "color", False, ("str",)),
                (
                    "contributors",
                    "contributors",
                    False,
                    ("list", ("model", ItemContributor)),
                ),
                (
                    "itemClassification",
                    "item_classification",
                    False,
                    ("enum", ItemSummaryByMarketplaceItemClassification),
                ),
                ("itemName", "item_name", False, ("str",)),
                ("manufacturer", "manufacturer", False, ("str",)),
                ("memorabilia", "memorabilia", False, ("bool",)),
                ("modelNumber", "model_number", False, ("str",)),
                ("packageQuantity", "package_quantity", False, ("int",)),
                ("partNumber", "part_number", False, ("str",)),
                ("releaseDate", "release_date", False, ("date",)),
                ("size", "size", False, ("str",)),
                ("style", "style", False, ("str",)),
                ("tradeInEligible", "trade_in_eligible", False, ("bool",)),
                ("websiteDisplayGroup", "website_display_group", False, ("str",)),
                (
                    "websiteDisplayGroupName",
                    "website_display_group_name",
                    False,
                    ("str",),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        adult_product = d.pop("adultProduct", UNSET)

        if (
            _reader is not None
            and adult_product.__class__ is not bool
            and adult_product is not UNSET
        ):
            raise DeviationError("adultProduct")

        autographed = d.pop("autographed", UNSET)

        if (
            _reader is not None
            and autographed.__class__ is not bool
            and autographed is not UNSET
        ):
            raise DeviationError("autographed")

        brand = d.pop("brand", UNSET)

        if _reader is not None and brand.__class__ is not str and brand is not UNSET:
            raise DeviationError("brand")

        _browse_classification = d.pop("browseClassification", UNSET)
        browse_classification = (
            UNSET
            if _browse_classification is UNSET
            else ItemBrowseClassification.from_dict(_browse_classification)
        )

        color = d.pop("color", UNSET)

        if _reader is not None and color.__class__ is not str and color is not UNSET:
            raise DeviationError("color")

        _contributors = d.pop("contributors", UNSET)
        contributors = (
            UNSET
            if _contributors is UNSET
            else [ItemContributor.from_dict(_item) for _item in _contributors]
        )

        _item_classification = d.pop("itemClassification", UNSET)
        item_classification = (
            UNSET
            if _item_classification is UNSET
            else (
                ItemSummaryByMarketplaceItemClassification._value2member_map_.get(
                    _item_classification
                )
                if _item_classification.__class__ is str
                else None
            )
            or ItemSummaryByMarketplaceItemClassification(_item_classification)
        )

        item_name = d.pop("itemName", UNSET)

        if (
            _reader is not None
            and item_name.__class__ is not str
            and item_name is not UNSET
        ):
            raise DeviationError("itemName")

        manufacturer = d.pop("manufacturer", UNSET)

        if (
            _reader is not None
            and manufacturer.__class__ is not str
            and manufacturer is not UNSET
        ):
            raise DeviationError("manufacturer")

        memorabilia = d.pop("memorabilia", UNSET)

        if (
            _reader is not None
            and memorabilia.__class__ is not bool
            and memorabilia is not UNSET
        ):
            raise DeviationError("memorabilia")

        model_number = d.pop("modelNumber", UNSET)

        if (
            _reader is not None
            and model_number.__class__ is not str
            and model_number is not UNSET
        ):
            raise DeviationError("modelNumber")

        package_quantity = d.pop("packageQuantity", UNSET)

        if (
            _reader is not None
            and package_quantity.__class__ is not int
            and package_quantity is not UNSET
        ):
            raise DeviationError("packageQuantity")

        part_number = d.pop("partNumber", UNSET)

        if (
            _reader is not None
            and part_number.__class__ is not str
            and part_number is not UNSET
        ):
            raise DeviationError("partNumber")

        _release_date = d.pop("releaseDate", UNSET)
        release_date = (
            UNSET
            if _release_date is UNSET
            else datetime.date.fromisoformat(_release_date)
        )

        size = d.pop("size", UNSET)

        if _reader is not None and size.__class__ is not str and size is not UNSET:
            raise DeviationError("size")

        style = d.pop("style", UNSET)

        if _reader is not None and style.__class__ is not str and style is not UNSET:
            raise DeviationError("style")

        trade_in_eligible = d.pop("tradeInEligible", UNSET)

        if (
            _reader is not None
            and trade_in_eligible.__class__ is not bool
            and trade_in_eligible is not UNSET
        ):
            raise DeviationError("tradeInEligible")

        website_display_group = d.pop("websiteDisplayGroup", UNSET)

        if (
            _reader is not None
            and website_display_group.__class__ is not str
            and website_display_group is not UNSET
        ):
            raise DeviationError("websiteDisplayGroup")

        website_display_group_name = d.pop("websiteDisplayGroupName", UNSET)

        if (
            _reader is not None
            and website_display_group_name.__class__ is not str
            and website_display_group_name is not UNSET
        ):
            raise DeviationError("websiteDisplayGroupName")

        if cls is ItemSummaryByMarketplace:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.adult_product = adult_product
            _built.autographed = autographed
            _built.brand = brand
            _built.browse_classification = browse_classification
            _built.color = color
            _built.contributors = contributors
            _built.item_classification = item_classification
            _built.item_name = item_name
            _built.manufacturer = manufacturer
            _built.memorabilia = memorabilia
            _built.model_number = model_number
            _built.package_quantity = package_quantity
            _built.part_number = part_number
            _built.release_date = release_date
            _built.size = size
            _built.style = style
            _built.trade_in_eligible = trade_in_eligible
            _built.website_display_group = website_display_group
            _built.website_display_group_name = website_display_group_name
            _built._parse_notes = None
            item_summary_by_marketplace = _built
        else:  # a subclass: its own __init__ runs
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

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_summary_by_marketplace.additional_properties = d or {}
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

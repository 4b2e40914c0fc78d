from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_vendor_details_by_marketplace_replenishment_category import (
    ItemVendorDetailsByMarketplaceReplenishmentCategory,
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
    from ..models.item_vendor_details_category import ItemVendorDetailsCategory


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ItemVendorDetailsCategory
    from ..models.item_vendor_details_category import ItemVendorDetailsCategory

    _lazy_pending = False


T = TypeVar("T", bound="ItemVendorDetailsByMarketplace")


@_attrs_define
class ItemVendorDetailsByMarketplace:
    """
    Attributes:
        marketplace_id (str):
        brand_code (str | Unset):
        manufacturer_code (str | Unset):
        manufacturer_code_parent (str | Unset):
        product_category (ItemVendorDetailsCategory | Unset):
        product_group (str | Unset):
        product_subcategory (ItemVendorDetailsCategory | Unset):
        replenishment_category (ItemVendorDetailsByMarketplaceReplenishmentCategory | Unset):
    """

    marketplace_id: str
    brand_code: str | Unset = UNSET
    manufacturer_code: str | Unset = UNSET
    manufacturer_code_parent: str | Unset = UNSET
    product_category: ItemVendorDetailsCategory | Unset = UNSET
    product_group: str | Unset = UNSET
    product_subcategory: ItemVendorDetailsCategory | Unset = UNSET
    replenishment_category: (
        ItemVendorDetailsByMarketplaceReplenishmentCategory | Unset
    ) = UNSET
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

        brand_code = self.brand_code

        manufacturer_code = self.manufacturer_code

        manufacturer_code_parent = self.manufacturer_code_parent

        product_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_category, Unset):
            product_category = self.product_category.to_dict()

        product_group = self.product_group

        product_subcategory: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product_subcategory, Unset):
            product_subcategory = self.product_subcategory.to_dict()

        replenishment_category: str | Unset = UNSET
        if not isinstance(self.replenishment_category, Unset):
            replenishment_category = self.replenishment_category.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "marketplaceId": marketplace_id,
            }
        )
        if brand_code is not UNSET:
            field_dict["brandCode"] = brand_code
        if manufacturer_code is not UNSET:
            field_dict["manufacturerCode"] = manufacturer_code
        if manufacturer_code_parent is not UNSET:
            field_dict["manufacturerCodeParent"] = manufacturer_code_parent
        if product_category is not UNSET:
            field_dict["productCategory"] = product_category
        if product_group is not UNSET:
            field_dict["productGroup"] = product_group
        if product_subcategory is not UNSET:
            field_dict["productSubcategory"] = product_subcategory
        if replenishment_category is not UNSET:
            field_dict["replenishmentCategory"] = replenishment_category

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.item_vendor_details_category import ItemVendorDetailsCategory

        return (
            (
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("brandCode", "brand_code", False, ("str",)),
                ("manufacturerCode", "manufacturer_code", False, ("str",)),
                ("manufacturerCodeParent", "manufacturer_code_parent", False, ("str",)),
                (
                    "productCategory",
                    "product_category",
                    False,
                    ("model", ItemVendorDetailsCategory),
                ),
                ("productGroup", "product_group", False, ("str",)),
                (
                    "productSubcategory",
                    "product_subcategory",
                    False,
                    ("model", ItemVendorDetailsCategory),
                ),
                (
                    "replenishmentCategory",
                    "replenishment_category",
                    False,
                    ("enum", ItemVendorDetailsByMarketplaceReplenishmentCategory),
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

        brand_code = d.pop("brandCode", UNSET)

        if (
            _reader is not None
            and brand_code.__class__ is not str
            and brand_code is not UNSET
        ):
            raise DeviationError("brandCode")

        manufacturer_code = d.pop("manufacturerCode", UNSET)

        if (
            _reader is not None
            and manufacturer_code.__class__ is not str
            and manufacturer_code is not UNSET
        ):
            raise DeviationError("manufacturerCode")

        manufacturer_code_parent = d.pop("manufacturerCodeParent", UNSET)

        if (
            _reader is not None
            and manufacturer_code_parent.__class__ is not str
            and manufacturer_code_parent is not UNSET
        ):
            raise DeviationError("manufacturerCodeParent")

        _product_category = d.pop("productCategory", UNSET)
        product_category = (
            UNSET
            if _product_category is UNSET
            else ItemVendorDetailsCategory.from_dict(_product_category)
        )

        product_group = d.pop("productGroup", UNSET)

        if (
            _reader is not None
            and product_group.__class__ is not str
            and product_group is not UNSET
        ):
            raise DeviationError("productGroup")

        _product_subcategory = d.pop("productSubcategory", UNSET)
        product_subcategory = (
            UNSET
            if _product_subcategory is UNSET
            else ItemVendorDetailsCategory.from_dict(_product_subcategory)
        )

        _replenishment_category = d.pop("replenishmentCategory", UNSET)
        replenishment_category = (
            UNSET
            if _replenishment_category is UNSET
            else (
                ItemVendorDetailsByMarketplaceReplenishmentCategory._value2member_map_.get(
                    _replenishment_category
                )
                if _replenishment_category.__class__ is str
                else None
            )
            or ItemVendorDetailsByMarketplaceReplenishmentCategory(
                _replenishment_category
            )
        )

        if cls is ItemVendorDetailsByMarketplace:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.marketplace_id = marketplace_id
            _built.brand_code = brand_code
            _built.manufacturer_code = manufacturer_code
            _built.manufacturer_code_parent = manufacturer_code_parent
            _built.product_category = product_category
            _built.product_group = product_group
            _built.product_subcategory = product_subcategory
            _built.replenishment_category = replenishment_category
            _built._parse_notes = None
            item_vendor_details_by_marketplace = _built
        else:  # a subclass: its own __init__ runs
            item_vendor_details_by_marketplace = cls(
                marketplace_id=marketplace_id,
                brand_code=brand_code,
                manufacturer_code=manufacturer_code,
                manufacturer_code_parent=manufacturer_code_parent,
                product_category=product_category,
                product_group=product_group,
                product_subcategory=product_subcategory,
                replenishment_category=replenishment_category,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        item_vendor_details_by_marketplace.additional_properties = d or {}
        return item_vendor_details_by_marketplace

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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .brand_refinement import BrandRefinement
    from .classification_refinement import ClassificationRefinement
    from .error import Error
    from .error_list import ErrorList
    from .get_catalog_item_included_data_item import GetCatalogItemIncludedDataItem
    from .item import Item
    from .item_attributes import ItemAttributes
    from .item_identifier import ItemIdentifier
    from .item_identifiers_by_marketplace import ItemIdentifiersByMarketplace
    from .item_image import ItemImage
    from .item_image_variant import ItemImageVariant
    from .item_images_by_marketplace import ItemImagesByMarketplace
    from .item_product_type_by_marketplace import ItemProductTypeByMarketplace
    from .item_sales_rank import ItemSalesRank
    from .item_sales_ranks_by_marketplace import ItemSalesRanksByMarketplace
    from .item_search_results import ItemSearchResults
    from .item_summary_by_marketplace import ItemSummaryByMarketplace
    from .item_variations_by_marketplace import ItemVariationsByMarketplace
    from .item_variations_by_marketplace_variation_type import (
        ItemVariationsByMarketplaceVariationType,
    )
    from .item_vendor_details_by_marketplace import ItemVendorDetailsByMarketplace
    from .item_vendor_details_by_marketplace_replenishment_category import (
        ItemVendorDetailsByMarketplaceReplenishmentCategory,
    )
    from .pagination import Pagination
    from .refinements import Refinements
    from .search_catalog_items_included_data_item import (
        SearchCatalogItemsIncludedDataItem,
    )

_MODULES: dict[str, str] = {
    "BrandRefinement": ".brand_refinement",
    "ClassificationRefinement": ".classification_refinement",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetCatalogItemIncludedDataItem": ".get_catalog_item_included_data_item",
    "Item": ".item",
    "ItemAttributes": ".item_attributes",
    "ItemIdentifier": ".item_identifier",
    "ItemIdentifiersByMarketplace": ".item_identifiers_by_marketplace",
    "ItemImage": ".item_image",
    "ItemImageVariant": ".item_image_variant",
    "ItemImagesByMarketplace": ".item_images_by_marketplace",
    "ItemProductTypeByMarketplace": ".item_product_type_by_marketplace",
    "ItemSalesRank": ".item_sales_rank",
    "ItemSalesRanksByMarketplace": ".item_sales_ranks_by_marketplace",
    "ItemSearchResults": ".item_search_results",
    "ItemSummaryByMarketplace": ".item_summary_by_marketplace",
    "ItemVariationsByMarketplace": ".item_variations_by_marketplace",
    "ItemVariationsByMarketplaceVariationType": ".item_variations_by_marketplace_variation_type",
    "ItemVendorDetailsByMarketplace": ".item_vendor_details_by_marketplace",
    "ItemVendorDetailsByMarketplaceReplenishmentCategory": ".item_vendor_details_by_marketplace_replenishment_category",
    "Pagination": ".pagination",
    "Refinements": ".refinements",
    "SearchCatalogItemsIncludedDataItem": ".search_catalog_items_included_data_item",
}

__all__ = (
    "BrandRefinement",
    "ClassificationRefinement",
    "Error",
    "ErrorList",
    "GetCatalogItemIncludedDataItem",
    "Item",
    "ItemAttributes",
    "ItemIdentifier",
    "ItemIdentifiersByMarketplace",
    "ItemImage",
    "ItemImageVariant",
    "ItemImagesByMarketplace",
    "ItemProductTypeByMarketplace",
    "ItemSalesRank",
    "ItemSalesRanksByMarketplace",
    "ItemSearchResults",
    "ItemSummaryByMarketplace",
    "ItemVariationsByMarketplace",
    "ItemVariationsByMarketplaceVariationType",
    "ItemVendorDetailsByMarketplace",
    "ItemVendorDetailsByMarketplaceReplenishmentCategory",
    "Pagination",
    "Refinements",
    "SearchCatalogItemsIncludedDataItem",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

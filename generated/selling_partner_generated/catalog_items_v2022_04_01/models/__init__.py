"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .brand_refinement import BrandRefinement
    from .classification_refinement import ClassificationRefinement
    from .dimension import Dimension
    from .dimensions import Dimensions
    from .error import Error
    from .error_list import ErrorList
    from .get_catalog_item_included_data_item import GetCatalogItemIncludedDataItem
    from .item import Item
    from .item_attributes import ItemAttributes
    from .item_browse_classification import ItemBrowseClassification
    from .item_browse_classifications_by_marketplace import (
        ItemBrowseClassificationsByMarketplace,
    )
    from .item_classification_sales_rank import ItemClassificationSalesRank
    from .item_contributor import ItemContributor
    from .item_contributor_role import ItemContributorRole
    from .item_dimensions_by_marketplace import ItemDimensionsByMarketplace
    from .item_display_group_sales_rank import ItemDisplayGroupSalesRank
    from .item_identifier import ItemIdentifier
    from .item_identifiers_by_marketplace import ItemIdentifiersByMarketplace
    from .item_image import ItemImage
    from .item_image_variant import ItemImageVariant
    from .item_images_by_marketplace import ItemImagesByMarketplace
    from .item_product_type_by_marketplace import ItemProductTypeByMarketplace
    from .item_relationship import ItemRelationship
    from .item_relationship_type import ItemRelationshipType
    from .item_relationships_by_marketplace import ItemRelationshipsByMarketplace
    from .item_sales_ranks_by_marketplace import ItemSalesRanksByMarketplace
    from .item_search_results import ItemSearchResults
    from .item_summary_by_marketplace import ItemSummaryByMarketplace
    from .item_summary_by_marketplace_item_classification import (
        ItemSummaryByMarketplaceItemClassification,
    )
    from .item_variation_theme import ItemVariationTheme
    from .item_vendor_details_by_marketplace import ItemVendorDetailsByMarketplace
    from .item_vendor_details_by_marketplace_replenishment_category import (
        ItemVendorDetailsByMarketplaceReplenishmentCategory,
    )
    from .item_vendor_details_category import ItemVendorDetailsCategory
    from .pagination import Pagination
    from .refinements import Refinements
    from .search_catalog_items_identifiers_type import SearchCatalogItemsIdentifiersType
    from .search_catalog_items_included_data_item import (
        SearchCatalogItemsIncludedDataItem,
    )

_MODULES: dict[str, str] = {
    "BrandRefinement": ".brand_refinement",
    "ClassificationRefinement": ".classification_refinement",
    "Dimension": ".dimension",
    "Dimensions": ".dimensions",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetCatalogItemIncludedDataItem": ".get_catalog_item_included_data_item",
    "Item": ".item",
    "ItemAttributes": ".item_attributes",
    "ItemBrowseClassification": ".item_browse_classification",
    "ItemBrowseClassificationsByMarketplace": ".item_browse_classifications_by_marketplace",
    "ItemClassificationSalesRank": ".item_classification_sales_rank",
    "ItemContributor": ".item_contributor",
    "ItemContributorRole": ".item_contributor_role",
    "ItemDimensionsByMarketplace": ".item_dimensions_by_marketplace",
    "ItemDisplayGroupSalesRank": ".item_display_group_sales_rank",
    "ItemIdentifier": ".item_identifier",
    "ItemIdentifiersByMarketplace": ".item_identifiers_by_marketplace",
    "ItemImage": ".item_image",
    "ItemImageVariant": ".item_image_variant",
    "ItemImagesByMarketplace": ".item_images_by_marketplace",
    "ItemProductTypeByMarketplace": ".item_product_type_by_marketplace",
    "ItemRelationship": ".item_relationship",
    "ItemRelationshipType": ".item_relationship_type",
    "ItemRelationshipsByMarketplace": ".item_relationships_by_marketplace",
    "ItemSalesRanksByMarketplace": ".item_sales_ranks_by_marketplace",
    "ItemSearchResults": ".item_search_results",
    "ItemSummaryByMarketplace": ".item_summary_by_marketplace",
    "ItemSummaryByMarketplaceItemClassification": ".item_summary_by_marketplace_item_classification",
    "ItemVariationTheme": ".item_variation_theme",
    "ItemVendorDetailsByMarketplace": ".item_vendor_details_by_marketplace",
    "ItemVendorDetailsByMarketplaceReplenishmentCategory": ".item_vendor_details_by_marketplace_replenishment_category",
    "ItemVendorDetailsCategory": ".item_vendor_details_category",
    "Pagination": ".pagination",
    "Refinements": ".refinements",
    "SearchCatalogItemsIdentifiersType": ".search_catalog_items_identifiers_type",
    "SearchCatalogItemsIncludedDataItem": ".search_catalog_items_included_data_item",
}

__all__ = (
    "BrandRefinement",
    "ClassificationRefinement",
    "Dimension",
    "Dimensions",
    "Error",
    "ErrorList",
    "GetCatalogItemIncludedDataItem",
    "Item",
    "ItemAttributes",
    "ItemBrowseClassification",
    "ItemBrowseClassificationsByMarketplace",
    "ItemClassificationSalesRank",
    "ItemContributor",
    "ItemContributorRole",
    "ItemDimensionsByMarketplace",
    "ItemDisplayGroupSalesRank",
    "ItemIdentifier",
    "ItemIdentifiersByMarketplace",
    "ItemImage",
    "ItemImageVariant",
    "ItemImagesByMarketplace",
    "ItemProductTypeByMarketplace",
    "ItemRelationship",
    "ItemRelationshipType",
    "ItemRelationshipsByMarketplace",
    "ItemSalesRanksByMarketplace",
    "ItemSearchResults",
    "ItemSummaryByMarketplace",
    "ItemSummaryByMarketplaceItemClassification",
    "ItemVariationTheme",
    "ItemVendorDetailsByMarketplace",
    "ItemVendorDetailsByMarketplaceReplenishmentCategory",
    "ItemVendorDetailsCategory",
    "Pagination",
    "Refinements",
    "SearchCatalogItemsIdentifiersType",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .audience import Audience
    from .error import Error
    from .error_list import ErrorList
    from .fulfillment_availability import FulfillmentAvailability
    from .get_listings_item_included_data_item import GetListingsItemIncludedDataItem
    from .issue import Issue
    from .issue_enforcement_action import IssueEnforcementAction
    from .issue_enforcements import IssueEnforcements
    from .issue_exemption import IssueExemption
    from .issue_exemption_status import IssueExemptionStatus
    from .issue_severity import IssueSeverity
    from .item import Item
    from .item_attributes import ItemAttributes
    from .item_identifiers_by_marketplace import ItemIdentifiersByMarketplace
    from .item_image import ItemImage
    from .item_offer_by_marketplace import ItemOfferByMarketplace
    from .item_offer_by_marketplace_offer_type import ItemOfferByMarketplaceOfferType
    from .item_procurement import ItemProcurement
    from .item_product_type_by_marketplace import ItemProductTypeByMarketplace
    from .item_relationship import ItemRelationship
    from .item_relationship_type import ItemRelationshipType
    from .item_relationships_by_marketplace import ItemRelationshipsByMarketplace
    from .item_search_results import ItemSearchResults
    from .item_summary_by_marketplace import ItemSummaryByMarketplace
    from .item_summary_by_marketplace_condition_type import (
        ItemSummaryByMarketplaceConditionType,
    )
    from .item_summary_by_marketplace_status_item import (
        ItemSummaryByMarketplaceStatusItem,
    )
    from .item_variation_theme import ItemVariationTheme
    from .listings_item_patch_request import ListingsItemPatchRequest
    from .listings_item_put_request import ListingsItemPutRequest
    from .listings_item_put_request_attributes import ListingsItemPutRequestAttributes
    from .listings_item_put_request_requirements import (
        ListingsItemPutRequestRequirements,
    )
    from .listings_item_submission_response import ListingsItemSubmissionResponse
    from .listings_item_submission_response_status import (
        ListingsItemSubmissionResponseStatus,
    )
    from .money import Money
    from .pagination import Pagination
    from .patch_listings_item_included_data_item import (
        PatchListingsItemIncludedDataItem,
    )
    from .patch_listings_item_mode import PatchListingsItemMode
    from .patch_operation import PatchOperation
    from .patch_operation_op import PatchOperationOp
    from .patch_operation_value_item import PatchOperationValueItem
    from .points import Points
    from .put_listings_item_included_data_item import PutListingsItemIncludedDataItem
    from .put_listings_item_mode import PutListingsItemMode
    from .search_listings_items_identifiers_type import (
        SearchListingsItemsIdentifiersType,
    )
    from .search_listings_items_included_data_item import (
        SearchListingsItemsIncludedDataItem,
    )
    from .search_listings_items_sort_by import SearchListingsItemsSortBy
    from .search_listings_items_sort_order import SearchListingsItemsSortOrder
    from .search_listings_items_with_issue_severity_item import (
        SearchListingsItemsWithIssueSeverityItem,
    )
    from .search_listings_items_with_status_item import (
        SearchListingsItemsWithStatusItem,
    )
    from .search_listings_items_without_status_item import (
        SearchListingsItemsWithoutStatusItem,
    )

_MODULES: dict[str, str] = {
    "Audience": ".audience",
    "Error": ".error",
    "ErrorList": ".error_list",
    "FulfillmentAvailability": ".fulfillment_availability",
    "GetListingsItemIncludedDataItem": ".get_listings_item_included_data_item",
    "Issue": ".issue",
    "IssueEnforcementAction": ".issue_enforcement_action",
    "IssueEnforcements": ".issue_enforcements",
    "IssueExemption": ".issue_exemption",
    "IssueExemptionStatus": ".issue_exemption_status",
    "IssueSeverity": ".issue_severity",
    "Item": ".item",
    "ItemAttributes": ".item_attributes",
    "ItemIdentifiersByMarketplace": ".item_identifiers_by_marketplace",
    "ItemImage": ".item_image",
    "ItemOfferByMarketplace": ".item_offer_by_marketplace",
    "ItemOfferByMarketplaceOfferType": ".item_offer_by_marketplace_offer_type",
    "ItemProcurement": ".item_procurement",
    "ItemProductTypeByMarketplace": ".item_product_type_by_marketplace",
    "ItemRelationship": ".item_relationship",
    "ItemRelationshipType": ".item_relationship_type",
    "ItemRelationshipsByMarketplace": ".item_relationships_by_marketplace",
    "ItemSearchResults": ".item_search_results",
    "ItemSummaryByMarketplace": ".item_summary_by_marketplace",
    "ItemSummaryByMarketplaceConditionType": ".item_summary_by_marketplace_condition_type",
    "ItemSummaryByMarketplaceStatusItem": ".item_summary_by_marketplace_status_item",
    "ItemVariationTheme": ".item_variation_theme",
    "ListingsItemPatchRequest": ".listings_item_patch_request",
    "ListingsItemPutRequest": ".listings_item_put_request",
    "ListingsItemPutRequestAttributes": ".listings_item_put_request_attributes",
    "ListingsItemPutRequestRequirements": ".listings_item_put_request_requirements",
    "ListingsItemSubmissionResponse": ".listings_item_submission_response",
    "ListingsItemSubmissionResponseStatus": ".listings_item_submission_response_status",
    "Money": ".money",
    "Pagination": ".pagination",
    "PatchListingsItemIncludedDataItem": ".patch_listings_item_included_data_item",
    "PatchListingsItemMode": ".patch_listings_item_mode",
    "PatchOperation": ".patch_operation",
    "PatchOperationOp": ".patch_operation_op",
    "PatchOperationValueItem": ".patch_operation_value_item",
    "Points": ".points",
    "PutListingsItemIncludedDataItem": ".put_listings_item_included_data_item",
    "PutListingsItemMode": ".put_listings_item_mode",
    "SearchListingsItemsIdentifiersType": ".search_listings_items_identifiers_type",
    "SearchListingsItemsIncludedDataItem": ".search_listings_items_included_data_item",
    "SearchListingsItemsSortBy": ".search_listings_items_sort_by",
    "SearchListingsItemsSortOrder": ".search_listings_items_sort_order",
    "SearchListingsItemsWithIssueSeverityItem": ".search_listings_items_with_issue_severity_item",
    "SearchListingsItemsWithStatusItem": ".search_listings_items_with_status_item",
    "SearchListingsItemsWithoutStatusItem": ".search_listings_items_without_status_item",
}

__all__ = (
    "Audience",
    "Error",
    "ErrorList",
    "FulfillmentAvailability",
    "GetListingsItemIncludedDataItem",
    "Issue",
    "IssueEnforcementAction",
    "IssueEnforcements",
    "IssueExemption",
    "IssueExemptionStatus",
    "IssueSeverity",
    "Item",
    "ItemAttributes",
    "ItemIdentifiersByMarketplace",
    "ItemImage",
    "ItemOfferByMarketplace",
    "ItemOfferByMarketplaceOfferType",
    "ItemProcurement",
    "ItemProductTypeByMarketplace",
    "ItemRelationship",
    "ItemRelationshipType",
    "ItemRelationshipsByMarketplace",
    "ItemSearchResults",
    "ItemSummaryByMarketplace",
    "ItemSummaryByMarketplaceConditionType",
    "ItemSummaryByMarketplaceStatusItem",
    "ItemVariationTheme",
    "ListingsItemPatchRequest",
    "ListingsItemPutRequest",
    "ListingsItemPutRequestAttributes",
    "ListingsItemPutRequestRequirements",
    "ListingsItemSubmissionResponse",
    "ListingsItemSubmissionResponseStatus",
    "Money",
    "Pagination",
    "PatchListingsItemIncludedDataItem",
    "PatchListingsItemMode",
    "PatchOperation",
    "PatchOperationOp",
    "PatchOperationValueItem",
    "Points",
    "PutListingsItemIncludedDataItem",
    "PutListingsItemMode",
    "SearchListingsItemsIdentifiersType",
    "SearchListingsItemsIncludedDataItem",
    "SearchListingsItemsSortBy",
    "SearchListingsItemsSortOrder",
    "SearchListingsItemsWithIssueSeverityItem",
    "SearchListingsItemsWithStatusItem",
    "SearchListingsItemsWithoutStatusItem",
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

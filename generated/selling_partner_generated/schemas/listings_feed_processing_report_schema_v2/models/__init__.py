"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .listings_feed_processing_report_schema_v2 import (
        ListingsFeedProcessingReportSchemaV2,
    )
    from .listings_feed_processing_report_schema_v2_header import (
        ListingsFeedProcessingReportSchemaV2Header,
    )
    from .listings_feed_processing_report_schema_v2_header_report import (
        ListingsFeedProcessingReportSchemaV2HeaderReport,
    )
    from .listings_feed_processing_report_schema_v2_issues_item import (
        ListingsFeedProcessingReportSchemaV2IssuesItem,
    )
    from .listings_feed_processing_report_schema_v2_items_item import (
        ListingsFeedProcessingReportSchemaV2ItemsItem,
    )
    from .listings_feed_processing_report_schema_v2_summary import (
        ListingsFeedProcessingReportSchemaV2Summary,
    )
    from .listings_feed_processing_report_schema_v2_summary_item_summary import (
        ListingsFeedProcessingReportSchemaV2SummaryItemSummary,
    )

_MODULES: dict[str, str] = {
    "ListingsFeedProcessingReportSchemaV2": ".listings_feed_processing_report_schema_v2",
    "ListingsFeedProcessingReportSchemaV2Header": ".listings_feed_processing_report_schema_v2_header",
    "ListingsFeedProcessingReportSchemaV2HeaderReport": ".listings_feed_processing_report_schema_v2_header_report",
    "ListingsFeedProcessingReportSchemaV2IssuesItem": ".listings_feed_processing_report_schema_v2_issues_item",
    "ListingsFeedProcessingReportSchemaV2ItemsItem": ".listings_feed_processing_report_schema_v2_items_item",
    "ListingsFeedProcessingReportSchemaV2Summary": ".listings_feed_processing_report_schema_v2_summary",
    "ListingsFeedProcessingReportSchemaV2SummaryItemSummary": ".listings_feed_processing_report_schema_v2_summary_item_summary",
}

__all__ = (
    "ListingsFeedProcessingReportSchemaV2",
    "ListingsFeedProcessingReportSchemaV2Header",
    "ListingsFeedProcessingReportSchemaV2HeaderReport",
    "ListingsFeedProcessingReportSchemaV2IssuesItem",
    "ListingsFeedProcessingReportSchemaV2ItemsItem",
    "ListingsFeedProcessingReportSchemaV2Summary",
    "ListingsFeedProcessingReportSchemaV2SummaryItemSummary",
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

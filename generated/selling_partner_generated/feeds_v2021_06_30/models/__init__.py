"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_feed_document_response import CreateFeedDocumentResponse
    from .create_feed_document_specification import CreateFeedDocumentSpecification
    from .create_feed_response import CreateFeedResponse
    from .create_feed_specification import CreateFeedSpecification
    from .error import Error
    from .error_list import ErrorList
    from .feed import Feed
    from .feed_document import FeedDocument
    from .feed_document_compression_algorithm import FeedDocumentCompressionAlgorithm
    from .feed_options import FeedOptions
    from .feed_processing_status import FeedProcessingStatus
    from .get_feeds_processing_statuses_item import GetFeedsProcessingStatusesItem
    from .get_feeds_response import GetFeedsResponse

_MODULES: dict[str, str] = {
    "CreateFeedDocumentResponse": ".create_feed_document_response",
    "CreateFeedDocumentSpecification": ".create_feed_document_specification",
    "CreateFeedResponse": ".create_feed_response",
    "CreateFeedSpecification": ".create_feed_specification",
    "Error": ".error",
    "ErrorList": ".error_list",
    "Feed": ".feed",
    "FeedDocument": ".feed_document",
    "FeedDocumentCompressionAlgorithm": ".feed_document_compression_algorithm",
    "FeedOptions": ".feed_options",
    "FeedProcessingStatus": ".feed_processing_status",
    "GetFeedsProcessingStatusesItem": ".get_feeds_processing_statuses_item",
    "GetFeedsResponse": ".get_feeds_response",
}

__all__ = (
    "CreateFeedDocumentResponse",
    "CreateFeedDocumentSpecification",
    "CreateFeedResponse",
    "CreateFeedSpecification",
    "Error",
    "ErrorList",
    "Feed",
    "FeedDocument",
    "FeedDocumentCompressionAlgorithm",
    "FeedOptions",
    "FeedProcessingStatus",
    "GetFeedsProcessingStatusesItem",
    "GetFeedsResponse",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .browse_node_all_occurrence import BrowseNodeAllOccurrence
    from .browse_node_all_star_rating_impact import BrowseNodeAllStarRatingImpact
    from .browse_node_occurrence import BrowseNodeOccurrence
    from .browse_node_response import BrowseNodeResponse
    from .browse_node_return_topics import BrowseNodeReturnTopics
    from .browse_node_return_topics_response import BrowseNodeReturnTopicsResponse
    from .browse_node_return_trend import BrowseNodeReturnTrend
    from .browse_node_return_trend_point import BrowseNodeReturnTrendPoint
    from .browse_node_return_trends_response import BrowseNodeReturnTrendsResponse
    from .browse_node_review_subtopic_metrics import BrowseNodeReviewSubtopicMetrics
    from .browse_node_review_topic import BrowseNodeReviewTopic
    from .browse_node_review_topic_metrics import BrowseNodeReviewTopicMetrics
    from .browse_node_review_topics import BrowseNodeReviewTopics
    from .browse_node_review_topics_response import BrowseNodeReviewTopicsResponse
    from .browse_node_review_trend import BrowseNodeReviewTrend
    from .browse_node_review_trend_metrics import BrowseNodeReviewTrendMetrics
    from .browse_node_review_trend_point import BrowseNodeReviewTrendPoint
    from .browse_node_review_trends import BrowseNodeReviewTrends
    from .browse_node_review_trends_response import BrowseNodeReviewTrendsResponse
    from .browse_node_star_rating_impact import BrowseNodeStarRatingImpact
    from .browse_node_subtopic import BrowseNodeSubtopic
    from .browse_node_trend_metrics import BrowseNodeTrendMetrics
    from .child_asin_mention_metrics import ChildAsinMentionMetrics
    from .child_asin_metrics import ChildAsinMetrics
    from .date_range import DateRange
    from .error import Error
    from .error_list import ErrorList
    from .item_review_browse_node_metrics import ItemReviewBrowseNodeMetrics
    from .item_review_subtopic import ItemReviewSubtopic
    from .item_review_subtopic_metrics import ItemReviewSubtopicMetrics
    from .item_review_topic import ItemReviewTopic
    from .item_review_topic_metrics import ItemReviewTopicMetrics
    from .item_review_topics import ItemReviewTopics
    from .item_review_topics_response import ItemReviewTopicsResponse
    from .item_review_trend import ItemReviewTrend
    from .item_review_trend_point import ItemReviewTrendPoint
    from .item_review_trends import ItemReviewTrends
    from .item_review_trends_response import ItemReviewTrendsResponse
    from .review_trend_metrics import ReviewTrendMetrics

_MODULES: dict[str, str] = {
    "BrowseNodeAllOccurrence": ".browse_node_all_occurrence",
    "BrowseNodeAllStarRatingImpact": ".browse_node_all_star_rating_impact",
    "BrowseNodeOccurrence": ".browse_node_occurrence",
    "BrowseNodeResponse": ".browse_node_response",
    "BrowseNodeReturnTopics": ".browse_node_return_topics",
    "BrowseNodeReturnTopicsResponse": ".browse_node_return_topics_response",
    "BrowseNodeReturnTrend": ".browse_node_return_trend",
    "BrowseNodeReturnTrendPoint": ".browse_node_return_trend_point",
    "BrowseNodeReturnTrendsResponse": ".browse_node_return_trends_response",
    "BrowseNodeReviewSubtopicMetrics": ".browse_node_review_subtopic_metrics",
    "BrowseNodeReviewTopic": ".browse_node_review_topic",
    "BrowseNodeReviewTopicMetrics": ".browse_node_review_topic_metrics",
    "BrowseNodeReviewTopics": ".browse_node_review_topics",
    "BrowseNodeReviewTopicsResponse": ".browse_node_review_topics_response",
    "BrowseNodeReviewTrend": ".browse_node_review_trend",
    "BrowseNodeReviewTrendMetrics": ".browse_node_review_trend_metrics",
    "BrowseNodeReviewTrendPoint": ".browse_node_review_trend_point",
    "BrowseNodeReviewTrends": ".browse_node_review_trends",
    "BrowseNodeReviewTrendsResponse": ".browse_node_review_trends_response",
    "BrowseNodeStarRatingImpact": ".browse_node_star_rating_impact",
    "BrowseNodeSubtopic": ".browse_node_subtopic",
    "BrowseNodeTrendMetrics": ".browse_node_trend_metrics",
    "ChildAsinMentionMetrics": ".child_asin_mention_metrics",
    "ChildAsinMetrics": ".child_asin_metrics",
    "DateRange": ".date_range",
    "Error": ".error",
    "ErrorList": ".error_list",
    "ItemReviewBrowseNodeMetrics": ".item_review_browse_node_metrics",
    "ItemReviewSubtopic": ".item_review_subtopic",
    "ItemReviewSubtopicMetrics": ".item_review_subtopic_metrics",
    "ItemReviewTopic": ".item_review_topic",
    "ItemReviewTopicMetrics": ".item_review_topic_metrics",
    "ItemReviewTopics": ".item_review_topics",
    "ItemReviewTopicsResponse": ".item_review_topics_response",
    "ItemReviewTrend": ".item_review_trend",
    "ItemReviewTrendPoint": ".item_review_trend_point",
    "ItemReviewTrends": ".item_review_trends",
    "ItemReviewTrendsResponse": ".item_review_trends_response",
    "ReviewTrendMetrics": ".review_trend_metrics",
}

__all__ = (
    "BrowseNodeAllOccurrence",
    "BrowseNodeAllStarRatingImpact",
    "BrowseNodeOccurrence",
    "BrowseNodeResponse",
    "BrowseNodeReturnTopics",
    "BrowseNodeReturnTopicsResponse",
    "BrowseNodeReturnTrend",
    "BrowseNodeReturnTrendPoint",
    "BrowseNodeReturnTrendsResponse",
    "BrowseNodeReviewSubtopicMetrics",
    "BrowseNodeReviewTopic",
    "BrowseNodeReviewTopicMetrics",
    "BrowseNodeReviewTopics",
    "BrowseNodeReviewTopicsResponse",
    "BrowseNodeReviewTrend",
    "BrowseNodeReviewTrendMetrics",
    "BrowseNodeReviewTrendPoint",
    "BrowseNodeReviewTrends",
    "BrowseNodeReviewTrendsResponse",
    "BrowseNodeStarRatingImpact",
    "BrowseNodeSubtopic",
    "BrowseNodeTrendMetrics",
    "ChildAsinMentionMetrics",
    "ChildAsinMetrics",
    "DateRange",
    "Error",
    "ErrorList",
    "ItemReviewBrowseNodeMetrics",
    "ItemReviewSubtopic",
    "ItemReviewSubtopicMetrics",
    "ItemReviewTopic",
    "ItemReviewTopicMetrics",
    "ItemReviewTopics",
    "ItemReviewTopicsResponse",
    "ItemReviewTrend",
    "ItemReviewTrendPoint",
    "ItemReviewTrends",
    "ItemReviewTrendsResponse",
    "ReviewTrendMetrics",
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

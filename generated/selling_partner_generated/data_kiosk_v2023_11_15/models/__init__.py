"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_query_response import CreateQueryResponse
    from .create_query_specification import CreateQuerySpecification
    from .error import Error
    from .error_list import ErrorList
    from .get_document_response import GetDocumentResponse
    from .get_queries_processing_statuses_item import GetQueriesProcessingStatusesItem
    from .get_queries_response import GetQueriesResponse
    from .get_queries_response_pagination import GetQueriesResponsePagination
    from .query import Query
    from .query_pagination import QueryPagination
    from .query_processing_status import QueryProcessingStatus

_MODULES: dict[str, str] = {
    "CreateQueryResponse": ".create_query_response",
    "CreateQuerySpecification": ".create_query_specification",
    "Error": ".error",
    "ErrorList": ".error_list",
    "GetDocumentResponse": ".get_document_response",
    "GetQueriesProcessingStatusesItem": ".get_queries_processing_statuses_item",
    "GetQueriesResponse": ".get_queries_response",
    "GetQueriesResponsePagination": ".get_queries_response_pagination",
    "Query": ".query",
    "QueryPagination": ".query_pagination",
    "QueryProcessingStatus": ".query_processing_status",
}

__all__ = (
    "CreateQueryResponse",
    "CreateQuerySpecification",
    "Error",
    "ErrorList",
    "GetDocumentResponse",
    "GetQueriesProcessingStatusesItem",
    "GetQueriesResponse",
    "GetQueriesResponsePagination",
    "Query",
    "QueryPagination",
    "QueryProcessingStatus",
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

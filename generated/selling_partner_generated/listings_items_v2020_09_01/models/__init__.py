"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .error_list import ErrorList
    from .issue import Issue
    from .issue_severity import IssueSeverity
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
    from .patch_operation import PatchOperation
    from .patch_operation_op import PatchOperationOp
    from .patch_operation_value_item import PatchOperationValueItem

_MODULES: dict[str, str] = {
    "Error": ".error",
    "ErrorList": ".error_list",
    "Issue": ".issue",
    "IssueSeverity": ".issue_severity",
    "ListingsItemPatchRequest": ".listings_item_patch_request",
    "ListingsItemPutRequest": ".listings_item_put_request",
    "ListingsItemPutRequestAttributes": ".listings_item_put_request_attributes",
    "ListingsItemPutRequestRequirements": ".listings_item_put_request_requirements",
    "ListingsItemSubmissionResponse": ".listings_item_submission_response",
    "ListingsItemSubmissionResponseStatus": ".listings_item_submission_response_status",
    "PatchOperation": ".patch_operation",
    "PatchOperationOp": ".patch_operation_op",
    "PatchOperationValueItem": ".patch_operation_value_item",
}

__all__ = (
    "Error",
    "ErrorList",
    "Issue",
    "IssueSeverity",
    "ListingsItemPatchRequest",
    "ListingsItemPutRequest",
    "ListingsItemPutRequestAttributes",
    "ListingsItemPutRequestRequirements",
    "ListingsItemSubmissionResponse",
    "ListingsItemSubmissionResponseStatus",
    "PatchOperation",
    "PatchOperationOp",
    "PatchOperationValueItem",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .get_item_eligibility_preview_program import GetItemEligibilityPreviewProgram
    from .get_item_eligibility_preview_response import GetItemEligibilityPreviewResponse
    from .item_eligibility_preview import ItemEligibilityPreview
    from .item_eligibility_preview_ineligibility_reason_list_item import (
        ItemEligibilityPreviewIneligibilityReasonListItem,
    )
    from .item_eligibility_preview_program import ItemEligibilityPreviewProgram

_MODULES: dict[str, str] = {
    "Error": ".error",
    "GetItemEligibilityPreviewProgram": ".get_item_eligibility_preview_program",
    "GetItemEligibilityPreviewResponse": ".get_item_eligibility_preview_response",
    "ItemEligibilityPreview": ".item_eligibility_preview",
    "ItemEligibilityPreviewIneligibilityReasonListItem": ".item_eligibility_preview_ineligibility_reason_list_item",
    "ItemEligibilityPreviewProgram": ".item_eligibility_preview_program",
}

__all__ = (
    "Error",
    "GetItemEligibilityPreviewProgram",
    "GetItemEligibilityPreviewResponse",
    "ItemEligibilityPreview",
    "ItemEligibilityPreviewIneligibilityReasonListItem",
    "ItemEligibilityPreviewProgram",
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

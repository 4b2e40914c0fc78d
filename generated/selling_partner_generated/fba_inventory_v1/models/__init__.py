"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_inventory_request import AddInventoryRequest
    from .add_inventory_response import AddInventoryResponse
    from .create_inventory_item_request import CreateInventoryItemRequest
    from .create_inventory_item_response import CreateInventoryItemResponse
    from .delete_inventory_item_response import DeleteInventoryItemResponse
    from .error import Error
    from .get_inventory_summaries_granularity_type import (
        GetInventorySummariesGranularityType,
    )
    from .get_inventory_summaries_response import GetInventorySummariesResponse
    from .get_inventory_summaries_result import GetInventorySummariesResult
    from .granularity import Granularity
    from .inventory_details import InventoryDetails
    from .inventory_item import InventoryItem
    from .inventory_summary import InventorySummary
    from .pagination import Pagination
    from .researching_quantity import ResearchingQuantity
    from .researching_quantity_entry import ResearchingQuantityEntry
    from .researching_quantity_entry_name import ResearchingQuantityEntryName
    from .reserved_quantity import ReservedQuantity
    from .unfulfillable_quantity import UnfulfillableQuantity

_MODULES: dict[str, str] = {
    "AddInventoryRequest": ".add_inventory_request",
    "AddInventoryResponse": ".add_inventory_response",
    "CreateInventoryItemRequest": ".create_inventory_item_request",
    "CreateInventoryItemResponse": ".create_inventory_item_response",
    "DeleteInventoryItemResponse": ".delete_inventory_item_response",
    "Error": ".error",
    "GetInventorySummariesGranularityType": ".get_inventory_summaries_granularity_type",
    "GetInventorySummariesResponse": ".get_inventory_summaries_response",
    "GetInventorySummariesResult": ".get_inventory_summaries_result",
    "Granularity": ".granularity",
    "InventoryDetails": ".inventory_details",
    "InventoryItem": ".inventory_item",
    "InventorySummary": ".inventory_summary",
    "Pagination": ".pagination",
    "ResearchingQuantity": ".researching_quantity",
    "ResearchingQuantityEntry": ".researching_quantity_entry",
    "ResearchingQuantityEntryName": ".researching_quantity_entry_name",
    "ReservedQuantity": ".reserved_quantity",
    "UnfulfillableQuantity": ".unfulfillable_quantity",
}

__all__ = (
    "AddInventoryRequest",
    "AddInventoryResponse",
    "CreateInventoryItemRequest",
    "CreateInventoryItemResponse",
    "DeleteInventoryItemResponse",
    "Error",
    "GetInventorySummariesGranularityType",
    "GetInventorySummariesResponse",
    "GetInventorySummariesResult",
    "Granularity",
    "InventoryDetails",
    "InventoryItem",
    "InventorySummary",
    "Pagination",
    "ResearchingQuantity",
    "ResearchingQuantityEntry",
    "ResearchingQuantityEntryName",
    "ReservedQuantity",
    "UnfulfillableQuantity",
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

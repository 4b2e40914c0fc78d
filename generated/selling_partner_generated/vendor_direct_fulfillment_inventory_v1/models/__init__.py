"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .inventory_update import InventoryUpdate
    from .item_details import ItemDetails
    from .item_quantity import ItemQuantity
    from .party_identification import PartyIdentification
    from .submit_inventory_update_request import SubmitInventoryUpdateRequest
    from .submit_inventory_update_response import SubmitInventoryUpdateResponse
    from .transaction_reference import TransactionReference

_MODULES: dict[str, str] = {
    "Error": ".error",
    "InventoryUpdate": ".inventory_update",
    "ItemDetails": ".item_details",
    "ItemQuantity": ".item_quantity",
    "PartyIdentification": ".party_identification",
    "SubmitInventoryUpdateRequest": ".submit_inventory_update_request",
    "SubmitInventoryUpdateResponse": ".submit_inventory_update_response",
    "TransactionReference": ".transaction_reference",
}

__all__ = (
    "Error",
    "InventoryUpdate",
    "ItemDetails",
    "ItemQuantity",
    "PartyIdentification",
    "SubmitInventoryUpdateRequest",
    "SubmitInventoryUpdateResponse",
    "TransactionReference",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .actionable_error import ActionableError
    from .batch_inventory_request import BatchInventoryRequest
    from .batch_inventory_response import BatchInventoryResponse
    from .error import Error
    from .error_list import ErrorList
    from .http_method import HttpMethod
    from .http_status_line import HttpStatusLine
    from .inventory_request import InventoryRequest
    from .inventory_request_params import InventoryRequestParams
    from .inventory_response import InventoryResponse
    from .inventory_response_body import InventoryResponseBody
    from .marketplace_attributes import MarketplaceAttributes
    from .marketplace_attributes_channel_name import MarketplaceAttributesChannelName

_MODULES: dict[str, str] = {
    "ActionableError": ".actionable_error",
    "BatchInventoryRequest": ".batch_inventory_request",
    "BatchInventoryResponse": ".batch_inventory_response",
    "Error": ".error",
    "ErrorList": ".error_list",
    "HttpMethod": ".http_method",
    "HttpStatusLine": ".http_status_line",
    "InventoryRequest": ".inventory_request",
    "InventoryRequestParams": ".inventory_request_params",
    "InventoryResponse": ".inventory_response",
    "InventoryResponseBody": ".inventory_response_body",
    "MarketplaceAttributes": ".marketplace_attributes",
    "MarketplaceAttributesChannelName": ".marketplace_attributes_channel_name",
}

__all__ = (
    "ActionableError",
    "BatchInventoryRequest",
    "BatchInventoryResponse",
    "Error",
    "ErrorList",
    "HttpMethod",
    "HttpStatusLine",
    "InventoryRequest",
    "InventoryRequestParams",
    "InventoryResponse",
    "InventoryResponseBody",
    "MarketplaceAttributes",
    "MarketplaceAttributesChannelName",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_restricted_data_token_request import CreateRestrictedDataTokenRequest
    from .create_restricted_data_token_response import CreateRestrictedDataTokenResponse
    from .error import Error
    from .error_list import ErrorList
    from .restricted_resource import RestrictedResource
    from .restricted_resource_method import RestrictedResourceMethod

_MODULES: dict[str, str] = {
    "CreateRestrictedDataTokenRequest": ".create_restricted_data_token_request",
    "CreateRestrictedDataTokenResponse": ".create_restricted_data_token_response",
    "Error": ".error",
    "ErrorList": ".error_list",
    "RestrictedResource": ".restricted_resource",
    "RestrictedResourceMethod": ".restricted_resource_method",
}

__all__ = (
    "CreateRestrictedDataTokenRequest",
    "CreateRestrictedDataTokenResponse",
    "Error",
    "ErrorList",
    "RestrictedResource",
    "RestrictedResourceMethod",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_upload_destination_response import CreateUploadDestinationResponse
    from .error import Error
    from .upload_destination import UploadDestination
    from .upload_destination_headers import UploadDestinationHeaders

_MODULES: dict[str, str] = {
    "CreateUploadDestinationResponse": ".create_upload_destination_response",
    "Error": ".error",
    "UploadDestination": ".upload_destination",
    "UploadDestinationHeaders": ".upload_destination_headers",
}

__all__ = (
    "CreateUploadDestinationResponse",
    "Error",
    "UploadDestination",
    "UploadDestinationHeaders",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .error_list import ErrorList
    from .transaction import Transaction
    from .transaction_status import TransactionStatus
    from .transaction_status_enum import TransactionStatusEnum

_MODULES: dict[str, str] = {
    "Error": ".error",
    "ErrorList": ".error_list",
    "Transaction": ".transaction",
    "TransactionStatus": ".transaction_status",
    "TransactionStatusEnum": ".transaction_status_enum",
}

__all__ = (
    "Error",
    "ErrorList",
    "Transaction",
    "TransactionStatus",
    "TransactionStatusEnum",
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

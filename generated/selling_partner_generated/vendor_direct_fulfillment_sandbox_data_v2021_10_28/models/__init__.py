"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .error_list import ErrorList
    from .generate_order_scenario_request import GenerateOrderScenarioRequest
    from .order_scenario_request import OrderScenarioRequest
    from .pagination import Pagination
    from .party_identification import PartyIdentification
    from .scenario import Scenario
    from .test_case_data import TestCaseData
    from .test_order import TestOrder
    from .transaction import Transaction
    from .transaction_reference import TransactionReference
    from .transaction_status import TransactionStatus
    from .transaction_status_enum import TransactionStatusEnum

_MODULES: dict[str, str] = {
    "Error": ".error",
    "ErrorList": ".error_list",
    "GenerateOrderScenarioRequest": ".generate_order_scenario_request",
    "OrderScenarioRequest": ".order_scenario_request",
    "Pagination": ".pagination",
    "PartyIdentification": ".party_identification",
    "Scenario": ".scenario",
    "TestCaseData": ".test_case_data",
    "TestOrder": ".test_order",
    "Transaction": ".transaction",
    "TransactionReference": ".transaction_reference",
    "TransactionStatus": ".transaction_status",
    "TransactionStatusEnum": ".transaction_status_enum",
}

__all__ = (
    "Error",
    "ErrorList",
    "GenerateOrderScenarioRequest",
    "OrderScenarioRequest",
    "Pagination",
    "PartyIdentification",
    "Scenario",
    "TestCaseData",
    "TestOrder",
    "Transaction",
    "TransactionReference",
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

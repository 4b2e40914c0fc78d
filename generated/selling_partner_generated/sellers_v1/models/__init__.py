"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_business_type import AccountBusinessType
    from .account_selling_plan import AccountSellingPlan
    from .address import Address
    from .business import Business
    from .error import Error
    from .get_account_response import GetAccountResponse
    from .get_marketplace_participations_response import (
        GetMarketplaceParticipationsResponse,
    )
    from .marketplace import Marketplace
    from .marketplace_participation import MarketplaceParticipation
    from .participation import Participation
    from .primary_contact import PrimaryContact

_MODULES: dict[str, str] = {
    "Account": ".account",
    "AccountBusinessType": ".account_business_type",
    "AccountSellingPlan": ".account_selling_plan",
    "Address": ".address",
    "Business": ".business",
    "Error": ".error",
    "GetAccountResponse": ".get_account_response",
    "GetMarketplaceParticipationsResponse": ".get_marketplace_participations_response",
    "Marketplace": ".marketplace",
    "MarketplaceParticipation": ".marketplace_participation",
    "Participation": ".participation",
    "PrimaryContact": ".primary_contact",
}

__all__ = (
    "Account",
    "AccountBusinessType",
    "AccountSellingPlan",
    "Address",
    "Business",
    "Error",
    "GetAccountResponse",
    "GetMarketplaceParticipationsResponse",
    "Marketplace",
    "MarketplaceParticipation",
    "Participation",
    "PrimaryContact",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error
    from .get_listings_restrictions_condition_type import (
        GetListingsRestrictionsConditionType,
    )
    from .link import Link
    from .link_verb import LinkVerb
    from .reason import Reason
    from .reason_reason_code import ReasonReasonCode
    from .restriction import Restriction
    from .restriction_condition_type import RestrictionConditionType
    from .restriction_list import RestrictionList

_MODULES: dict[str, str] = {
    "Error": ".error",
    "GetListingsRestrictionsConditionType": ".get_listings_restrictions_condition_type",
    "Link": ".link",
    "LinkVerb": ".link_verb",
    "Reason": ".reason",
    "ReasonReasonCode": ".reason_reason_code",
    "Restriction": ".restriction",
    "RestrictionConditionType": ".restriction_condition_type",
    "RestrictionList": ".restriction_list",
}

__all__ = (
    "Error",
    "GetListingsRestrictionsConditionType",
    "Link",
    "LinkVerb",
    "Reason",
    "ReasonReasonCode",
    "Restriction",
    "RestrictionConditionType",
    "RestrictionList",
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

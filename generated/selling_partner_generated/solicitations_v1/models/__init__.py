"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_product_review_and_seller_feedback_solicitation_response import (
        CreateProductReviewAndSellerFeedbackSolicitationResponse,
    )
    from .error import Error
    from .get_schema_response import GetSchemaResponse
    from .get_schema_response_links import GetSchemaResponseLinks
    from .get_solicitation_action_response import GetSolicitationActionResponse
    from .get_solicitation_action_response_embedded import (
        GetSolicitationActionResponseEmbedded,
    )
    from .get_solicitation_action_response_links import (
        GetSolicitationActionResponseLinks,
    )
    from .get_solicitation_actions_for_order_response import (
        GetSolicitationActionsForOrderResponse,
    )
    from .get_solicitation_actions_for_order_response_embedded import (
        GetSolicitationActionsForOrderResponseEmbedded,
    )
    from .get_solicitation_actions_for_order_response_links import (
        GetSolicitationActionsForOrderResponseLinks,
    )
    from .link_object import LinkObject
    from .schema import Schema
    from .solicitations_action import SolicitationsAction

_MODULES: dict[str, str] = {
    "CreateProductReviewAndSellerFeedbackSolicitationResponse": ".create_product_review_and_seller_feedback_solicitation_response",
    "Error": ".error",
    "GetSchemaResponse": ".get_schema_response",
    "GetSchemaResponseLinks": ".get_schema_response_links",
    "GetSolicitationActionResponse": ".get_solicitation_action_response",
    "GetSolicitationActionResponseEmbedded": ".get_solicitation_action_response_embedded",
    "GetSolicitationActionResponseLinks": ".get_solicitation_action_response_links",
    "GetSolicitationActionsForOrderResponse": ".get_solicitation_actions_for_order_response",
    "GetSolicitationActionsForOrderResponseEmbedded": ".get_solicitation_actions_for_order_response_embedded",
    "GetSolicitationActionsForOrderResponseLinks": ".get_solicitation_actions_for_order_response_links",
    "LinkObject": ".link_object",
    "Schema": ".schema",
    "SolicitationsAction": ".solicitations_action",
}

__all__ = (
    "CreateProductReviewAndSellerFeedbackSolicitationResponse",
    "Error",
    "GetSchemaResponse",
    "GetSchemaResponseLinks",
    "GetSolicitationActionResponse",
    "GetSolicitationActionResponseEmbedded",
    "GetSolicitationActionResponseLinks",
    "GetSolicitationActionsForOrderResponse",
    "GetSolicitationActionsForOrderResponseEmbedded",
    "GetSolicitationActionsForOrderResponseLinks",
    "LinkObject",
    "Schema",
    "SolicitationsAction",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .attachment import Attachment
    from .create_confirm_customization_details_request import (
        CreateConfirmCustomizationDetailsRequest,
    )
    from .create_confirm_customization_details_response import (
        CreateConfirmCustomizationDetailsResponse,
    )
    from .create_confirm_delivery_details_request import (
        CreateConfirmDeliveryDetailsRequest,
    )
    from .create_confirm_delivery_details_response import (
        CreateConfirmDeliveryDetailsResponse,
    )
    from .create_confirm_order_details_request import CreateConfirmOrderDetailsRequest
    from .create_confirm_order_details_response import CreateConfirmOrderDetailsResponse
    from .create_confirm_service_details_request import (
        CreateConfirmServiceDetailsRequest,
    )
    from .create_confirm_service_details_response import (
        CreateConfirmServiceDetailsResponse,
    )
    from .create_digital_access_key_request import CreateDigitalAccessKeyRequest
    from .create_digital_access_key_response import CreateDigitalAccessKeyResponse
    from .create_legal_disclosure_request import CreateLegalDisclosureRequest
    from .create_legal_disclosure_response import CreateLegalDisclosureResponse
    from .create_unexpected_problem_request import CreateUnexpectedProblemRequest
    from .create_unexpected_problem_response import CreateUnexpectedProblemResponse
    from .create_warranty_request import CreateWarrantyRequest
    from .create_warranty_response import CreateWarrantyResponse
    from .error import Error
    from .get_attributes_response import GetAttributesResponse
    from .get_attributes_response_buyer import GetAttributesResponseBuyer
    from .get_messaging_action_response import GetMessagingActionResponse
    from .get_messaging_action_response_embedded import (
        GetMessagingActionResponseEmbedded,
    )
    from .get_messaging_action_response_links import GetMessagingActionResponseLinks
    from .get_messaging_actions_for_order_response import (
        GetMessagingActionsForOrderResponse,
    )
    from .get_messaging_actions_for_order_response_embedded import (
        GetMessagingActionsForOrderResponseEmbedded,
    )
    from .get_messaging_actions_for_order_response_links import (
        GetMessagingActionsForOrderResponseLinks,
    )
    from .get_schema_response import GetSchemaResponse
    from .get_schema_response_links import GetSchemaResponseLinks
    from .invoice_request import InvoiceRequest
    from .invoice_response import InvoiceResponse
    from .link_object import LinkObject
    from .messaging_action import MessagingAction
    from .schema import Schema

_MODULES: dict[str, str] = {
    "Attachment": ".attachment",
    "CreateConfirmCustomizationDetailsRequest": ".create_confirm_customization_details_request",
    "CreateConfirmCustomizationDetailsResponse": ".create_confirm_customization_details_response",
    "CreateConfirmDeliveryDetailsRequest": ".create_confirm_delivery_details_request",
    "CreateConfirmDeliveryDetailsResponse": ".create_confirm_delivery_details_response",
    "CreateConfirmOrderDetailsRequest": ".create_confirm_order_details_request",
    "CreateConfirmOrderDetailsResponse": ".create_confirm_order_details_response",
    "CreateConfirmServiceDetailsRequest": ".create_confirm_service_details_request",
    "CreateConfirmServiceDetailsResponse": ".create_confirm_service_details_response",
    "CreateDigitalAccessKeyRequest": ".create_digital_access_key_request",
    "CreateDigitalAccessKeyResponse": ".create_digital_access_key_response",
    "CreateLegalDisclosureRequest": ".create_legal_disclosure_request",
    "CreateLegalDisclosureResponse": ".create_legal_disclosure_response",
    "CreateUnexpectedProblemRequest": ".create_unexpected_problem_request",
    "CreateUnexpectedProblemResponse": ".create_unexpected_problem_response",
    "CreateWarrantyRequest": ".create_warranty_request",
    "CreateWarrantyResponse": ".create_warranty_response",
    "Error": ".error",
    "GetAttributesResponse": ".get_attributes_response",
    "GetAttributesResponseBuyer": ".get_attributes_response_buyer",
    "GetMessagingActionResponse": ".get_messaging_action_response",
    "GetMessagingActionResponseEmbedded": ".get_messaging_action_response_embedded",
    "GetMessagingActionResponseLinks": ".get_messaging_action_response_links",
    "GetMessagingActionsForOrderResponse": ".get_messaging_actions_for_order_response",
    "GetMessagingActionsForOrderResponseEmbedded": ".get_messaging_actions_for_order_response_embedded",
    "GetMessagingActionsForOrderResponseLinks": ".get_messaging_actions_for_order_response_links",
    "GetSchemaResponse": ".get_schema_response",
    "GetSchemaResponseLinks": ".get_schema_response_links",
    "InvoiceRequest": ".invoice_request",
    "InvoiceResponse": ".invoice_response",
    "LinkObject": ".link_object",
    "MessagingAction": ".messaging_action",
    "Schema": ".schema",
}

__all__ = (
    "Attachment",
    "CreateConfirmCustomizationDetailsRequest",
    "CreateConfirmCustomizationDetailsResponse",
    "CreateConfirmDeliveryDetailsRequest",
    "CreateConfirmDeliveryDetailsResponse",
    "CreateConfirmOrderDetailsRequest",
    "CreateConfirmOrderDetailsResponse",
    "CreateConfirmServiceDetailsRequest",
    "CreateConfirmServiceDetailsResponse",
    "CreateDigitalAccessKeyRequest",
    "CreateDigitalAccessKeyResponse",
    "CreateLegalDisclosureRequest",
    "CreateLegalDisclosureResponse",
    "CreateUnexpectedProblemRequest",
    "CreateUnexpectedProblemResponse",
    "CreateWarrantyRequest",
    "CreateWarrantyResponse",
    "Error",
    "GetAttributesResponse",
    "GetAttributesResponseBuyer",
    "GetMessagingActionResponse",
    "GetMessagingActionResponseEmbedded",
    "GetMessagingActionResponseLinks",
    "GetMessagingActionsForOrderResponse",
    "GetMessagingActionsForOrderResponseEmbedded",
    "GetMessagingActionsForOrderResponseLinks",
    "GetSchemaResponse",
    "GetSchemaResponseLinks",
    "InvoiceRequest",
    "InvoiceResponse",
    "LinkObject",
    "MessagingAction",
    "Schema",
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

"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assignment_type import AssignmentType
    from .currency import Currency
    from .error import Error
    from .error_list import ErrorList
    from .expected_payout import ExpectedPayout
    from .expected_payout_status_name import ExpectedPayoutStatusName
    from .expiry_date import ExpiryDate
    from .get_payment_methods_payment_method_types_item import (
        GetPaymentMethodsPaymentMethodTypesItem,
    )
    from .get_payment_methods_response import GetPaymentMethodsResponse
    from .initiate_payout_request import InitiatePayoutRequest
    from .initiate_payout_response import InitiatePayoutResponse
    from .list_expected_payouts_response import ListExpectedPayoutsResponse
    from .list_payouts_response import ListPayoutsResponse
    from .partner_metadata import PartnerMetadata
    from .payment_method_details import PaymentMethodDetails
    from .payment_method_name import PaymentMethodName
    from .payment_method_type import PaymentMethodType
    from .payout import Payout
    from .payout_status_entry import PayoutStatusEntry
    from .payout_status_name import PayoutStatusName
    from .payout_type_name import PayoutTypeName
    from .period import Period
    from .related_identifier import RelatedIdentifier
    from .related_identifier_name import RelatedIdentifierName

_MODULES: dict[str, str] = {
    "AssignmentType": ".assignment_type",
    "Currency": ".currency",
    "Error": ".error",
    "ErrorList": ".error_list",
    "ExpectedPayout": ".expected_payout",
    "ExpectedPayoutStatusName": ".expected_payout_status_name",
    "ExpiryDate": ".expiry_date",
    "GetPaymentMethodsPaymentMethodTypesItem": ".get_payment_methods_payment_method_types_item",
    "GetPaymentMethodsResponse": ".get_payment_methods_response",
    "InitiatePayoutRequest": ".initiate_payout_request",
    "InitiatePayoutResponse": ".initiate_payout_response",
    "ListExpectedPayoutsResponse": ".list_expected_payouts_response",
    "ListPayoutsResponse": ".list_payouts_response",
    "PartnerMetadata": ".partner_metadata",
    "PaymentMethodDetails": ".payment_method_details",
    "PaymentMethodName": ".payment_method_name",
    "PaymentMethodType": ".payment_method_type",
    "Payout": ".payout",
    "PayoutStatusEntry": ".payout_status_entry",
    "PayoutStatusName": ".payout_status_name",
    "PayoutTypeName": ".payout_type_name",
    "Period": ".period",
    "RelatedIdentifier": ".related_identifier",
    "RelatedIdentifierName": ".related_identifier_name",
}

__all__ = (
    "AssignmentType",
    "Currency",
    "Error",
    "ErrorList",
    "ExpectedPayout",
    "ExpectedPayoutStatusName",
    "ExpiryDate",
    "GetPaymentMethodsPaymentMethodTypesItem",
    "GetPaymentMethodsResponse",
    "InitiatePayoutRequest",
    "InitiatePayoutResponse",
    "ListExpectedPayoutsResponse",
    "ListPayoutsResponse",
    "PartnerMetadata",
    "PaymentMethodDetails",
    "PaymentMethodName",
    "PaymentMethodType",
    "Payout",
    "PayoutStatusEntry",
    "PayoutStatusName",
    "PayoutTypeName",
    "Period",
    "RelatedIdentifier",
    "RelatedIdentifierName",
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

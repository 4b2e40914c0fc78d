"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .balance import Balance
    from .balance_listing import BalanceListing
    from .balance_type import BalanceType
    from .bank_account import BankAccount
    from .bank_account_holder_status import BankAccountHolderStatus
    from .bank_account_listing import BankAccountListing
    from .bank_account_number_format import BankAccountNumberFormat
    from .bank_account_ownership_type import BankAccountOwnershipType
    from .bank_number_format import BankNumberFormat
    from .create_transaction_response import CreateTransactionResponse
    from .currency import Currency
    from .delete_transfer_schedule import DeleteTransferSchedule
    from .error import Error
    from .error_list import ErrorList
    from .fee import Fee
    from .fee_type import FeeType
    from .fx_rate_details import FxRateDetails
    from .payee_contact_information import PayeeContactInformation
    from .payee_entity_type import PayeeEntityType
    from .payment_preference import PaymentPreference
    from .payment_preference_payment_type import PaymentPreferencePaymentType
    from .rate_direction import RateDirection
    from .recurring_frequency import RecurringFrequency
    from .schedule_expression import ScheduleExpression
    from .schedule_expression_type import ScheduleExpressionType
    from .schedule_transfer_type import ScheduleTransferType
    from .transaction import Transaction
    from .transaction_account import TransactionAccount
    from .transaction_initiation_request import TransactionInitiationRequest
    from .transaction_instrument_details import TransactionInstrumentDetails
    from .transaction_listing import TransactionListing
    from .transaction_status import TransactionStatus
    from .transaction_type import TransactionType
    from .transfer_rate_preview import TransferRatePreview
    from .transfer_schedule import TransferSchedule
    from .transfer_schedule_failures import TransferScheduleFailures
    from .transfer_schedule_information import TransferScheduleInformation
    from .transfer_schedule_listing import TransferScheduleListing
    from .transfer_schedule_request import TransferScheduleRequest
    from .transfer_schedule_status import TransferScheduleStatus

_MODULES: dict[str, str] = {
    "Balance": ".balance",
    "BalanceListing": ".balance_listing",
    "BalanceType": ".balance_type",
    "BankAccount": ".bank_account",
    "BankAccountHolderStatus": ".bank_account_holder_status",
    "BankAccountListing": ".bank_account_listing",
    "BankAccountNumberFormat": ".bank_account_number_format",
    "BankAccountOwnershipType": ".bank_account_ownership_type",
    "BankNumberFormat": ".bank_number_format",
    "CreateTransactionResponse": ".create_transaction_response",
    "Currency": ".currency",
    "DeleteTransferSchedule": ".delete_transfer_schedule",
    "Error": ".error",
    "ErrorList": ".error_list",
    "Fee": ".fee",
    "FeeType": ".fee_type",
    "FxRateDetails": ".fx_rate_details",
    "PayeeContactInformation": ".payee_contact_information",
    "PayeeEntityType": ".payee_entity_type",
    "PaymentPreference": ".payment_preference",
    "PaymentPreferencePaymentType": ".payment_preference_payment_type",
    "RateDirection": ".rate_direction",
    "RecurringFrequency": ".recurring_frequency",
    "ScheduleExpression": ".schedule_expression",
    "ScheduleExpressionType": ".schedule_expression_type",
    "ScheduleTransferType": ".schedule_transfer_type",
    "Transaction": ".transaction",
    "TransactionAccount": ".transaction_account",
    "TransactionInitiationRequest": ".transaction_initiation_request",
    "TransactionInstrumentDetails": ".transaction_instrument_details",
    "TransactionListing": ".transaction_listing",
    "TransactionStatus": ".transaction_status",
    "TransactionType": ".transaction_type",
    "TransferRatePreview": ".transfer_rate_preview",
    "TransferSchedule": ".transfer_schedule",
    "TransferScheduleFailures": ".transfer_schedule_failures",
    "TransferScheduleInformation": ".transfer_schedule_information",
    "TransferScheduleListing": ".transfer_schedule_listing",
    "TransferScheduleRequest": ".transfer_schedule_request",
    "TransferScheduleStatus": ".transfer_schedule_status",
}

__all__ = (
    "Balance",
    "BalanceListing",
    "BalanceType",
    "BankAccount",
    "BankAccountHolderStatus",
    "BankAccountListing",
    "BankAccountNumberFormat",
    "BankAccountOwnershipType",
    "BankNumberFormat",
    "CreateTransactionResponse",
    "Currency",
    "DeleteTransferSchedule",
    "Error",
    "ErrorList",
    "Fee",
    "FeeType",
    "FxRateDetails",
    "PayeeContactInformation",
    "PayeeEntityType",
    "PaymentPreference",
    "PaymentPreferencePaymentType",
    "RateDirection",
    "RecurringFrequency",
    "ScheduleExpression",
    "ScheduleExpressionType",
    "ScheduleTransferType",
    "Transaction",
    "TransactionAccount",
    "TransactionInitiationRequest",
    "TransactionInstrumentDetails",
    "TransactionListing",
    "TransactionStatus",
    "TransactionType",
    "TransferRatePreview",
    "TransferSchedule",
    "TransferScheduleFailures",
    "TransferScheduleInformation",
    "TransferScheduleListing",
    "TransferScheduleRequest",
    "TransferScheduleStatus",
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

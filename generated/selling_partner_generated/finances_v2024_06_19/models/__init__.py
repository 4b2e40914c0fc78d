"""Contains all the data models used in inputs/outputs (imported lazily on first access)."""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .amazon_pay_context import AmazonPayContext
    from .balance import Balance
    from .balance_balance_type import BalanceBalanceType
    from .breakdown import Breakdown
    from .business_context import BusinessContext
    from .business_context_store_name import BusinessContextStoreName
    from .context import Context
    from .currency import Currency
    from .deferred_context import DeferredContext
    from .error import Error
    from .error_list import ErrorList
    from .item import Item
    from .item_related_identifier import ItemRelatedIdentifier
    from .item_related_identifier_item_related_identifier_name import (
        ItemRelatedIdentifierItemRelatedIdentifierName,
    )
    from .list_balances_response import ListBalancesResponse
    from .list_transactions_response import ListTransactionsResponse
    from .marketplace_details import MarketplaceDetails
    from .partner_metadata import PartnerMetadata
    from .payments_context import PaymentsContext
    from .product_context import ProductContext
    from .related_identifier import RelatedIdentifier
    from .related_identifier_related_identifier_name import (
        RelatedIdentifierRelatedIdentifierName,
    )
    from .selling_partner_metadata import SellingPartnerMetadata
    from .summary import Summary
    from .summary_response import SummaryResponse
    from .time_range_context import TimeRangeContext
    from .transaction import Transaction
    from .transactions_payload import TransactionsPayload

_MODULES: dict[str, str] = {
    "AmazonPayContext": ".amazon_pay_context",
    "Balance": ".balance",
    "BalanceBalanceType": ".balance_balance_type",
    "Breakdown": ".breakdown",
    "BusinessContext": ".business_context",
    "BusinessContextStoreName": ".business_context_store_name",
    "Context": ".context",
    "Currency": ".currency",
    "DeferredContext": ".deferred_context",
    "Error": ".error",
    "ErrorList": ".error_list",
    "Item": ".item",
    "ItemRelatedIdentifier": ".item_related_identifier",
    "ItemRelatedIdentifierItemRelatedIdentifierName": ".item_related_identifier_item_related_identifier_name",
    "ListBalancesResponse": ".list_balances_response",
    "ListTransactionsResponse": ".list_transactions_response",
    "MarketplaceDetails": ".marketplace_details",
    "PartnerMetadata": ".partner_metadata",
    "PaymentsContext": ".payments_context",
    "ProductContext": ".product_context",
    "RelatedIdentifier": ".related_identifier",
    "RelatedIdentifierRelatedIdentifierName": ".related_identifier_related_identifier_name",
    "SellingPartnerMetadata": ".selling_partner_metadata",
    "Summary": ".summary",
    "SummaryResponse": ".summary_response",
    "TimeRangeContext": ".time_range_context",
    "Transaction": ".transaction",
    "TransactionsPayload": ".transactions_payload",
}

__all__ = (
    "AmazonPayContext",
    "Balance",
    "BalanceBalanceType",
    "Breakdown",
    "BusinessContext",
    "BusinessContextStoreName",
    "Context",
    "Currency",
    "DeferredContext",
    "Error",
    "ErrorList",
    "Item",
    "ItemRelatedIdentifier",
    "ItemRelatedIdentifierItemRelatedIdentifierName",
    "ListBalancesResponse",
    "ListTransactionsResponse",
    "MarketplaceDetails",
    "PartnerMetadata",
    "PaymentsContext",
    "ProductContext",
    "RelatedIdentifier",
    "RelatedIdentifierRelatedIdentifierName",
    "SellingPartnerMetadata",
    "Summary",
    "SummaryResponse",
    "TimeRangeContext",
    "Transaction",
    "TransactionsPayload",
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

from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class RelatedIdentifierRelatedIdentifierName(StrEnum):
    DEFERRED_TRANSACTION_ID = "DEFERRED_TRANSACTION_ID"
    DISBURSEMENT_ID = "DISBURSEMENT_ID"
    FINANCIAL_EVENT_GROUP_ID = "FINANCIAL_EVENT_GROUP_ID"
    INVOICE_ID = "INVOICE_ID"
    ORDER_ID = "ORDER_ID"
    REFUND_ID = "REFUND_ID"
    RELEASE_TRANSACTION_ID = "RELEASE_TRANSACTION_ID"
    SETTLEMENT_ID = "SETTLEMENT_ID"
    SHIPMENT_ID = "SHIPMENT_ID"
    TRANSFER_ID = "TRANSFER_ID"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if READER.get() is FAST:
            # the caller re-reads the answer and records the unknown value
            return None
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class RelatedIdentifierRelatedIdentifierName(StrEnum):
    AGREEMENT_IDS = "AGREEMENT_IDS"
    ASN_IDS = "ASN_IDS"
    PAYEE_CODE = "PAYEE_CODE"
    PRODUCT_LINE = "PRODUCT_LINE"
    PURCHASE_ORDER_IDS = "PURCHASE_ORDER_IDS"
    RETURN_IDS = "RETURN_IDS"
    SHORTAGE_INVOICE_IDS = "SHORTAGE_INVOICE_IDS"
    UNIQUE_PAYMENT_IDS = "UNIQUE_PAYMENT_IDS"
    VENDOR_CODE = "VENDOR_CODE"
    WAREHOUSE_ID = "WAREHOUSE_ID"

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

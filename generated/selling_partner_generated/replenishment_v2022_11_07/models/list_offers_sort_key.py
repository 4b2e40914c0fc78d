from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class ListOffersSortKey(StrEnum):
    AMAZON_FUNDED_BASE_DISCOUNT_PERCENTAGE = "AMAZON_FUNDED_BASE_DISCOUNT_PERCENTAGE"
    AMAZON_FUNDED_TIERED_DISCOUNT_PERCENTAGE = (
        "AMAZON_FUNDED_TIERED_DISCOUNT_PERCENTAGE"
    )
    ASIN = "ASIN"
    FULFILLMENT_NETWORK_ID_TYPE = "FULFILLMENT_NETWORK_ID_TYPE"
    INVENTORY = "INVENTORY"
    PRICE = "PRICE"
    SELLING_PARTNER_FUNDED_BASE_DISCOUNT_PERCENTAGE = (
        "SELLING_PARTNER_FUNDED_BASE_DISCOUNT_PERCENTAGE"
    )
    SELLING_PARTNER_FUNDED_TIERED_DISCOUNT_PERCENTAGE = (
        "SELLING_PARTNER_FUNDED_TIERED_DISCOUNT_PERCENTAGE"
    )
    SUBSCRIPTION_COUNT = "SUBSCRIPTION_COUNT"

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

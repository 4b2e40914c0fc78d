from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class DeliveriesConditionCondition(StrEnum):
    NEXT_30_DAYS_DELIVERIES_AT_LOW_INVENTORY_RISK = (
        "NEXT_30_DAYS_DELIVERIES_AT_LOW_INVENTORY_RISK"
    )
    NEXT_30_DAYS_DELIVERIES_AT_LOW_INVENTORY_RISK_ONLY = (
        "NEXT_30_DAYS_DELIVERIES_AT_LOW_INVENTORY_RISK_ONLY"
    )
    NEXT_30_DAYS_DELIVERIES_PAUSED_NON_BUYABLE = (
        "NEXT_30_DAYS_DELIVERIES_PAUSED_NON_BUYABLE"
    )
    NEXT_30_DAYS_DELIVERIES_PAUSED_PRICING = "NEXT_30_DAYS_DELIVERIES_PAUSED_PRICING"
    NO_ISSUES_FOR_NEXT_30_DAYS_DELIVERIES = "NO_ISSUES_FOR_NEXT_30_DAYS_DELIVERIES"

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

from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class ListOfferMetricsSortKey(StrEnum):
    ACTIVE_SUBSCRIPTIONS = "ACTIVE_SUBSCRIPTIONS"
    NEXT_30DAYS_SHIPPED_SUBSCRIPTION_UNITS = "NEXT_30DAYS_SHIPPED_SUBSCRIPTION_UNITS"
    NEXT_30DAYS_TOTAL_SUBSCRIPTIONS_REVENUE = "NEXT_30DAYS_TOTAL_SUBSCRIPTIONS_REVENUE"
    NEXT_60DAYS_SHIPPED_SUBSCRIPTION_UNITS = "NEXT_60DAYS_SHIPPED_SUBSCRIPTION_UNITS"
    NEXT_60DAYS_TOTAL_SUBSCRIPTIONS_REVENUE = "NEXT_60DAYS_TOTAL_SUBSCRIPTIONS_REVENUE"
    NEXT_90DAYS_SHIPPED_SUBSCRIPTION_UNITS = "NEXT_90DAYS_SHIPPED_SUBSCRIPTION_UNITS"
    NEXT_90DAYS_TOTAL_SUBSCRIPTIONS_REVENUE = "NEXT_90DAYS_TOTAL_SUBSCRIPTIONS_REVENUE"
    SHIPPED_SUBSCRIPTION_UNITS = "SHIPPED_SUBSCRIPTION_UNITS"
    TOTAL_SUBSCRIPTIONS_REVENUE = "TOTAL_SUBSCRIPTIONS_REVENUE"

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

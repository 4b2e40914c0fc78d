from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class CurrentStatus(StrEnum):
    AVAILABLE_FOR_PICKUP = "AVAILABLE_FOR_PICKUP"
    CUSTOMER_ACTION = "CUSTOMER_ACTION"
    DELAYED = "DELAYED"
    DELIVERED = "DELIVERED"
    DELIVERY_ATTEMPTED = "DELIVERY_ATTEMPTED"
    IN_TRANSIT = "IN_TRANSIT"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    PICKUP_ATTEMPTED = "PICKUP_ATTEMPTED"
    PICKUP_CANCELLED = "PICKUP_CANCELLED"
    PICKUP_SCHEDULED = "PICKUP_SCHEDULED"
    PICKUP_SUCCESSFUL = "PICKUP_SUCCESSFUL"
    REFUND_ISSUED = "REFUND_ISSUED"
    RETURNED = "RETURNED"
    RETURNING = "RETURNING"
    RETURN_RECEIVED_IN_FC = "RETURN_RECEIVED_IN_FC"
    RETURN_REQUEST_ACCEPTED = "RETURN_REQUEST_ACCEPTED"
    UNDELIVERABLE = "UNDELIVERABLE"
    UNKNOWN = "UNKNOWN"

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

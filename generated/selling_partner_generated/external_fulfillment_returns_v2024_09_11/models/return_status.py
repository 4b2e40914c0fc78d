from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class ReturnStatus(StrEnum):
    CANCELLED = "CANCELLED"
    CARRIER_NOTIFIED_TO_PICK_UP_FROM_CUSTOMER = (
        "CARRIER_NOTIFIED_TO_PICK_UP_FROM_CUSTOMER"
    )
    CARRIER_OUT_FOR_PICK_UP_FROM_CUSTOMER = "CARRIER_OUT_FOR_PICK_UP_FROM_CUSTOMER"
    CREATED = "CREATED"
    CUSTOMER_CANCELLED_PICK_UP = "CUSTOMER_CANCELLED_PICK_UP"
    CUSTOMER_DROPPED_OFF = "CUSTOMER_DROPPED_OFF"
    CUSTOMER_RESCHEDULED_PICK_UP = "CUSTOMER_RESCHEDULED_PICK_UP"
    DELIVERED = "DELIVERED"
    IN_TRANSIT = "IN_TRANSIT"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    PARTIALLY_PROCESSED = "PARTIALLY_PROCESSED"
    PICKED_FROM_CUSTOMER = "PICKED_FROM_CUSTOMER"
    PROCESSED = "PROCESSED"
    REJECTED = "REJECTED"
    REPLANNED = "REPLANNED"

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

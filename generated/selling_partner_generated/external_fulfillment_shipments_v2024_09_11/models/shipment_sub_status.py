from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class ShipmentSubStatus(StrEnum):
    AT_DESTINATION_FC = "AT_DESTINATION_FC"
    AT_ORIGIN_FC = "AT_ORIGIN_FC"
    DAMAGED = "DAMAGED"
    DELIVERED = "DELIVERED"
    DROPPED_OFF = "DROPPED_OFF"
    LABEL_CANCELED = "LABEL_CANCELED"
    LOST = "LOST"
    NOT_DELIVERED = "NOT_DELIVERED"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    PENDING_DROP_OFF = "PENDING_DROP_OFF"
    PENDING_PICKUP = "PENDING_PICKUP"
    PENDING_SCHEDULE = "PENDING_SCHEDULE"
    PICKED_UP = "PICKED_UP"
    UNDELIVERABLE = "UNDELIVERABLE"

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

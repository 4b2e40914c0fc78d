from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class GetShipmentsShipmentStatusListItem(StrEnum):
    CANCELLED = "CANCELLED"
    CHECKED_IN = "CHECKED_IN"
    CLOSED = "CLOSED"
    DELETED = "DELETED"
    DELIVERED = "DELIVERED"
    ERROR = "ERROR"
    IN_TRANSIT = "IN_TRANSIT"
    READY_TO_SHIP = "READY_TO_SHIP"
    RECEIVING = "RECEIVING"
    SHIPPED = "SHIPPED"
    WORKING = "WORKING"

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

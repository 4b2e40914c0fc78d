from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class ShipmentDetailsShipmentStatus(StrEnum):
    FLOOR_DENIAL = "FLOOR_DENIAL"
    SHIPPED = "SHIPPED"

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

from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class ItemImageVariant(StrEnum):
    MAIN = "MAIN"
    PT01 = "PT01"
    PT02 = "PT02"
    PT03 = "PT03"
    PT04 = "PT04"
    PT05 = "PT05"
    PT06 = "PT06"
    PT07 = "PT07"
    PT08 = "PT08"
    SWCH = "SWCH"

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

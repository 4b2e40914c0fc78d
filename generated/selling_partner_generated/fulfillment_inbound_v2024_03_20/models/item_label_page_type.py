from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class ItemLabelPageType(StrEnum):
    A4_21 = "A4_21"
    A4_24 = "A4_24"
    A4_24I = "A4_24i"
    A4_24_64X33 = "A4_24_64x33"
    A4_24_66X35 = "A4_24_66x35"
    A4_24_70X36 = "A4_24_70x36"
    A4_24_70X37 = "A4_24_70x37"
    A4_27 = "A4_27"
    A4_40_52X29 = "A4_40_52x29"
    A4_44_48X25 = "A4_44_48x25"
    LETTER_30 = "Letter_30"

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

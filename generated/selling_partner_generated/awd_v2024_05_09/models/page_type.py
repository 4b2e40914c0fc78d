from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class PageType(StrEnum):
    A4_2_HORIZONTAL = "A4_2_HORIZONTAL"
    A4_PAPER = "A4_PAPER"
    LETTER_2 = "LETTER_2"
    LETTER_2_HORIZONTAL = "LETTER_2_HORIZONTAL"
    LETTER_PCP_FULFILLMENTLABEL = "LETTER_PCP_FULFILLMENTLABEL"
    PLAIN_PAPER = "PLAIN_PAPER"
    THERMAL = "THERMAL"
    THERMAL_NO_CARRIER_ROTATION = "THERMAL_NO_CARRIER_ROTATION"
    THERMAL_SQUARE_10CM = "THERMAL_SQUARE_10CM"

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

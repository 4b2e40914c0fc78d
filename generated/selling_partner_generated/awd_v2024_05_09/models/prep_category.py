from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class PrepCategory(StrEnum):
    ADULT = "ADULT"
    BABY = "BABY"
    FC_PROVIDED = "FC_PROVIDED"
    FRAGILE = "FRAGILE"
    GRANULAR = "GRANULAR"
    HANGER = "HANGER"
    LIQUID = "LIQUID"
    NO_PREP = "NO_PREP"
    PERFORATED = "PERFORATED"
    SET = "SET"
    SHARP = "SHARP"
    SMALL = "SMALL"
    TEXTILE = "TEXTILE"
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

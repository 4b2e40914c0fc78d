from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class IneligibilityReasonCode(StrEnum):
    LATE_DELIVERY = "LATE_DELIVERY"
    NO_COVERAGE = "NO_COVERAGE"
    PICKUP_SLOT_RESTRICTION = "PICKUP_SLOT_RESTRICTION"
    PROGRAM_CONSTRAINTS = "PROGRAM_CONSTRAINTS"
    SIZE_RESTRICTIONS = "SIZE_RESTRICTIONS"
    TERMS_AND_CONDITIONS_NOT_ACCEPTED = "TERMS_AND_CONDITIONS_NOT_ACCEPTED"
    UNKNOWN = "UNKNOWN"
    UNSUPPORTED_VAS = "UNSUPPORTED_VAS"
    VAS_COMBINATION_RESTRICTION = "VAS_COMBINATION_RESTRICTION"
    WEIGHT_RESTRICTIONS = "WEIGHT_RESTRICTIONS"

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

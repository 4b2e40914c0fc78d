from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class DangerousGoodsDetailsPackingInstruction(StrEnum):
    PI965_SECTION_IA = "PI965_SECTION_IA"
    PI965_SECTION_IB = "PI965_SECTION_IB"
    PI965_SECTION_II = "PI965_SECTION_II"
    PI966_SECTION_I = "PI966_SECTION_I"
    PI966_SECTION_II = "PI966_SECTION_II"
    PI967_SECTION_I = "PI967_SECTION_I"
    PI967_SECTION_II = "PI967_SECTION_II"
    PI968_SECTION_IA = "PI968_SECTION_IA"
    PI968_SECTION_IB = "PI968_SECTION_IB"
    PI969_SECTION_I = "PI969_SECTION_I"
    PI969_SECTION_II = "PI969_SECTION_II"
    PI970_SECTION_I = "PI970_SECTION_I"
    PI970_SECTION_II = "PI970_SECTION_II"

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

from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class PrepType(StrEnum):
    ITEM_BLACK_SHRINKWRAP = "ITEM_BLACK_SHRINKWRAP"
    ITEM_BLANKSTK = "ITEM_BLANKSTK"
    ITEM_BOXING = "ITEM_BOXING"
    ITEM_BUBBLEWRAP = "ITEM_BUBBLEWRAP"
    ITEM_CAP_SEALING = "ITEM_CAP_SEALING"
    ITEM_DEBUNDLE = "ITEM_DEBUNDLE"
    ITEM_HANG_GARMENT = "ITEM_HANG_GARMENT"
    ITEM_LABELING = "ITEM_LABELING"
    ITEM_NO_PREP = "ITEM_NO_PREP"
    ITEM_POLYBAGGING = "ITEM_POLYBAGGING"
    ITEM_RMOVHANG = "ITEM_RMOVHANG"
    ITEM_SETCREAT = "ITEM_SETCREAT"
    ITEM_SETSTK = "ITEM_SETSTK"
    ITEM_SIOC = "ITEM_SIOC"
    ITEM_SUFFOSTK = "ITEM_SUFFOSTK"
    ITEM_TAPING = "ITEM_TAPING"

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

from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class RestrictionConditionType(StrEnum):
    CLUB_CLUB = "club_club"
    COLLECTIBLE_ACCEPTABLE = "collectible_acceptable"
    COLLECTIBLE_GOOD = "collectible_good"
    COLLECTIBLE_LIKE_NEW = "collectible_like_new"
    COLLECTIBLE_VERY_GOOD = "collectible_very_good"
    NEW_NEW = "new_new"
    NEW_OEM = "new_oem"
    NEW_OPEN_BOX = "new_open_box"
    REFURBISHED_REFURBISHED = "refurbished_refurbished"
    USED_ACCEPTABLE = "used_acceptable"
    USED_GOOD = "used_good"
    USED_LIKE_NEW = "used_like_new"
    USED_VERY_GOOD = "used_very_good"

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

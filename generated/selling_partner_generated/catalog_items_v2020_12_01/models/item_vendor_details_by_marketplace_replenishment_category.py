from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class ItemVendorDetailsByMarketplaceReplenishmentCategory(StrEnum):
    ALLOCATED = "ALLOCATED"
    BASIC_REPLENISHMENT = "BASIC_REPLENISHMENT"
    IN_SEASON = "IN_SEASON"
    LIMITED_REPLENISHMENT = "LIMITED_REPLENISHMENT"
    MANUFACTURER_OUT_OF_STOCK = "MANUFACTURER_OUT_OF_STOCK"
    NEW_PRODUCT = "NEW_PRODUCT"
    NON_REPLENISHABLE = "NON_REPLENISHABLE"
    NON_STOCKUPABLE = "NON_STOCKUPABLE"
    OBSOLETE = "OBSOLETE"
    PLANNED_REPLENISHMENT = "PLANNED_REPLENISHMENT"

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

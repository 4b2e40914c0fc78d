from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class ReasonComment(StrEnum):
    APPOINTMENT_REQUESTED_BY_MISTAKE = "APPOINTMENT_REQUESTED_BY_MISTAKE"
    INCREASED_QUANTITY = "INCREASED_QUANTITY"
    OTHER = "OTHER"
    OUTSIDE_CARRIER_BUSINESS_HOURS = "OUTSIDE_CARRIER_BUSINESS_HOURS"
    PROCUREMENT_DELAY = "PROCUREMENT_DELAY"
    SHIPPING_PLAN_CHANGED = "SHIPPING_PLAN_CHANGED"
    SLOT_NOT_SUITABLE = "SLOT_NOT_SUITABLE"
    UNFAVOURABLE_EXTERNAL_CONDITIONS = "UNFAVOURABLE_EXTERNAL_CONDITIONS"
    VEHICLE_DELAY = "VEHICLE_DELAY"

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

from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class CreateReportScheduleSpecificationPeriod(StrEnum):
    P14D = "P14D"
    P15D = "P15D"
    P18D = "P18D"
    P1D = "P1D"
    P1M = "P1M"
    P2D = "P2D"
    P30D = "P30D"
    P3D = "P3D"
    P7D = "P7D"
    PT12H = "PT12H"
    PT15M = "PT15M"
    PT1H = "PT1H"
    PT2H = "PT2H"
    PT30M = "PT30M"
    PT4H = "PT4H"
    PT5M = "PT5M"
    PT84H = "PT84H"
    PT8H = "PT8H"

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

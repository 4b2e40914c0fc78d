from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class GetLabelsPageType(StrEnum):
    PACKAGELABEL_A4_2 = "PackageLabel_A4_2"
    PACKAGELABEL_A4_4 = "PackageLabel_A4_4"
    PACKAGELABEL_LETTER_2 = "PackageLabel_Letter_2"
    PACKAGELABEL_LETTER_4 = "PackageLabel_Letter_4"
    PACKAGELABEL_LETTER_6 = "PackageLabel_Letter_6"
    PACKAGELABEL_LETTER_6_CARRIERLEFT = "PackageLabel_Letter_6_CarrierLeft"
    PACKAGELABEL_PLAIN_PAPER = "PackageLabel_Plain_Paper"
    PACKAGELABEL_PLAIN_PAPER_CARRIERBOTTOM = "PackageLabel_Plain_Paper_CarrierBottom"
    PACKAGELABEL_THERMAL = "PackageLabel_Thermal"
    PACKAGELABEL_THERMAL_NONPCP = "PackageLabel_Thermal_NonPCP"
    PACKAGELABEL_THERMAL_NO_CARRIER_ROTATION = (
        "PackageLabel_Thermal_No_Carrier_Rotation"
    )
    PACKAGELABEL_THERMAL_UNIFIED = "PackageLabel_Thermal_Unified"

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

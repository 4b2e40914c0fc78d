from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class UnlinkCarrierAccountXAmznShippingBusinessId(StrEnum):
    AMAZONSHIPPING_EG = "AmazonShipping_EG"
    AMAZONSHIPPING_ES = "AmazonShipping_ES"
    AMAZONSHIPPING_FR = "AmazonShipping_FR"
    AMAZONSHIPPING_IN = "AmazonShipping_IN"
    AMAZONSHIPPING_IT = "AmazonShipping_IT"
    AMAZONSHIPPING_JP = "AmazonShipping_JP"
    AMAZONSHIPPING_SA = "AmazonShipping_SA"
    AMAZONSHIPPING_UAE = "AmazonShipping_UAE"
    AMAZONSHIPPING_UK = "AmazonShipping_UK"
    AMAZONSHIPPING_US = "AmazonShipping_US"

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

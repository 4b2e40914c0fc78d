from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class MeasurementUnit(StrEnum):
    CENTIMETERS = "CENTIMETERS"
    COUNT = "COUNT"
    CUBIC_CENTIMETERS = "CUBIC_CENTIMETERS"
    CUBIC_FEET = "CUBIC_FEET"
    CUBIC_INCHES = "CUBIC_INCHES"
    CUBIC_METERS = "CUBIC_METERS"
    FEET = "FEET"
    FLUID_OUNCES = "FLUID_OUNCES"
    GALLONS = "GALLONS"
    GRAMS = "GRAMS"
    INCHES = "INCHES"
    KILOGRAMS = "KILOGRAMS"
    LITERS = "LITERS"
    METERS = "METERS"
    MILLIGRAMS = "MILLIGRAMS"
    MILLIMETERS = "MILLIMETERS"
    OUNCES = "OUNCES"
    PINTS = "PINTS"
    POUNDS = "POUNDS"
    QUARTS = "QUARTS"
    SQUARE_CENTIMETERS = "SQUARE_CENTIMETERS"
    SQUARE_FEET = "SQUARE_FEET"
    SQUARE_INCHES = "SQUARE_INCHES"
    SQUARE_METERS = "SQUARE_METERS"

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

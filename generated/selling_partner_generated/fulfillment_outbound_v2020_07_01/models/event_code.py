from enum import StrEnum
from typing import Self

from ..types import FAST, READER


class EventCode(StrEnum):
    EVENT_101 = "EVENT_101"
    EVENT_102 = "EVENT_102"
    EVENT_201 = "EVENT_201"
    EVENT_202 = "EVENT_202"
    EVENT_203 = "EVENT_203"
    EVENT_204 = "EVENT_204"
    EVENT_205 = "EVENT_205"
    EVENT_206 = "EVENT_206"
    EVENT_301 = "EVENT_301"
    EVENT_302 = "EVENT_302"
    EVENT_304 = "EVENT_304"
    EVENT_306 = "EVENT_306"
    EVENT_307 = "EVENT_307"
    EVENT_308 = "EVENT_308"
    EVENT_309 = "EVENT_309"
    EVENT_401 = "EVENT_401"
    EVENT_402 = "EVENT_402"
    EVENT_403 = "EVENT_403"
    EVENT_404 = "EVENT_404"
    EVENT_405 = "EVENT_405"
    EVENT_406 = "EVENT_406"
    EVENT_407 = "EVENT_407"
    EVENT_408 = "EVENT_408"
    EVENT_409 = "EVENT_409"
    EVENT_411 = "EVENT_411"
    EVENT_412 = "EVENT_412"
    EVENT_413 = "EVENT_413"
    EVENT_414 = "EVENT_414"
    EVENT_415 = "EVENT_415"
    EVENT_416 = "EVENT_416"
    EVENT_417 = "EVENT_417"
    EVENT_418 = "EVENT_418"
    EVENT_419 = "EVENT_419"
    EVENT_801 = "EVENT_801"
    EVENT_804 = "EVENT_804"

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

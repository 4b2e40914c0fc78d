from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class ThingStatus(enum.StrEnum):
    ACTIVE = "Active"
    RETIRED = "Retired"


@dataclass
class Thing:
    thing_id: str
    status: ThingStatus
    tags: list[str]

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> Thing:
        d = dict(src)
        thing_id = d.pop("thingId")
        status = ThingStatus(d.pop("status"))
        tags = list(d.pop("tags", None) or [])
        return cls(thing_id=thing_id, status=status, tags=tags)


@dataclass
class ThingResponse:
    payload: Thing | None
    errors: list[dict[str, Any]] | None

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> ThingResponse:
        payload = src.get("payload")
        return cls(
            payload=None if payload is None else Thing.from_dict(payload),
            errors=src.get("errors"),
        )

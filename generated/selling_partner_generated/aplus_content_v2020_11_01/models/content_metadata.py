from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_badge import ContentBadge
from ..models.content_status import ContentStatus
from ..types import (
    FAST,
    READER,
    DeviationError,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="ContentMetadata")


@_attrs_define
class ContentMetadata:
    """
    Attributes:
        badge_set (list[ContentBadge]):
        marketplace_id (str):
        name (str):
        status (ContentStatus):
        update_time (datetime.datetime):
    """

    badge_set: list[ContentBadge]
    marketplace_id: str
    name: str
    status: ContentStatus
    update_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
        badge_set = []
        for componentsschemas_content_badge_set_item_data in self.badge_set:
            componentsschemas_content_badge_set_item = (
                componentsschemas_content_badge_set_item_data.value
            )
            badge_set.append(componentsschemas_content_badge_set_item)

        marketplace_id = self.marketplace_id

        name = self.name

        status = self.status.value

        update_time = self.update_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "badgeSet": badge_set,
                "marketplaceId": marketplace_id,
                "name": name,
                "status": status,
                "updateTime": update_time,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("badgeSet", "badge_set", True, ("list", ("enum", ContentBadge))),
                ("marketplaceId", "marketplace_id", True, ("str",)),
                ("name", "name", True, ("str",)),
                ("status", "status", True, ("enum", ContentStatus)),
                ("updateTime", "update_time", True, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        _badge_set = d.pop("badgeSet")
        badge_set = [
            (
                ContentBadge._value2member_map_.get(_item)
                if _item.__class__ is str
                else None
            )
            or ContentBadge(_item)
            for _item in _badge_set
        ]

        marketplace_id = d.pop("marketplaceId")

        if _reader is not None and marketplace_id.__class__ is not str:
            raise DeviationError("marketplaceId")

        name = d.pop("name")

        if _reader is not None and name.__class__ is not str:
            raise DeviationError("name")

        _status = d.pop("status")
        status = (
            ContentStatus._value2member_map_.get(_status)
            if _status.__class__ is str
            else None
        ) or ContentStatus(_status)

        update_time = datetime.datetime.fromisoformat(d.pop("updateTime"))

        if _reader is not None and update_time.tzinfo is None:
            raise DeviationError("updateTime")

        if cls is ContentMetadata:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.badge_set = badge_set
            _built.marketplace_id = marketplace_id
            _built.name = name
            _built.status = status
            _built.update_time = update_time
            _built._parse_notes = None
            content_metadata = _built
        else:  # a subclass: its own __init__ runs
            content_metadata = cls(
                badge_set=badge_set,
                marketplace_id=marketplace_id,
                name=name,
                status=status,
                update_time=update_time,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        content_metadata.additional_properties = d or {}
        return content_metadata

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

T = TypeVar("T", bound="Window")


@_attrs_define
class Window:
    """
    Attributes:
        end (datetime.datetime):
        start (datetime.datetime):
        editable_until (datetime.datetime | Unset):
    """

    end: datetime.datetime
    start: datetime.datetime
    editable_until: datetime.datetime | Unset = UNSET
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
        end = self.end.isoformat()

        start = self.start.isoformat()

        editable_until: str | Unset = UNSET
        if not isinstance(self.editable_until, Unset):
            editable_until = self.editable_until.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "start": start,
            }
        )
        if editable_until is not UNSET:
            field_dict["editableUntil"] = editable_until

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("end", "end", True, ("datetime",)),
                ("start", "start", True, ("datetime",)),
                ("editableUntil", "editable_until", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        end = datetime.datetime.fromisoformat(d.pop("end"))

        if _reader is not None and end.tzinfo is None:
            raise DeviationError("end")

        start = datetime.datetime.fromisoformat(d.pop("start"))

        if _reader is not None and start.tzinfo is None:
            raise DeviationError("start")

        _editable_until = d.pop("editableUntil", UNSET)
        editable_until = (
            UNSET
            if _editable_until is UNSET
            else datetime.datetime.fromisoformat(_editable_until)
        )

        if (
            _reader is not None
            and not isinstance(editable_until, Unset)
            and editable_until.tzinfo is None
        ):
            raise DeviationError("editableUntil")

        if cls is Window:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.end = end
            _built.start = start
            _built.editable_until = editable_until
            _built._parse_notes = None
            window = _built
        else:  # a subclass: its own __init__ runs
            window = cls(
                end=end,
                start=start,
                editable_until=editable_until,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        window.additional_properties = d or {}
        return window

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

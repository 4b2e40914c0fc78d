from __future__ import annotations

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

T = TypeVar("T", bound="GetOffersHttpStatusLine")


@_attrs_define
class GetOffersHttpStatusLine:
    """
    Attributes:
        reason_phrase (str | Unset):
        status_code (int | Unset):
    """

    reason_phrase: str | Unset = UNSET
    status_code: int | Unset = UNSET
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
        reason_phrase = self.reason_phrase

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason_phrase is not UNSET:
            field_dict["reasonPhrase"] = reason_phrase
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("reasonPhrase", "reason_phrase", False, ("str",)),
                ("statusCode", "status_code", False, ("int",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        reason_phrase = d.pop("reasonPhrase", UNSET)

        if (
            _reader is not None
            and reason_phrase.__class__ is not str
            and reason_phrase is not UNSET
        ):
            raise DeviationError("reasonPhrase")

        status_code = d.pop("statusCode", UNSET)

        if (
            _reader is not None
            and status_code.__class__ is not int
            and status_code is not UNSET
        ):
            raise DeviationError("statusCode")

        if cls is GetOffersHttpStatusLine:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.reason_phrase = reason_phrase
            _built.status_code = status_code
            _built._parse_notes = None
            get_offers_http_status_line = _built
        else:  # a subclass: its own __init__ runs
            get_offers_http_status_line = cls(
                reason_phrase=reason_phrase,
                status_code=status_code,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        get_offers_http_status_line.additional_properties = d or {}
        return get_offers_http_status_line

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_format import DocumentFormat
from ..models.document_type import DocumentType
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

T = TypeVar("T", bound="PackageDocument")


@_attrs_define
class PackageDocument:
    """
    Attributes:
        contents (str):
        format_ (DocumentFormat):
        type_ (DocumentType):
    """

    contents: str
    format_: DocumentFormat
    type_: DocumentType
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
        contents = self.contents

        format_ = self.format_.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contents": contents,
                "format": format_,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("contents", "contents", True, ("str",)),
                ("format", "format_", True, ("enum", DocumentFormat)),
                ("type", "type_", True, ("enum", DocumentType)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        contents = d.pop("contents")

        if _reader is not None and contents.__class__ is not str:
            raise DeviationError("contents")

        _format_ = d.pop("format")
        format_ = (
            DocumentFormat._value2member_map_.get(_format_)
            if _format_.__class__ is str
            else None
        ) or DocumentFormat(_format_)

        _type_ = d.pop("type")
        type_ = (
            DocumentType._value2member_map_.get(_type_)
            if _type_.__class__ is str
            else None
        ) or DocumentType(_type_)

        if cls is PackageDocument:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.contents = contents
            _built.format_ = format_
            _built.type_ = type_
            _built._parse_notes = None
            package_document = _built
        else:  # a subclass: its own __init__ runs
            package_document = cls(
                contents=contents,
                format_=format_,
                type_=type_,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        package_document.additional_properties = d or {}
        return package_document

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

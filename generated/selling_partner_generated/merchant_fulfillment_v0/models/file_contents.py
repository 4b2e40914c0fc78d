from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_type import FileType
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

T = TypeVar("T", bound="FileContents")


@_attrs_define
class FileContents:
    """
    Attributes:
        checksum (str):
        contents (str):
        file_type (FileType):
    """

    checksum: str
    contents: str
    file_type: FileType
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
        checksum = self.checksum

        contents = self.contents

        file_type = self.file_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Checksum": checksum,
                "Contents": contents,
                "FileType": file_type,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("Checksum", "checksum", True, ("str",)),
                ("Contents", "contents", True, ("str",)),
                ("FileType", "file_type", True, ("enum", FileType)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        checksum = d.pop("Checksum")

        if _reader is not None and checksum.__class__ is not str:
            raise DeviationError("Checksum")

        contents = d.pop("Contents")

        if _reader is not None and contents.__class__ is not str:
            raise DeviationError("Contents")

        _file_type = d.pop("FileType")
        file_type = (
            FileType._value2member_map_.get(_file_type)
            if _file_type.__class__ is str
            else None
        ) or FileType(_file_type)

        if cls is FileContents:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.checksum = checksum
            _built.contents = contents
            _built.file_type = file_type
            _built._parse_notes = None
            file_contents = _built
        else:  # a subclass: its own __init__ runs
            file_contents = cls(
                checksum=checksum,
                contents=contents,
                file_type=file_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        file_contents.additional_properties = d or {}
        return file_contents

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

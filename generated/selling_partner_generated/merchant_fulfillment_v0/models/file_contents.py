from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_type import FileType

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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        checksum = d.pop("Checksum")

        contents = d.pop("Contents")

        file_type = FileType(d.pop("FileType"))

        file_contents = cls(
            checksum=checksum,
            contents=contents,
            file_type=file_type,
        )

        file_contents.additional_properties = d
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

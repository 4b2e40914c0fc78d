from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_format import DocumentFormat
from ..models.document_type import DocumentType

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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        contents = d.pop("contents")

        format_ = DocumentFormat(d.pop("format"))

        type_ = DocumentType(d.pop("type"))

        package_document = cls(
            contents=contents,
            format_=format_,
            type_=type_,
        )

        package_document.additional_properties = d
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_upload_document_content_type import (
    ServiceUploadDocumentContentType,
)
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

T = TypeVar("T", bound="ServiceUploadDocument")


@_attrs_define
class ServiceUploadDocument:
    """
    Attributes:
        content_length (float):
        content_type (ServiceUploadDocumentContentType):
        content_md5 (str | Unset):
    """

    content_length: float
    content_type: ServiceUploadDocumentContentType
    content_md5: str | Unset = UNSET
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
        content_length = self.content_length

        content_type = self.content_type.value

        content_md5 = self.content_md5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentLength": content_length,
                "contentType": content_type,
            }
        )
        if content_md5 is not UNSET:
            field_dict["contentMD5"] = content_md5

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("contentLength", "content_length", True, ("float",)),
                (
                    "contentType",
                    "content_type",
                    True,
                    ("enum", ServiceUploadDocumentContentType),
                ),
                ("contentMD5", "content_md5", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        content_length = d.pop("contentLength")

        if (
            _reader is not None
            and content_length.__class__ is not float
            and content_length.__class__ is not int
        ):
            raise DeviationError("contentLength")

        _content_type = d.pop("contentType")
        content_type = (
            ServiceUploadDocumentContentType._value2member_map_.get(_content_type)
            if _content_type.__class__ is str
            else None
        ) or ServiceUploadDocumentContentType(_content_type)

        content_md5 = d.pop("contentMD5", UNSET)

        if (
            _reader is not None
            and content_md5.__class__ is not str
            and content_md5 is not UNSET
        ):
            raise DeviationError("contentMD5")

        if cls is ServiceUploadDocument:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.content_length = content_length
            _built.content_type = content_type
            _built.content_md5 = content_md5
            _built._parse_notes = None
            service_upload_document = _built
        else:  # a subclass: its own __init__ runs
            service_upload_document = cls(
                content_length=content_length,
                content_type=content_type,
                content_md5=content_md5,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        service_upload_document.additional_properties = d or {}
        return service_upload_document

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

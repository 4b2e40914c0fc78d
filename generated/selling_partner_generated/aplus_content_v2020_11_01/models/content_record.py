from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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

if TYPE_CHECKING:
    from ..models.content_document import ContentDocument
    from ..models.content_metadata import ContentMetadata


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ContentDocument, ContentMetadata
    from ..models.content_document import ContentDocument
    from ..models.content_metadata import ContentMetadata

    _lazy_pending = False


T = TypeVar("T", bound="ContentRecord")


@_attrs_define
class ContentRecord:
    """
    Attributes:
        content_reference_key (str):
        content_document (ContentDocument | Unset):
        content_metadata (ContentMetadata | Unset):
    """

    content_reference_key: str
    content_document: ContentDocument | Unset = UNSET
    content_metadata: ContentMetadata | Unset = UNSET
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
        if _lazy_pending:
            _load_lazy()
        content_reference_key = self.content_reference_key

        content_document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_document, Unset):
            content_document = self.content_document.to_dict()

        content_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content_metadata, Unset):
            content_metadata = self.content_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contentReferenceKey": content_reference_key,
            }
        )
        if content_document is not UNSET:
            field_dict["contentDocument"] = content_document
        if content_metadata is not UNSET:
            field_dict["contentMetadata"] = content_metadata

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.content_document import ContentDocument
        from ..models.content_metadata import ContentMetadata

        return (
            (
                ("contentReferenceKey", "content_reference_key", True, ("str",)),
                (
                    "contentDocument",
                    "content_document",
                    False,
                    ("model", ContentDocument),
                ),
                (
                    "contentMetadata",
                    "content_metadata",
                    False,
                    ("model", ContentMetadata),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        content_reference_key = d.pop("contentReferenceKey")

        if _reader is not None and content_reference_key.__class__ is not str:
            raise DeviationError("contentReferenceKey")

        _content_document = d.pop("contentDocument", UNSET)
        content_document = (
            UNSET
            if _content_document is UNSET
            else ContentDocument.from_dict(_content_document)
        )

        _content_metadata = d.pop("contentMetadata", UNSET)
        content_metadata = (
            UNSET
            if _content_metadata is UNSET
            else ContentMetadata.from_dict(_content_metadata)
        )

        if cls is ContentRecord:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.content_reference_key = content_reference_key
            _built.content_document = content_document
            _built.content_metadata = content_metadata
            _built._parse_notes = None
            content_record = _built
        else:  # a subclass: its own __init__ runs
            content_record = cls(
                content_reference_key=content_reference_key,
                content_document=content_document,
                content_metadata=content_metadata,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        content_record.additional_properties = d or {}
        return content_record

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

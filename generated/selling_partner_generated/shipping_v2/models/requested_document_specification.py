from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_format import DocumentFormat
from ..models.document_type import DocumentType
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
    from ..models.document_size import DocumentSize
    from ..models.requested_label_customization import RequestedLabelCustomization


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DocumentSize, RequestedLabelCustomization
    from ..models.document_size import DocumentSize
    from ..models.requested_label_customization import RequestedLabelCustomization

    _lazy_pending = False


T = TypeVar("T", bound="RequestedDocumentSpecification")


@_attrs_define
class RequestedDocumentSpecification:
    """
    Attributes:
        format_ (DocumentFormat):
        need_file_joining (bool):
        requested_document_types (list[DocumentType]):
        size (DocumentSize):
        dpi (int | Unset):
        page_layout (str | Unset):
        requested_label_customization (RequestedLabelCustomization | Unset):
    """

    format_: DocumentFormat
    need_file_joining: bool
    requested_document_types: list[DocumentType]
    size: DocumentSize
    dpi: int | Unset = UNSET
    page_layout: str | Unset = UNSET
    requested_label_customization: RequestedLabelCustomization | Unset = UNSET
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
        format_ = self.format_.value

        need_file_joining = self.need_file_joining

        requested_document_types = []
        for requested_document_types_item_data in self.requested_document_types:
            requested_document_types_item = requested_document_types_item_data.value
            requested_document_types.append(requested_document_types_item)

        size = self.size.to_dict()

        dpi = self.dpi

        page_layout = self.page_layout

        requested_label_customization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.requested_label_customization, Unset):
            requested_label_customization = self.requested_label_customization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "needFileJoining": need_file_joining,
                "requestedDocumentTypes": requested_document_types,
                "size": size,
            }
        )
        if dpi is not UNSET:
            field_dict["dpi"] = dpi
        if page_layout is not UNSET:
            field_dict["pageLayout"] = page_layout
        if requested_label_customization is not UNSET:
            field_dict["requestedLabelCustomization"] = requested_label_customization

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.document_size import DocumentSize
        from ..models.requested_label_customization import RequestedLabelCustomization

        return (
            (
                ("format", "format_", True, ("enum", DocumentFormat)),
                ("needFileJoining", "need_file_joining", True, ("bool",)),
                (
                    "requestedDocumentTypes",
                    "requested_document_types",
                    True,
                    ("list", ("enum", DocumentType)),
                ),
                ("size", "size", True, ("model", DocumentSize)),
                ("dpi", "dpi", False, ("int",)),
                ("pageLayout", "page_layout", False, ("str",)),
                (
                    "requestedLabelCustomization",
                    "requested_label_customization",
                    False,
                    ("model", RequestedLabelCustomization),
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
        _format_ = d.pop("format")
        format_ = (
            DocumentFormat._value2member_map_.get(_format_)
            if _format_.__class__ is str
            else None
        ) or DocumentFormat(_format_)

        need_file_joining = d.pop("needFileJoining")

        if _reader is not None and need_file_joining.__class__ is not bool:
            raise DeviationError("needFileJoining")

        _requested_document_types = d.pop("requestedDocumentTypes")
        requested_document_types = [
            (
                DocumentType._value2member_map_.get(_item)
                if _item.__class__ is str
                else None
            )
            or DocumentType(_item)
            for _item in _requested_document_types
        ]

        size = DocumentSize.from_dict(d.pop("size"))

        dpi = d.pop("dpi", UNSET)

        if _reader is not None and dpi.__class__ is not int and dpi is not UNSET:
            raise DeviationError("dpi")

        page_layout = d.pop("pageLayout", UNSET)

        if (
            _reader is not None
            and page_layout.__class__ is not str
            and page_layout is not UNSET
        ):
            raise DeviationError("pageLayout")

        _requested_label_customization = d.pop("requestedLabelCustomization", UNSET)
        requested_label_customization = (
            UNSET
            if _requested_label_customization is UNSET
            else RequestedLabelCustomization.from_dict(_requested_label_customization)
        )

        if cls is RequestedDocumentSpecification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.format_ = format_
            _built.need_file_joining = need_file_joining
            _built.requested_document_types = requested_document_types
            _built.size = size
            _built.dpi = dpi
            _built.page_layout = page_layout
            _built.requested_label_customization = requested_label_customization
            _built._parse_notes = None
            requested_document_specification = _built
        else:  # a subclass: its own __init__ runs
            requested_document_specification = cls(
                format_=format_,
                need_file_joining=need_file_joining,
                requested_document_types=requested_document_types,
                size=size,
                dpi=dpi,
                page_layout=page_layout,
                requested_label_customization=requested_label_customization,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        requested_document_specification.additional_properties = d or {}
        return requested_document_specification

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

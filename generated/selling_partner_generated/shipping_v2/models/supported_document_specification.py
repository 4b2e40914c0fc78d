from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_format import DocumentFormat
from ..types import (
    FAST,
    READER,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

if TYPE_CHECKING:
    from ..models.document_size import DocumentSize
    from ..models.print_option import PrintOption


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, DocumentSize, PrintOption
    from ..models.document_size import DocumentSize
    from ..models.print_option import PrintOption

    _lazy_pending = False


T = TypeVar("T", bound="SupportedDocumentSpecification")


@_attrs_define
class SupportedDocumentSpecification:
    """
    Attributes:
        format_ (DocumentFormat):
        print_options (list[PrintOption]):
        size (DocumentSize):
    """

    format_: DocumentFormat
    print_options: list[PrintOption]
    size: DocumentSize
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

        print_options = []
        for componentsschemas_print_option_list_item_data in self.print_options:
            componentsschemas_print_option_list_item = (
                componentsschemas_print_option_list_item_data.to_dict()
            )
            print_options.append(componentsschemas_print_option_list_item)

        size = self.size.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
                "printOptions": print_options,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.document_size import DocumentSize
        from ..models.print_option import PrintOption

        return (
            (
                ("format", "format_", True, ("enum", DocumentFormat)),
                (
                    "printOptions",
                    "print_options",
                    True,
                    ("list", ("model", PrintOption)),
                ),
                ("size", "size", True, ("model", DocumentSize)),
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

        _print_options = d.pop("printOptions")
        print_options = [PrintOption.from_dict(_item) for _item in _print_options]

        size = DocumentSize.from_dict(d.pop("size"))

        if cls is SupportedDocumentSpecification:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.format_ = format_
            _built.print_options = print_options
            _built.size = size
            _built._parse_notes = None
            supported_document_specification = _built
        else:  # a subclass: its own __init__ runs
            supported_document_specification = cls(
                format_=format_,
                print_options=print_options,
                size=size,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        supported_document_specification.additional_properties = d or {}
        return supported_document_specification

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

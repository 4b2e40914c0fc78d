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
    from ..models.supported_document_detail import SupportedDocumentDetail


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, SupportedDocumentDetail
    from ..models.supported_document_detail import SupportedDocumentDetail

    _lazy_pending = False


T = TypeVar("T", bound="PrintOption")


@_attrs_define
class PrintOption:
    """
    Attributes:
        supported_document_details (list[SupportedDocumentDetail]):
        supported_file_joining_options (list[bool]):
        supported_page_layouts (list[str]):
        supported_dp_is (list[int] | Unset):
    """

    supported_document_details: list[SupportedDocumentDetail]
    supported_file_joining_options: list[bool]
    supported_page_layouts: list[str]
    supported_dp_is: list[int] | Unset = UNSET
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
        supported_document_details = []
        for supported_document_details_item_data in self.supported_document_details:
            supported_document_details_item = (
                supported_document_details_item_data.to_dict()
            )
            supported_document_details.append(supported_document_details_item)

        supported_file_joining_options = self.supported_file_joining_options

        supported_page_layouts = self.supported_page_layouts

        supported_dp_is: list[int] | Unset = UNSET
        if not isinstance(self.supported_dp_is, Unset):
            supported_dp_is = self.supported_dp_is

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "supportedDocumentDetails": supported_document_details,
                "supportedFileJoiningOptions": supported_file_joining_options,
                "supportedPageLayouts": supported_page_layouts,
            }
        )
        if supported_dp_is is not UNSET:
            field_dict["supportedDPIs"] = supported_dp_is

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.supported_document_detail import SupportedDocumentDetail

        return (
            (
                (
                    "supportedDocumentDetails",
                    "supported_document_details",
                    True,
                    ("list", ("model", SupportedDocumentDetail)),
                ),
                (
                    "supportedFileJoiningOptions",
                    "supported_file_joining_options",
                    True,
                    ("list", ("bool",)),
                ),
                (
                    "supportedPageLayouts",
                    "supported_page_layouts",
                    True,
                    ("list", ("str",)),
                ),
                ("supportedDPIs", "supported_dp_is", False, ("list", ("int",))),
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
        _supported_document_details = d.pop("supportedDocumentDetails")
        supported_document_details = [
            SupportedDocumentDetail.from_dict(_item)
            for _item in _supported_document_details
        ]

        supported_file_joining_options = d.pop("supportedFileJoiningOptions")

        if _reader is not None and supported_file_joining_options.__class__ is not list:
            raise DeviationError("supportedFileJoiningOptions")

        supported_page_layouts = d.pop("supportedPageLayouts")

        if _reader is not None and supported_page_layouts.__class__ is not list:
            raise DeviationError("supportedPageLayouts")

        supported_dp_is = d.pop("supportedDPIs", UNSET)

        if (
            _reader is not None
            and supported_dp_is.__class__ is not list
            and supported_dp_is is not UNSET
        ):
            raise DeviationError("supportedDPIs")

        if cls is PrintOption:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.supported_document_details = supported_document_details
            _built.supported_file_joining_options = supported_file_joining_options
            _built.supported_page_layouts = supported_page_layouts
            _built.supported_dp_is = supported_dp_is
            _built._parse_notes = None
            print_option = _built
        else:  # a subclass: its own __init__ runs
            print_option = cls(
                supported_document_details=supported_document_details,
                supported_file_joining_options=supported_file_joining_options,
                supported_page_layouts=supported_page_layouts,
                supported_dp_is=supported_dp_is,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        print_option.additional_properties = d or {}
        return print_option

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

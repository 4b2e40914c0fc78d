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
    from ..models.asin_metadata import AsinMetadata
    from ..models.error import Error


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, AsinMetadata, Error
    from ..models.asin_metadata import AsinMetadata
    from ..models.error import Error

    _lazy_pending = False


T = TypeVar("T", bound="ListContentDocumentAsinRelationsResponse")


@_attrs_define
class ListContentDocumentAsinRelationsResponse:
    """
    Attributes:
        asin_metadata_set (list[AsinMetadata]):
        warnings (list[Error] | Unset):
        next_page_token (str | Unset):
    """

    asin_metadata_set: list[AsinMetadata]
    warnings: list[Error] | Unset = UNSET
    next_page_token: str | Unset = UNSET
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
        asin_metadata_set = []
        for componentsschemas_asin_metadata_set_item_data in self.asin_metadata_set:
            componentsschemas_asin_metadata_set_item = (
                componentsschemas_asin_metadata_set_item_data.to_dict()
            )
            asin_metadata_set.append(componentsschemas_asin_metadata_set_item)

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for componentsschemas_message_set_item_data in self.warnings:
                componentsschemas_message_set_item = (
                    componentsschemas_message_set_item_data.to_dict()
                )
                warnings.append(componentsschemas_message_set_item)

        next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "asinMetadataSet": asin_metadata_set,
            }
        )
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if next_page_token is not UNSET:
            field_dict["nextPageToken"] = next_page_token

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.asin_metadata import AsinMetadata
        from ..models.error import Error

        return (
            (
                (
                    "asinMetadataSet",
                    "asin_metadata_set",
                    True,
                    ("list", ("model", AsinMetadata)),
                ),
                ("warnings", "warnings", False, ("list", ("model", Error))),
                ("nextPageToken", "next_page_token", False, ("str",)),
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
        _asin_metadata_set = d.pop("asinMetadataSet")
        asin_metadata_set = [
            AsinMetadata.from_dict(_item) for _item in _asin_metadata_set
        ]

        _warnings = d.pop("warnings", UNSET)
        warnings = (
            UNSET
            if _warnings is UNSET
            else [Error.from_dict(_item) for _item in _warnings]
        )

        next_page_token = d.pop("nextPageToken", UNSET)

        if (
            _reader is not None
            and next_page_token.__class__ is not str
            and next_page_token is not UNSET
        ):
            raise DeviationError("nextPageToken")

        if cls is ListContentDocumentAsinRelationsResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin_metadata_set = asin_metadata_set
            _built.warnings = warnings
            _built.next_page_token = next_page_token
            _built._parse_notes = None
            list_content_document_asin_relations_response = _built
        else:  # a subclass: its own __init__ runs
            list_content_document_asin_relations_response = cls(
                asin_metadata_set=asin_metadata_set,
                warnings=warnings,
                next_page_token=next_page_token,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        list_content_document_asin_relations_response.additional_properties = d or {}
        return list_content_document_asin_relations_response

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

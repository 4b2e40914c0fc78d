from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAST,
    READER,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)


def _url_repr(value: object) -> str:
    """Scheme, host and path of a presigned URL; its query string carries the signature."""
    if not isinstance(value, str):
        return repr(value)
    try:
        parts = urlsplit(value)
    except ValueError:
        return "<redacted>"
    host = parts.netloc.rpartition("@")[2]
    if not parts.scheme or not host:
        return "<redacted>"
    hidden = "?<redacted>" if parts.query or parts.fragment else ""
    return repr(f"{parts.scheme}://{host}{parts.path}{hidden}")


def _secret_repr(value: object) -> str:
    """<redacted> for a credential; a mapping keeps its keys (header names) only."""
    if value is None or isinstance(value, Unset):
        return repr(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key!r}: <redacted>" for key in value) + "}"
    return "<redacted>"


T = TypeVar("T", bound="CreateFeedDocumentResponse")


@_attrs_define
class CreateFeedDocumentResponse:
    """
    Attributes:
        feed_document_id (str):
        url (str):
    """

    feed_document_id: str
    url: str = _attrs_field(repr=_url_repr)
    additional_properties: dict[str, Any] = _attrs_field(
        init=False, factory=dict, repr=_secret_repr
    )
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
        feed_document_id = self.feed_document_id

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "feedDocumentId": feed_document_id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("feedDocumentId", "feed_document_id", True, ("str",)),
                ("url", "url", True, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        feed_document_id = d.pop("feedDocumentId")

        if _reader is not None and feed_document_id.__class__ is not str:
            raise DeviationError("feedDocumentId")

        url = d.pop("url")

        if _reader is not None and url.__class__ is not str:
            raise DeviationError("url")

        if cls is CreateFeedDocumentResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.feed_document_id = feed_document_id
            _built.url = url
            _built._parse_notes = None
            create_feed_document_response = _built
        else:  # a subclass: its own __init__ runs
            create_feed_document_response = cls(
                feed_document_id=feed_document_id,
                url=url,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_feed_document_response.additional_properties = d or {}
        return create_feed_document_response

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

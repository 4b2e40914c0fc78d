from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from urllib.parse import urlsplit

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


T = TypeVar("T", bound="DocumentDownload")


@_attrs_define
class DocumentDownload:
    """
    Attributes:
        download_type (str):
        uri (str):
        expiration (datetime.datetime | Unset):
    """

    download_type: str
    uri: str = _attrs_field(repr=_url_repr)
    expiration: datetime.datetime | Unset = UNSET
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
        download_type = self.download_type

        uri = self.uri

        expiration: str | Unset = UNSET
        if not isinstance(self.expiration, Unset):
            expiration = self.expiration.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "downloadType": download_type,
                "uri": uri,
            }
        )
        if expiration is not UNSET:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("downloadType", "download_type", True, ("str",)),
                ("uri", "uri", True, ("str",)),
                ("expiration", "expiration", False, ("datetime",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        download_type = d.pop("downloadType")

        if _reader is not None and download_type.__class__ is not str:
            raise DeviationError("downloadType")

        uri = d.pop("uri")

        if _reader is not None and uri.__class__ is not str:
            raise DeviationError("uri")

        _expiration = d.pop("expiration", UNSET)
        expiration = (
            UNSET
            if _expiration is UNSET
            else datetime.datetime.fromisoformat(_expiration)
        )

        if (
            _reader is not None
            and not isinstance(expiration, Unset)
            and expiration.tzinfo is None
        ):
            raise DeviationError("expiration")

        if cls is DocumentDownload:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.download_type = download_type
            _built.uri = uri
            _built.expiration = expiration
            _built._parse_notes = None
            document_download = _built
        else:  # a subclass: its own __init__ runs
            document_download = cls(
                download_type=download_type,
                uri=uri,
                expiration=expiration,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        document_download.additional_properties = d or {}
        return document_download

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

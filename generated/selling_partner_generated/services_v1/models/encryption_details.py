from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encryption_details_standard import EncryptionDetailsStandard
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


def _secret_repr(value: object) -> str:
    """<redacted> for a credential; a mapping keeps its keys (header names) only."""
    if value is None or isinstance(value, Unset):
        return repr(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key!r}: <redacted>" for key in value) + "}"
    return "<redacted>"


T = TypeVar("T", bound="EncryptionDetails")


@_attrs_define
class EncryptionDetails:
    """
    Attributes:
        initialization_vector (str):
        key (str):
        standard (EncryptionDetailsStandard):
    """

    initialization_vector: str
    key: str = _attrs_field(repr=_secret_repr)
    standard: EncryptionDetailsStandard
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
        initialization_vector = self.initialization_vector

        key = self.key

        standard = self.standard.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "initializationVector": initialization_vector,
                "key": key,
                "standard": standard,
            }
        )

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("initializationVector", "initialization_vector", True, ("str",)),
                ("key", "key", True, ("str",)),
                ("standard", "standard", True, ("enum", EncryptionDetailsStandard)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        initialization_vector = d.pop("initializationVector")

        if _reader is not None and initialization_vector.__class__ is not str:
            raise DeviationError("initializationVector")

        key = d.pop("key")

        if _reader is not None and key.__class__ is not str:
            raise DeviationError("key")

        _standard = d.pop("standard")
        standard = (
            EncryptionDetailsStandard._value2member_map_.get(_standard)
            if _standard.__class__ is str
            else None
        ) or EncryptionDetailsStandard(_standard)

        if cls is EncryptionDetails:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.initialization_vector = initialization_vector
            _built.key = key
            _built.standard = standard
            _built._parse_notes = None
            encryption_details = _built
        else:  # a subclass: its own __init__ runs
            encryption_details = cls(
                initialization_vector=initialization_vector,
                key=key,
                standard=standard,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        encryption_details.additional_properties = d or {}
        return encryption_details

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

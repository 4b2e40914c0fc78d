from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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


def _secret_repr(value: object) -> str:
    """<redacted> for a credential; a mapping keeps its keys (header names) only."""
    if value is None or isinstance(value, Unset):
        return repr(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key!r}: <redacted>" for key in value) + "}"
    return "<redacted>"


T = TypeVar("T", bound="CreateRestrictedDataTokenResponse")


@_attrs_define
class CreateRestrictedDataTokenResponse:
    """
    Attributes:
        expires_in (int | Unset):
        restricted_data_token (str | Unset):
    """

    expires_in: int | Unset = UNSET
    restricted_data_token: str | Unset = _attrs_field(default=UNSET, repr=_secret_repr)
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
        expires_in = self.expires_in

        restricted_data_token = self.restricted_data_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in
        if restricted_data_token is not UNSET:
            field_dict["restrictedDataToken"] = restricted_data_token

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("expiresIn", "expires_in", False, ("int",)),
                ("restrictedDataToken", "restricted_data_token", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        expires_in = d.pop("expiresIn", UNSET)

        if (
            _reader is not None
            and expires_in.__class__ is not int
            and expires_in is not UNSET
        ):
            raise DeviationError("expiresIn")

        restricted_data_token = d.pop("restrictedDataToken", UNSET)

        if (
            _reader is not None
            and restricted_data_token.__class__ is not str
            and restricted_data_token is not UNSET
        ):
            raise DeviationError("restrictedDataToken")

        if cls is CreateRestrictedDataTokenResponse:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.expires_in = expires_in
            _built.restricted_data_token = restricted_data_token
            _built._parse_notes = None
            create_restricted_data_token_response = _built
        else:  # a subclass: its own __init__ runs
            create_restricted_data_token_response = cls(
                expires_in=expires_in,
                restricted_data_token=restricted_data_token,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        create_restricted_data_token_response.additional_properties = d or {}
        return create_restricted_data_token_response

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        expires_in = d.pop("expiresIn", UNSET)

        restricted_data_token = d.pop("restrictedDataToken", UNSET)

        create_restricted_data_token_response = cls(
            expires_in=expires_in,
            restricted_data_token=restricted_data_token,
        )

        create_restricted_data_token_response.additional_properties = d
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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOffersHttpStatusLine")


@_attrs_define
class GetOffersHttpStatusLine:
    """
    Attributes:
        reason_phrase (str | Unset):
        status_code (int | Unset):
    """

    reason_phrase: str | Unset = UNSET
    status_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason_phrase = self.reason_phrase

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason_phrase is not UNSET:
            field_dict["reasonPhrase"] = reason_phrase
        if status_code is not UNSET:
            field_dict["statusCode"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason_phrase = d.pop("reasonPhrase", UNSET)

        status_code = d.pop("statusCode", UNSET)

        get_offers_http_status_line = cls(
            reason_phrase=reason_phrase,
            status_code=status_code,
        )

        get_offers_http_status_line.additional_properties = d
        return get_offers_http_status_line

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

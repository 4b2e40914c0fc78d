from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HttpResponseHeaders")


@_attrs_define
class HttpResponseHeaders:
    """
    Attributes:
        date (str | Unset):
        x_amzn_request_id (str | Unset):
    """

    date: str | Unset = UNSET
    x_amzn_request_id: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        x_amzn_request_id = self.x_amzn_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["Date"] = date
        if x_amzn_request_id is not UNSET:
            field_dict["x-amzn-RequestId"] = x_amzn_request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = d.pop("Date", UNSET)

        x_amzn_request_id = d.pop("x-amzn-RequestId", UNSET)

        http_response_headers = cls(
            date=date,
            x_amzn_request_id=x_amzn_request_id,
        )

        http_response_headers.additional_properties = d
        return http_response_headers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

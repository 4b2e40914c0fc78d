from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_reason import ErrorReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvalidASIN")


@_attrs_define
class InvalidASIN:
    """
    Attributes:
        asin (str | Unset):
        error_reason (ErrorReason | Unset):
    """

    asin: str | Unset = UNSET
    error_reason: ErrorReason | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        error_reason: str | Unset = UNSET
        if not isinstance(self.error_reason, Unset):
            error_reason = self.error_reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if error_reason is not UNSET:
            field_dict["ErrorReason"] = error_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asin = d.pop("ASIN", UNSET)

        _error_reason = d.pop("ErrorReason", UNSET)
        error_reason: ErrorReason | Unset
        if isinstance(_error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = ErrorReason(_error_reason)

        invalid_asin = cls(
            asin=asin,
            error_reason=error_reason,
        )

        invalid_asin.additional_properties = d
        return invalid_asin

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

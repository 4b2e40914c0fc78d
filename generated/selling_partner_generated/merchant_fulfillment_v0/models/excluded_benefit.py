from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExcludedBenefit")


@_attrs_define
class ExcludedBenefit:
    """
    Attributes:
        benefit (str | Unset):
        reason_codes (list[str] | Unset):
    """

    benefit: str | Unset = UNSET
    reason_codes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        benefit = self.benefit

        reason_codes: list[str] | Unset = UNSET
        if not isinstance(self.reason_codes, Unset):
            reason_codes = self.reason_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if benefit is not UNSET:
            field_dict["Benefit"] = benefit
        if reason_codes is not UNSET:
            field_dict["ReasonCodes"] = reason_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        benefit = d.pop("Benefit", UNSET)

        reason_codes = cast(list[str], d.pop("ReasonCodes", UNSET))

        excluded_benefit = cls(
            benefit=benefit,
            reason_codes=reason_codes,
        )

        excluded_benefit.additional_properties = d
        return excluded_benefit

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

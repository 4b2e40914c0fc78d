from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScopeOfWork")


@_attrs_define
class ScopeOfWork:
    """
    Attributes:
        asin (str | Unset):
        quantity (int | Unset):
        required_skills (list[str] | Unset):
        title (str | Unset):
    """

    asin: str | Unset = UNSET
    quantity: int | Unset = UNSET
    required_skills: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        quantity = self.quantity

        required_skills: list[str] | Unset = UNSET
        if not isinstance(self.required_skills, Unset):
            required_skills = self.required_skills

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if required_skills is not UNSET:
            field_dict["requiredSkills"] = required_skills
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        asin = d.pop("asin", UNSET)

        quantity = d.pop("quantity", UNSET)

        required_skills = cast(list[str], d.pop("requiredSkills", UNSET))

        title = d.pop("title", UNSET)

        scope_of_work = cls(
            asin=asin,
            quantity=quantity,
            required_skills=required_skills,
            title=title,
        )

        scope_of_work.additional_properties = d
        return scope_of_work

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

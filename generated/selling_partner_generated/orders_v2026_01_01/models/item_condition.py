from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemCondition")


@_attrs_define
class ItemCondition:
    """
    Attributes:
        condition_note (str | Unset):
        condition_subtype (str | Unset):
        condition_type (str | Unset):
    """

    condition_note: str | Unset = UNSET
    condition_subtype: str | Unset = UNSET
    condition_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_note = self.condition_note

        condition_subtype = self.condition_subtype

        condition_type = self.condition_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition_note is not UNSET:
            field_dict["conditionNote"] = condition_note
        if condition_subtype is not UNSET:
            field_dict["conditionSubtype"] = condition_subtype
        if condition_type is not UNSET:
            field_dict["conditionType"] = condition_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        condition_note = d.pop("conditionNote", UNSET)

        condition_subtype = d.pop("conditionSubtype", UNSET)

        condition_type = d.pop("conditionType", UNSET)

        item_condition = cls(
            condition_note=condition_note,
            condition_subtype=condition_subtype,
            condition_type=condition_type,
        )

        item_condition.additional_properties = d
        return item_condition

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="ItemProceedsDetailedBreakdown")


@_attrs_define
class ItemProceedsDetailedBreakdown:
    """
    Attributes:
        subtype (str | Unset):
        value (Money | Unset):
    """

    subtype: str | Unset = UNSET
    value: Money | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtype = self.subtype

        value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value, Unset):
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtype is not UNSET:
            field_dict["subtype"] = subtype
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        subtype = d.pop("subtype", UNSET)

        _value = d.pop("value", UNSET)
        value: Money | Unset
        if isinstance(_value, Unset):
            value = UNSET
        else:
            value = Money.from_dict(_value)

        item_proceeds_detailed_breakdown = cls(
            subtype=subtype,
            value=value,
        )

        item_proceeds_detailed_breakdown.additional_properties = d
        return item_proceeds_detailed_breakdown

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

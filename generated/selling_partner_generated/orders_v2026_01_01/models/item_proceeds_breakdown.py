from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_proceeds_detailed_breakdown import ItemProceedsDetailedBreakdown
    from ..models.money import Money


T = TypeVar("T", bound="ItemProceedsBreakdown")


@_attrs_define
class ItemProceedsBreakdown:
    """
    Attributes:
        subtotal (Money):
        type_ (str):
        detailed_breakdowns (list[ItemProceedsDetailedBreakdown] | Unset):
    """

    subtotal: Money
    type_: str
    detailed_breakdowns: list[ItemProceedsDetailedBreakdown] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtotal = self.subtotal.to_dict()

        type_ = self.type_

        detailed_breakdowns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.detailed_breakdowns, Unset):
            detailed_breakdowns = []
            for detailed_breakdowns_item_data in self.detailed_breakdowns:
                detailed_breakdowns_item = detailed_breakdowns_item_data.to_dict()
                detailed_breakdowns.append(detailed_breakdowns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtotal": subtotal,
                "type": type_,
            }
        )
        if detailed_breakdowns is not UNSET:
            field_dict["detailedBreakdowns"] = detailed_breakdowns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_proceeds_detailed_breakdown import (
            ItemProceedsDetailedBreakdown,
        )
        from ..models.money import Money

        d = dict(src_dict)
        subtotal = Money.from_dict(d.pop("subtotal"))

        type_ = d.pop("type")

        _detailed_breakdowns = d.pop("detailedBreakdowns", UNSET)
        detailed_breakdowns: list[ItemProceedsDetailedBreakdown] | Unset = UNSET
        if _detailed_breakdowns is not UNSET:
            detailed_breakdowns = []
            for detailed_breakdowns_item_data in _detailed_breakdowns:
                detailed_breakdowns_item = ItemProceedsDetailedBreakdown.from_dict(
                    detailed_breakdowns_item_data
                )

                detailed_breakdowns.append(detailed_breakdowns_item)

        item_proceeds_breakdown = cls(
            subtotal=subtotal,
            type_=type_,
            detailed_breakdowns=detailed_breakdowns,
        )

        item_proceeds_breakdown.additional_properties = d
        return item_proceeds_breakdown

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

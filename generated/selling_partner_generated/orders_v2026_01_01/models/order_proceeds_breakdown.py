from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money import Money


T = TypeVar("T", bound="OrderProceedsBreakdown")


@_attrs_define
class OrderProceedsBreakdown:
    """
    Attributes:
        subtotal (Money):
        type_ (str):
        status (str | Unset):
    """

    subtotal: Money
    type_: str
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtotal = self.subtotal.to_dict()

        type_ = self.type_

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subtotal": subtotal,
                "type": type_,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money import Money

        d = dict(src_dict)
        subtotal = Money.from_dict(d.pop("subtotal"))

        type_ = d.pop("type")

        status = d.pop("status", UNSET)

        order_proceeds_breakdown = cls(
            subtotal=subtotal,
            type_=type_,
            status=status,
        )

        order_proceeds_breakdown.additional_properties = d
        return order_proceeds_breakdown

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

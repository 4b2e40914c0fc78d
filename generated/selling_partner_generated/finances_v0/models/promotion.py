from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="Promotion")


@_attrs_define
class Promotion:
    """
    Attributes:
        promotion_amount (Currency | Unset):
        promotion_id (str | Unset):
        promotion_type (str | Unset):
    """

    promotion_amount: Currency | Unset = UNSET
    promotion_id: str | Unset = UNSET
    promotion_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        promotion_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.promotion_amount, Unset):
            promotion_amount = self.promotion_amount.to_dict()

        promotion_id = self.promotion_id

        promotion_type = self.promotion_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if promotion_amount is not UNSET:
            field_dict["PromotionAmount"] = promotion_amount
        if promotion_id is not UNSET:
            field_dict["PromotionId"] = promotion_id
        if promotion_type is not UNSET:
            field_dict["PromotionType"] = promotion_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        _promotion_amount = d.pop("PromotionAmount", UNSET)
        promotion_amount: Currency | Unset
        if isinstance(_promotion_amount, Unset):
            promotion_amount = UNSET
        else:
            promotion_amount = Currency.from_dict(_promotion_amount)

        promotion_id = d.pop("PromotionId", UNSET)

        promotion_type = d.pop("PromotionType", UNSET)

        promotion = cls(
            promotion_amount=promotion_amount,
            promotion_id=promotion_id,
            promotion_type=promotion_type,
        )

        promotion.additional_properties = d
        return promotion

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.money_type import MoneyType
    from ..models.promotion_discount import PromotionDiscount


T = TypeVar("T", bound="PromotionSavings")


@_attrs_define
class PromotionSavings:
    """
    Attributes:
        discount (PromotionDiscount | Unset):
        discounted_price (MoneyType | Unset):
    """

    discount: PromotionDiscount | Unset = UNSET
    discounted_price: MoneyType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        discount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discount, Unset):
            discount = self.discount.to_dict()

        discounted_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.discounted_price, Unset):
            discounted_price = self.discounted_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if discount is not UNSET:
            field_dict["discount"] = discount
        if discounted_price is not UNSET:
            field_dict["discountedPrice"] = discounted_price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money_type import MoneyType
        from ..models.promotion_discount import PromotionDiscount

        d = dict(src_dict)
        _discount = d.pop("discount", UNSET)
        discount: PromotionDiscount | Unset
        if isinstance(_discount, Unset):
            discount = UNSET
        else:
            discount = PromotionDiscount.from_dict(_discount)

        _discounted_price = d.pop("discountedPrice", UNSET)
        discounted_price: MoneyType | Unset
        if isinstance(_discounted_price, Unset):
            discounted_price = UNSET
        else:
            discounted_price = MoneyType.from_dict(_discounted_price)

        promotion_savings = cls(
            discount=discount,
            discounted_price=discounted_price,
        )

        promotion_savings.additional_properties = d
        return promotion_savings

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.money_type import MoneyType


T = TypeVar("T", bound="QuantityDiscountPriceType")


@_attrs_define
class QuantityDiscountPriceType:
    """
    Attributes:
        quantity_tier (int):
        quantity_discount_type (str):
        listing_price (MoneyType):
    """

    quantity_tier: int
    quantity_discount_type: str
    listing_price: MoneyType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity_tier = self.quantity_tier

        quantity_discount_type = self.quantity_discount_type

        listing_price = self.listing_price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "QuantityTier": quantity_tier,
                "QuantityDiscountType": quantity_discount_type,
                "ListingPrice": listing_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.money_type import MoneyType

        d = dict(src_dict)
        quantity_tier = d.pop("QuantityTier")

        quantity_discount_type = d.pop("QuantityDiscountType")

        listing_price = MoneyType.from_dict(d.pop("ListingPrice"))

        quantity_discount_price_type = cls(
            quantity_tier=quantity_tier,
            quantity_discount_type=quantity_discount_type,
            listing_price=listing_price,
        )

        quantity_discount_price_type.additional_properties = d
        return quantity_discount_price_type

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_condition import ItemCondition
    from ..models.item_customization import ItemCustomization
    from ..models.item_price import ItemPrice


T = TypeVar("T", bound="ItemProduct")


@_attrs_define
class ItemProduct:
    """
    Attributes:
        asin (str | Unset):
        condition (ItemCondition | Unset):
        customization (ItemCustomization | Unset):
        price (ItemPrice | Unset):
        seller_sku (str | Unset):
        serial_numbers (list[str] | Unset):
        title (str | Unset):
    """

    asin: str | Unset = UNSET
    condition: ItemCondition | Unset = UNSET
    customization: ItemCustomization | Unset = UNSET
    price: ItemPrice | Unset = UNSET
    seller_sku: str | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        condition: dict[str, Any] | Unset = UNSET
        if not isinstance(self.condition, Unset):
            condition = self.condition.to_dict()

        customization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customization, Unset):
            customization = self.customization.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        seller_sku = self.seller_sku

        serial_numbers: list[str] | Unset = UNSET
        if not isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["asin"] = asin
        if condition is not UNSET:
            field_dict["condition"] = condition
        if customization is not UNSET:
            field_dict["customization"] = customization
        if price is not UNSET:
            field_dict["price"] = price
        if seller_sku is not UNSET:
            field_dict["sellerSku"] = seller_sku
        if serial_numbers is not UNSET:
            field_dict["serialNumbers"] = serial_numbers
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.item_condition import ItemCondition
        from ..models.item_customization import ItemCustomization
        from ..models.item_price import ItemPrice

        d = dict(src_dict)
        asin = d.pop("asin", UNSET)

        _condition = d.pop("condition", UNSET)
        condition: ItemCondition | Unset
        if isinstance(_condition, Unset):
            condition = UNSET
        else:
            condition = ItemCondition.from_dict(_condition)

        _customization = d.pop("customization", UNSET)
        customization: ItemCustomization | Unset
        if isinstance(_customization, Unset):
            customization = UNSET
        else:
            customization = ItemCustomization.from_dict(_customization)

        _price = d.pop("price", UNSET)
        price: ItemPrice | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = ItemPrice.from_dict(_price)

        seller_sku = d.pop("sellerSku", UNSET)

        serial_numbers = cast(list[str], d.pop("serialNumbers", UNSET))

        title = d.pop("title", UNSET)

        item_product = cls(
            asin=asin,
            condition=condition,
            customization=customization,
            price=price,
            seller_sku=seller_sku,
            serial_numbers=serial_numbers,
            title=title,
        )

        item_product.additional_properties = d
        return item_product

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

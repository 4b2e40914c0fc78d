from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product import Product


T = TypeVar("T", bound="Price")


@_attrs_define
class Price:
    """
    Attributes:
        status (str):
        asin (str | Unset):
        product (Product | Unset):
        seller_sku (str | Unset):
    """

    status: str
    asin: str | Unset = UNSET
    product: Product | Unset = UNSET
    seller_sku: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        asin = self.asin

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        seller_sku = self.seller_sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if product is not UNSET:
            field_dict["Product"] = product
        if seller_sku is not UNSET:
            field_dict["SellerSKU"] = seller_sku

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.product import Product

        d = dict(src_dict)
        status = d.pop("status")

        asin = d.pop("ASIN", UNSET)

        _product = d.pop("Product", UNSET)
        product: Product | Unset
        if isinstance(_product, Unset):
            product = UNSET
        else:
            product = Product.from_dict(_product)

        seller_sku = d.pop("SellerSKU", UNSET)

        price = cls(
            status=status,
            asin=asin,
            product=product,
            seller_sku=seller_sku,
        )

        price.additional_properties = d
        return price

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="AdjustmentItem")


@_attrs_define
class AdjustmentItem:
    """
    Attributes:
        asin (str | Unset):
        fn_sku (str | Unset):
        per_unit_amount (Currency | Unset):
        product_description (str | Unset):
        quantity (str | Unset):
        seller_sku (str | Unset):
        total_amount (Currency | Unset):
        transaction_number (str | Unset):
    """

    asin: str | Unset = UNSET
    fn_sku: str | Unset = UNSET
    per_unit_amount: Currency | Unset = UNSET
    product_description: str | Unset = UNSET
    quantity: str | Unset = UNSET
    seller_sku: str | Unset = UNSET
    total_amount: Currency | Unset = UNSET
    transaction_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asin = self.asin

        fn_sku = self.fn_sku

        per_unit_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_unit_amount, Unset):
            per_unit_amount = self.per_unit_amount.to_dict()

        product_description = self.product_description

        quantity = self.quantity

        seller_sku = self.seller_sku

        total_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.total_amount, Unset):
            total_amount = self.total_amount.to_dict()

        transaction_number = self.transaction_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if fn_sku is not UNSET:
            field_dict["FnSKU"] = fn_sku
        if per_unit_amount is not UNSET:
            field_dict["PerUnitAmount"] = per_unit_amount
        if product_description is not UNSET:
            field_dict["ProductDescription"] = product_description
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if seller_sku is not UNSET:
            field_dict["SellerSKU"] = seller_sku
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount
        if transaction_number is not UNSET:
            field_dict["TransactionNumber"] = transaction_number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        asin = d.pop("ASIN", UNSET)

        fn_sku = d.pop("FnSKU", UNSET)

        _per_unit_amount = d.pop("PerUnitAmount", UNSET)
        per_unit_amount: Currency | Unset
        if isinstance(_per_unit_amount, Unset):
            per_unit_amount = UNSET
        else:
            per_unit_amount = Currency.from_dict(_per_unit_amount)

        product_description = d.pop("ProductDescription", UNSET)

        quantity = d.pop("Quantity", UNSET)

        seller_sku = d.pop("SellerSKU", UNSET)

        _total_amount = d.pop("TotalAmount", UNSET)
        total_amount: Currency | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = Currency.from_dict(_total_amount)

        transaction_number = d.pop("TransactionNumber", UNSET)

        adjustment_item = cls(
            asin=asin,
            fn_sku=fn_sku,
            per_unit_amount=per_unit_amount,
            product_description=product_description,
            quantity=quantity,
            seller_sku=seller_sku,
            total_amount=total_amount,
            transaction_number=transaction_number,
        )

        adjustment_item.additional_properties = d
        return adjustment_item

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

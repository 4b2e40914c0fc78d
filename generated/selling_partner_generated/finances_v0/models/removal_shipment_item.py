from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="RemovalShipmentItem")


@_attrs_define
class RemovalShipmentItem:
    """
    Attributes:
        fee_amount (Currency | Unset):
        fulfillment_network_sku (str | Unset):
        quantity (int | Unset):
        removal_shipment_item_id (str | Unset):
        revenue (Currency | Unset):
        tax_amount (Currency | Unset):
        tax_collection_model (str | Unset):
        tax_withheld (Currency | Unset):
    """

    fee_amount: Currency | Unset = UNSET
    fulfillment_network_sku: str | Unset = UNSET
    quantity: int | Unset = UNSET
    removal_shipment_item_id: str | Unset = UNSET
    revenue: Currency | Unset = UNSET
    tax_amount: Currency | Unset = UNSET
    tax_collection_model: str | Unset = UNSET
    tax_withheld: Currency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fee_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee_amount, Unset):
            fee_amount = self.fee_amount.to_dict()

        fulfillment_network_sku = self.fulfillment_network_sku

        quantity = self.quantity

        removal_shipment_item_id = self.removal_shipment_item_id

        revenue: dict[str, Any] | Unset = UNSET
        if not isinstance(self.revenue, Unset):
            revenue = self.revenue.to_dict()

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        tax_collection_model = self.tax_collection_model

        tax_withheld: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_withheld, Unset):
            tax_withheld = self.tax_withheld.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fee_amount is not UNSET:
            field_dict["FeeAmount"] = fee_amount
        if fulfillment_network_sku is not UNSET:
            field_dict["FulfillmentNetworkSKU"] = fulfillment_network_sku
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if removal_shipment_item_id is not UNSET:
            field_dict["RemovalShipmentItemId"] = removal_shipment_item_id
        if revenue is not UNSET:
            field_dict["Revenue"] = revenue
        if tax_amount is not UNSET:
            field_dict["TaxAmount"] = tax_amount
        if tax_collection_model is not UNSET:
            field_dict["TaxCollectionModel"] = tax_collection_model
        if tax_withheld is not UNSET:
            field_dict["TaxWithheld"] = tax_withheld

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        _fee_amount = d.pop("FeeAmount", UNSET)
        fee_amount: Currency | Unset
        if isinstance(_fee_amount, Unset):
            fee_amount = UNSET
        else:
            fee_amount = Currency.from_dict(_fee_amount)

        fulfillment_network_sku = d.pop("FulfillmentNetworkSKU", UNSET)

        quantity = d.pop("Quantity", UNSET)

        removal_shipment_item_id = d.pop("RemovalShipmentItemId", UNSET)

        _revenue = d.pop("Revenue", UNSET)
        revenue: Currency | Unset
        if isinstance(_revenue, Unset):
            revenue = UNSET
        else:
            revenue = Currency.from_dict(_revenue)

        _tax_amount = d.pop("TaxAmount", UNSET)
        tax_amount: Currency | Unset
        if isinstance(_tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = Currency.from_dict(_tax_amount)

        tax_collection_model = d.pop("TaxCollectionModel", UNSET)

        _tax_withheld = d.pop("TaxWithheld", UNSET)
        tax_withheld: Currency | Unset
        if isinstance(_tax_withheld, Unset):
            tax_withheld = UNSET
        else:
            tax_withheld = Currency.from_dict(_tax_withheld)

        removal_shipment_item = cls(
            fee_amount=fee_amount,
            fulfillment_network_sku=fulfillment_network_sku,
            quantity=quantity,
            removal_shipment_item_id=removal_shipment_item_id,
            revenue=revenue,
            tax_amount=tax_amount,
            tax_collection_model=tax_collection_model,
            tax_withheld=tax_withheld,
        )

        removal_shipment_item.additional_properties = d
        return removal_shipment_item

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

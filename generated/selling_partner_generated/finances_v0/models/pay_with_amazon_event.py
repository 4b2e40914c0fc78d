from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.charge_component import ChargeComponent
    from ..models.fee_component import FeeComponent


T = TypeVar("T", bound="PayWithAmazonEvent")


@_attrs_define
class PayWithAmazonEvent:
    """
    Attributes:
        amount_description (str | Unset):
        business_object_type (str | Unset):
        charge (ChargeComponent | Unset):
        fee_list (list[FeeComponent] | Unset):
        fulfillment_channel (str | Unset):
        payment_amount_type (str | Unset):
        sales_channel (str | Unset):
        seller_order_id (str | Unset):
        store_name (str | Unset):
        transaction_posted_date (datetime.datetime | Unset):
    """

    amount_description: str | Unset = UNSET
    business_object_type: str | Unset = UNSET
    charge: ChargeComponent | Unset = UNSET
    fee_list: list[FeeComponent] | Unset = UNSET
    fulfillment_channel: str | Unset = UNSET
    payment_amount_type: str | Unset = UNSET
    sales_channel: str | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    store_name: str | Unset = UNSET
    transaction_posted_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_description = self.amount_description

        business_object_type = self.business_object_type

        charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.charge, Unset):
            charge = self.charge.to_dict()

        fee_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fee_list, Unset):
            fee_list = []
            for componentsschemas_fee_component_list_item_data in self.fee_list:
                componentsschemas_fee_component_list_item = (
                    componentsschemas_fee_component_list_item_data.to_dict()
                )
                fee_list.append(componentsschemas_fee_component_list_item)

        fulfillment_channel = self.fulfillment_channel

        payment_amount_type = self.payment_amount_type

        sales_channel = self.sales_channel

        seller_order_id = self.seller_order_id

        store_name = self.store_name

        transaction_posted_date: str | Unset = UNSET
        if not isinstance(self.transaction_posted_date, Unset):
            transaction_posted_date = self.transaction_posted_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_description is not UNSET:
            field_dict["AmountDescription"] = amount_description
        if business_object_type is not UNSET:
            field_dict["BusinessObjectType"] = business_object_type
        if charge is not UNSET:
            field_dict["Charge"] = charge
        if fee_list is not UNSET:
            field_dict["FeeList"] = fee_list
        if fulfillment_channel is not UNSET:
            field_dict["FulfillmentChannel"] = fulfillment_channel
        if payment_amount_type is not UNSET:
            field_dict["PaymentAmountType"] = payment_amount_type
        if sales_channel is not UNSET:
            field_dict["SalesChannel"] = sales_channel
        if seller_order_id is not UNSET:
            field_dict["SellerOrderId"] = seller_order_id
        if store_name is not UNSET:
            field_dict["StoreName"] = store_name
        if transaction_posted_date is not UNSET:
            field_dict["TransactionPostedDate"] = transaction_posted_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.charge_component import ChargeComponent
        from ..models.fee_component import FeeComponent

        d = dict(src_dict)
        amount_description = d.pop("AmountDescription", UNSET)

        business_object_type = d.pop("BusinessObjectType", UNSET)

        _charge = d.pop("Charge", UNSET)
        charge: ChargeComponent | Unset
        if isinstance(_charge, Unset):
            charge = UNSET
        else:
            charge = ChargeComponent.from_dict(_charge)

        _fee_list = d.pop("FeeList", UNSET)
        fee_list: list[FeeComponent] | Unset = UNSET
        if _fee_list is not UNSET:
            fee_list = []
            for componentsschemas_fee_component_list_item_data in _fee_list:
                componentsschemas_fee_component_list_item = FeeComponent.from_dict(
                    componentsschemas_fee_component_list_item_data
                )

                fee_list.append(componentsschemas_fee_component_list_item)

        fulfillment_channel = d.pop("FulfillmentChannel", UNSET)

        payment_amount_type = d.pop("PaymentAmountType", UNSET)

        sales_channel = d.pop("SalesChannel", UNSET)

        seller_order_id = d.pop("SellerOrderId", UNSET)

        store_name = d.pop("StoreName", UNSET)

        _transaction_posted_date = d.pop("TransactionPostedDate", UNSET)
        transaction_posted_date: datetime.datetime | Unset
        if isinstance(_transaction_posted_date, Unset):
            transaction_posted_date = UNSET
        else:
            transaction_posted_date = datetime.datetime.fromisoformat(
                _transaction_posted_date
            )

        pay_with_amazon_event = cls(
            amount_description=amount_description,
            business_object_type=business_object_type,
            charge=charge,
            fee_list=fee_list,
            fulfillment_channel=fulfillment_channel,
            payment_amount_type=payment_amount_type,
            sales_channel=sales_channel,
            seller_order_id=seller_order_id,
            store_name=store_name,
            transaction_posted_date=transaction_posted_date,
        )

        pay_with_amazon_event.additional_properties = d
        return pay_with_amazon_event

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

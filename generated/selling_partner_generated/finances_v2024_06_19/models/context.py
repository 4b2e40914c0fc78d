from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.business_context_store_name import BusinessContextStoreName
from ..types import UNSET, Unset

T = TypeVar("T", bound="Context")


@_attrs_define
class Context:
    """
    Attributes:
        context_type (str):
        channel (str | Unset):
        order_type (str | Unset):
        store_name (BusinessContextStoreName | Unset):
        asin (str | Unset):
        fulfillment_network (str | Unset):
        quantity_shipped (int | Unset):
        sku (str | Unset):
        payment_date (datetime.datetime | Unset):
        payment_method (str | Unset):
        payment_reference (str | Unset):
        payment_type (str | Unset):
        deferral_reason (str | Unset):
        maturity_date (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        start_time (datetime.datetime | Unset):
    """

    context_type: str
    channel: str | Unset = UNSET
    order_type: str | Unset = UNSET
    store_name: BusinessContextStoreName | Unset = UNSET
    asin: str | Unset = UNSET
    fulfillment_network: str | Unset = UNSET
    quantity_shipped: int | Unset = UNSET
    sku: str | Unset = UNSET
    payment_date: datetime.datetime | Unset = UNSET
    payment_method: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    payment_type: str | Unset = UNSET
    deferral_reason: str | Unset = UNSET
    maturity_date: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context_type = self.context_type

        channel = self.channel

        order_type = self.order_type

        store_name: str | Unset = UNSET
        if not isinstance(self.store_name, Unset):
            store_name = self.store_name.value

        asin = self.asin

        fulfillment_network = self.fulfillment_network

        quantity_shipped = self.quantity_shipped

        sku = self.sku

        payment_date: str | Unset = UNSET
        if not isinstance(self.payment_date, Unset):
            payment_date = self.payment_date.isoformat()

        payment_method = self.payment_method

        payment_reference = self.payment_reference

        payment_type = self.payment_type

        deferral_reason = self.deferral_reason

        maturity_date: str | Unset = UNSET
        if not isinstance(self.maturity_date, Unset):
            maturity_date = self.maturity_date.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "contextType": context_type,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if store_name is not UNSET:
            field_dict["storeName"] = store_name
        if asin is not UNSET:
            field_dict["asin"] = asin
        if fulfillment_network is not UNSET:
            field_dict["fulfillmentNetwork"] = fulfillment_network
        if quantity_shipped is not UNSET:
            field_dict["quantityShipped"] = quantity_shipped
        if sku is not UNSET:
            field_dict["sku"] = sku
        if payment_date is not UNSET:
            field_dict["paymentDate"] = payment_date
        if payment_method is not UNSET:
            field_dict["paymentMethod"] = payment_method
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if payment_type is not UNSET:
            field_dict["paymentType"] = payment_type
        if deferral_reason is not UNSET:
            field_dict["deferralReason"] = deferral_reason
        if maturity_date is not UNSET:
            field_dict["maturityDate"] = maturity_date
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if start_time is not UNSET:
            field_dict["startTime"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        context_type = d.pop("contextType")

        channel = d.pop("channel", UNSET)

        order_type = d.pop("orderType", UNSET)

        _store_name = d.pop("storeName", UNSET)
        store_name: BusinessContextStoreName | Unset
        if isinstance(_store_name, Unset):
            store_name = UNSET
        else:
            store_name = BusinessContextStoreName(_store_name)

        asin = d.pop("asin", UNSET)

        fulfillment_network = d.pop("fulfillmentNetwork", UNSET)

        quantity_shipped = d.pop("quantityShipped", UNSET)

        sku = d.pop("sku", UNSET)

        _payment_date = d.pop("paymentDate", UNSET)
        payment_date: datetime.datetime | Unset
        if isinstance(_payment_date, Unset):
            payment_date = UNSET
        else:
            payment_date = datetime.datetime.fromisoformat(_payment_date)

        payment_method = d.pop("paymentMethod", UNSET)

        payment_reference = d.pop("paymentReference", UNSET)

        payment_type = d.pop("paymentType", UNSET)

        deferral_reason = d.pop("deferralReason", UNSET)

        _maturity_date = d.pop("maturityDate", UNSET)
        maturity_date: datetime.datetime | Unset
        if isinstance(_maturity_date, Unset):
            maturity_date = UNSET
        else:
            maturity_date = datetime.datetime.fromisoformat(_maturity_date)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        context = cls(
            context_type=context_type,
            channel=channel,
            order_type=order_type,
            store_name=store_name,
            asin=asin,
            fulfillment_network=fulfillment_network,
            quantity_shipped=quantity_shipped,
            sku=sku,
            payment_date=payment_date,
            payment_method=payment_method,
            payment_reference=payment_reference,
            payment_type=payment_type,
            deferral_reason=deferral_reason,
            maturity_date=maturity_date,
            end_time=end_time,
            start_time=start_time,
        )

        context.additional_properties = d
        return context

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

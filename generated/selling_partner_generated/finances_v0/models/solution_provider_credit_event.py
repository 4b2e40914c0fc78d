from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency


T = TypeVar("T", bound="SolutionProviderCreditEvent")


@_attrs_define
class SolutionProviderCreditEvent:
    """
    Attributes:
        marketplace_country_code (str | Unset):
        marketplace_id (str | Unset):
        provider_id (str | Unset):
        provider_store_name (str | Unset):
        provider_transaction_type (str | Unset):
        seller_id (str | Unset):
        seller_order_id (str | Unset):
        seller_store_name (str | Unset):
        transaction_amount (Currency | Unset):
        transaction_creation_date (datetime.datetime | Unset):
    """

    marketplace_country_code: str | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    provider_id: str | Unset = UNSET
    provider_store_name: str | Unset = UNSET
    provider_transaction_type: str | Unset = UNSET
    seller_id: str | Unset = UNSET
    seller_order_id: str | Unset = UNSET
    seller_store_name: str | Unset = UNSET
    transaction_amount: Currency | Unset = UNSET
    transaction_creation_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        marketplace_country_code = self.marketplace_country_code

        marketplace_id = self.marketplace_id

        provider_id = self.provider_id

        provider_store_name = self.provider_store_name

        provider_transaction_type = self.provider_transaction_type

        seller_id = self.seller_id

        seller_order_id = self.seller_order_id

        seller_store_name = self.seller_store_name

        transaction_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transaction_amount, Unset):
            transaction_amount = self.transaction_amount.to_dict()

        transaction_creation_date: str | Unset = UNSET
        if not isinstance(self.transaction_creation_date, Unset):
            transaction_creation_date = self.transaction_creation_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if marketplace_country_code is not UNSET:
            field_dict["MarketplaceCountryCode"] = marketplace_country_code
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if provider_id is not UNSET:
            field_dict["ProviderId"] = provider_id
        if provider_store_name is not UNSET:
            field_dict["ProviderStoreName"] = provider_store_name
        if provider_transaction_type is not UNSET:
            field_dict["ProviderTransactionType"] = provider_transaction_type
        if seller_id is not UNSET:
            field_dict["SellerId"] = seller_id
        if seller_order_id is not UNSET:
            field_dict["SellerOrderId"] = seller_order_id
        if seller_store_name is not UNSET:
            field_dict["SellerStoreName"] = seller_store_name
        if transaction_amount is not UNSET:
            field_dict["TransactionAmount"] = transaction_amount
        if transaction_creation_date is not UNSET:
            field_dict["TransactionCreationDate"] = transaction_creation_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.currency import Currency

        d = dict(src_dict)
        marketplace_country_code = d.pop("MarketplaceCountryCode", UNSET)

        marketplace_id = d.pop("MarketplaceId", UNSET)

        provider_id = d.pop("ProviderId", UNSET)

        provider_store_name = d.pop("ProviderStoreName", UNSET)

        provider_transaction_type = d.pop("ProviderTransactionType", UNSET)

        seller_id = d.pop("SellerId", UNSET)

        seller_order_id = d.pop("SellerOrderId", UNSET)

        seller_store_name = d.pop("SellerStoreName", UNSET)

        _transaction_amount = d.pop("TransactionAmount", UNSET)
        transaction_amount: Currency | Unset
        if isinstance(_transaction_amount, Unset):
            transaction_amount = UNSET
        else:
            transaction_amount = Currency.from_dict(_transaction_amount)

        _transaction_creation_date = d.pop("TransactionCreationDate", UNSET)
        transaction_creation_date: datetime.datetime | Unset
        if isinstance(_transaction_creation_date, Unset):
            transaction_creation_date = UNSET
        else:
            transaction_creation_date = datetime.datetime.fromisoformat(
                _transaction_creation_date
            )

        solution_provider_credit_event = cls(
            marketplace_country_code=marketplace_country_code,
            marketplace_id=marketplace_id,
            provider_id=provider_id,
            provider_store_name=provider_store_name,
            provider_transaction_type=provider_transaction_type,
            seller_id=seller_id,
            seller_order_id=seller_order_id,
            seller_store_name=seller_store_name,
            transaction_amount=transaction_amount,
            transaction_creation_date=transaction_creation_date,
        )

        solution_provider_credit_event.additional_properties = d
        return solution_provider_credit_event

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

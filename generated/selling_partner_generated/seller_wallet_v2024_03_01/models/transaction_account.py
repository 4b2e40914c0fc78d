from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_account_number_format import BankAccountNumberFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionAccount")


@_attrs_define
class TransactionAccount:
    """
    Attributes:
        bank_account_currency (str):
        bank_account_number_format (BankAccountNumberFormat):
        bank_name (str):
        account_id (str | Unset):
        bank_account_country_code (str | Unset):
        bank_account_holder_name (str | Unset):
        bank_account_number_tail (str | Unset):
    """

    bank_account_currency: str
    bank_account_number_format: BankAccountNumberFormat
    bank_name: str
    account_id: str | Unset = UNSET
    bank_account_country_code: str | Unset = UNSET
    bank_account_holder_name: str | Unset = UNSET
    bank_account_number_tail: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bank_account_currency = self.bank_account_currency

        bank_account_number_format = self.bank_account_number_format.value

        bank_name = self.bank_name

        account_id = self.account_id

        bank_account_country_code = self.bank_account_country_code

        bank_account_holder_name = self.bank_account_holder_name

        bank_account_number_tail = self.bank_account_number_tail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bankAccountCurrency": bank_account_currency,
                "bankAccountNumberFormat": bank_account_number_format,
                "bankName": bank_name,
            }
        )
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if bank_account_country_code is not UNSET:
            field_dict["bankAccountCountryCode"] = bank_account_country_code
        if bank_account_holder_name is not UNSET:
            field_dict["bankAccountHolderName"] = bank_account_holder_name
        if bank_account_number_tail is not UNSET:
            field_dict["bankAccountNumberTail"] = bank_account_number_tail

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bank_account_currency = d.pop("bankAccountCurrency")

        bank_account_number_format = BankAccountNumberFormat(
            d.pop("bankAccountNumberFormat")
        )

        bank_name = d.pop("bankName")

        account_id = d.pop("accountId", UNSET)

        bank_account_country_code = d.pop("bankAccountCountryCode", UNSET)

        bank_account_holder_name = d.pop("bankAccountHolderName", UNSET)

        bank_account_number_tail = d.pop("bankAccountNumberTail", UNSET)

        transaction_account = cls(
            bank_account_currency=bank_account_currency,
            bank_account_number_format=bank_account_number_format,
            bank_name=bank_name,
            account_id=account_id,
            bank_account_country_code=bank_account_country_code,
            bank_account_holder_name=bank_account_holder_name,
            bank_account_number_tail=bank_account_number_tail,
        )

        transaction_account.additional_properties = d
        return transaction_account

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

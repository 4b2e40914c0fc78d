from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bank_account import BankAccount


T = TypeVar("T", bound="TransactionInstrumentDetails")


@_attrs_define
class TransactionInstrumentDetails:
    """
    Attributes:
        account_holder_name (str):
        bank_account (BankAccount):
        bank_account_number (str):
    """

    account_holder_name: str
    bank_account: BankAccount
    bank_account_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_holder_name = self.account_holder_name

        bank_account = self.bank_account.to_dict()

        bank_account_number = self.bank_account_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountHolderName": account_holder_name,
                "bankAccount": bank_account,
                "bankAccountNumber": bank_account_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bank_account import BankAccount

        d = dict(src_dict)
        account_holder_name = d.pop("accountHolderName")

        bank_account = BankAccount.from_dict(d.pop("bankAccount"))

        bank_account_number = d.pop("bankAccountNumber")

        transaction_instrument_details = cls(
            account_holder_name=account_holder_name,
            bank_account=bank_account,
            bank_account_number=bank_account_number,
        )

        transaction_instrument_details.additional_properties = d
        return transaction_instrument_details

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

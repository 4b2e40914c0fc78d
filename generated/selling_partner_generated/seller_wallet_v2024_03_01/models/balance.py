from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.balance_type import BalanceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """
    Attributes:
        account_id (str):
        balance_amount (float):
        balance_currency (str):
        last_update_date (datetime.datetime):
        balance_type (BalanceType | Unset):
    """

    account_id: str
    balance_amount: float
    balance_currency: str
    last_update_date: datetime.datetime
    balance_type: BalanceType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        balance_amount = self.balance_amount

        balance_currency = self.balance_currency

        last_update_date = self.last_update_date.isoformat()

        balance_type: str | Unset = UNSET
        if not isinstance(self.balance_type, Unset):
            balance_type = self.balance_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "balanceAmount": balance_amount,
                "balanceCurrency": balance_currency,
                "lastUpdateDate": last_update_date,
            }
        )
        if balance_type is not UNSET:
            field_dict["balanceType"] = balance_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        balance_amount = d.pop("balanceAmount")

        balance_currency = d.pop("balanceCurrency")

        last_update_date = datetime.datetime.fromisoformat(d.pop("lastUpdateDate"))

        _balance_type = d.pop("balanceType", UNSET)
        balance_type: BalanceType | Unset
        if isinstance(_balance_type, Unset):
            balance_type = UNSET
        else:
            balance_type = BalanceType(_balance_type)

        balance = cls(
            account_id=account_id,
            balance_amount=balance_amount,
            balance_currency=balance_currency,
            last_update_date=last_update_date,
            balance_type=balance_type,
        )

        balance.additional_properties = d
        return balance

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.balance_type import BalanceType
from ..types import (
    FAST,
    READER,
    UNSET,
    DeviationError,
    Unset,
    absent,
    model_eq,
    model_getstate,
    model_repr,
    model_setstate,
)

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
    _parse_notes: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def __repr__(self) -> str:
        return model_repr(self)

    def __getattr__(self, name: str) -> Any:
        return absent(self, name)

    def __eq__(self, other: object) -> bool:
        return model_eq(self, other)

    def __getstate__(self) -> dict[str, Any]:
        return model_getstate(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        model_setstate(self, state)

    def to_dict(self) -> dict[str, Any]:
        if self._parse_notes is not None:
            return self._parse_notes.to_dict(self)
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
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("accountId", "account_id", True, ("str",)),
                ("balanceAmount", "balance_amount", True, ("float",)),
                ("balanceCurrency", "balance_currency", True, ("str",)),
                ("lastUpdateDate", "last_update_date", True, ("datetime",)),
                ("balanceType", "balance_type", False, ("enum", BalanceType)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        account_id = d.pop("accountId")

        if _reader is not None and account_id.__class__ is not str:
            raise DeviationError("accountId")

        balance_amount = d.pop("balanceAmount")

        if (
            _reader is not None
            and balance_amount.__class__ is not float
            and balance_amount.__class__ is not int
        ):
            raise DeviationError("balanceAmount")

        balance_currency = d.pop("balanceCurrency")

        if _reader is not None and balance_currency.__class__ is not str:
            raise DeviationError("balanceCurrency")

        last_update_date = datetime.datetime.fromisoformat(d.pop("lastUpdateDate"))

        if _reader is not None and last_update_date.tzinfo is None:
            raise DeviationError("lastUpdateDate")

        _balance_type = d.pop("balanceType", UNSET)
        balance_type = (
            UNSET
            if _balance_type is UNSET
            else (
                BalanceType._value2member_map_.get(_balance_type)
                if _balance_type.__class__ is str
                else None
            )
            or BalanceType(_balance_type)
        )

        if cls is Balance:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_id = account_id
            _built.balance_amount = balance_amount
            _built.balance_currency = balance_currency
            _built.last_update_date = last_update_date
            _built.balance_type = balance_type
            _built._parse_notes = None
            balance = _built
        else:  # a subclass: its own __init__ runs
            balance = cls(
                account_id=account_id,
                balance_amount=balance_amount,
                balance_currency=balance_currency,
                last_update_date=last_update_date,
                balance_type=balance_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        balance.additional_properties = d or {}
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

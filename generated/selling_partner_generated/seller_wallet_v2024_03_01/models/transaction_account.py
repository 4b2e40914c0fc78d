from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_account_number_format import BankAccountNumberFormat
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
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("bankAccountCurrency", "bank_account_currency", True, ("str",)),
                (
                    "bankAccountNumberFormat",
                    "bank_account_number_format",
                    True,
                    ("enum", BankAccountNumberFormat),
                ),
                ("bankName", "bank_name", True, ("str",)),
                ("accountId", "account_id", False, ("str",)),
                (
                    "bankAccountCountryCode",
                    "bank_account_country_code",
                    False,
                    ("str",),
                ),
                ("bankAccountHolderName", "bank_account_holder_name", False, ("str",)),
                ("bankAccountNumberTail", "bank_account_number_tail", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        bank_account_currency = d.pop("bankAccountCurrency")

        if _reader is not None and bank_account_currency.__class__ is not str:
            raise DeviationError("bankAccountCurrency")

        _bank_account_number_format = d.pop("bankAccountNumberFormat")
        bank_account_number_format = (
            BankAccountNumberFormat._value2member_map_.get(_bank_account_number_format)
            if _bank_account_number_format.__class__ is str
            else None
        ) or BankAccountNumberFormat(_bank_account_number_format)

        bank_name = d.pop("bankName")

        if _reader is not None and bank_name.__class__ is not str:
            raise DeviationError("bankName")

        account_id = d.pop("accountId", UNSET)

        if (
            _reader is not None
            and account_id.__class__ is not str
            and account_id is not UNSET
        ):
            raise DeviationError("accountId")

        bank_account_country_code = d.pop("bankAccountCountryCode", UNSET)

        if (
            _reader is not None
            and bank_account_country_code.__class__ is not str
            and bank_account_country_code is not UNSET
        ):
            raise DeviationError("bankAccountCountryCode")

        bank_account_holder_name = d.pop("bankAccountHolderName", UNSET)

        if (
            _reader is not None
            and bank_account_holder_name.__class__ is not str
            and bank_account_holder_name is not UNSET
        ):
            raise DeviationError("bankAccountHolderName")

        bank_account_number_tail = d.pop("bankAccountNumberTail", UNSET)

        if (
            _reader is not None
            and bank_account_number_tail.__class__ is not str
            and bank_account_number_tail is not UNSET
        ):
            raise DeviationError("bankAccountNumberTail")

        if cls is TransactionAccount:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.bank_account_currency = bank_account_currency
            _built.bank_account_number_format = bank_account_number_format
            _built.bank_name = bank_name
            _built.account_id = account_id
            _built.bank_account_country_code = bank_account_country_code
            _built.bank_account_holder_name = bank_account_holder_name
            _built.bank_account_number_tail = bank_account_number_tail
            _built._parse_notes = None
            transaction_account = _built
        else:  # a subclass: its own __init__ runs
            transaction_account = cls(
                bank_account_currency=bank_account_currency,
                bank_account_number_format=bank_account_number_format,
                bank_name=bank_name,
                account_id=account_id,
                bank_account_country_code=bank_account_country_code,
                bank_account_holder_name=bank_account_holder_name,
                bank_account_number_tail=bank_account_number_tail,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        transaction_account.additional_properties = d or {}
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

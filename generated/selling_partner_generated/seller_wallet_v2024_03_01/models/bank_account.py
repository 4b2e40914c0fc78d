from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_account_holder_status import BankAccountHolderStatus
from ..models.bank_account_number_format import BankAccountNumberFormat
from ..models.bank_account_ownership_type import BankAccountOwnershipType
from ..models.bank_number_format import BankNumberFormat
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

T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount:
    """
    Attributes:
        account_country_code (str):
        account_currency (str):
        bank_account_number_tail (str):
        bank_account_ownership_type (BankAccountOwnershipType):
        account_holder_name (str | Unset):
        account_id (str | Unset):
        bank_account_holder_status (BankAccountHolderStatus | Unset):
        bank_account_number_format (BankAccountNumberFormat | Unset):
        bank_name (str | Unset):
        bank_number_format (BankNumberFormat | Unset):
        routing_number (str | Unset):
    """

    account_country_code: str
    account_currency: str
    bank_account_number_tail: str
    bank_account_ownership_type: BankAccountOwnershipType
    account_holder_name: str | Unset = UNSET
    account_id: str | Unset = UNSET
    bank_account_holder_status: BankAccountHolderStatus | Unset = UNSET
    bank_account_number_format: BankAccountNumberFormat | Unset = UNSET
    bank_name: str | Unset = UNSET
    bank_number_format: BankNumberFormat | Unset = UNSET
    routing_number: str | Unset = UNSET
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
        account_country_code = self.account_country_code

        account_currency = self.account_currency

        bank_account_number_tail = self.bank_account_number_tail

        bank_account_ownership_type = self.bank_account_ownership_type.value

        account_holder_name = self.account_holder_name

        account_id = self.account_id

        bank_account_holder_status: str | Unset = UNSET
        if not isinstance(self.bank_account_holder_status, Unset):
            bank_account_holder_status = self.bank_account_holder_status.value

        bank_account_number_format: str | Unset = UNSET
        if not isinstance(self.bank_account_number_format, Unset):
            bank_account_number_format = self.bank_account_number_format.value

        bank_name = self.bank_name

        bank_number_format: str | Unset = UNSET
        if not isinstance(self.bank_number_format, Unset):
            bank_number_format = self.bank_number_format.value

        routing_number = self.routing_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountCountryCode": account_country_code,
                "accountCurrency": account_currency,
                "bankAccountNumberTail": bank_account_number_tail,
                "bankAccountOwnershipType": bank_account_ownership_type,
            }
        )
        if account_holder_name is not UNSET:
            field_dict["accountHolderName"] = account_holder_name
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if bank_account_holder_status is not UNSET:
            field_dict["bankAccountHolderStatus"] = bank_account_holder_status
        if bank_account_number_format is not UNSET:
            field_dict["bankAccountNumberFormat"] = bank_account_number_format
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if bank_number_format is not UNSET:
            field_dict["bankNumberFormat"] = bank_number_format
        if routing_number is not UNSET:
            field_dict["routingNumber"] = routing_number

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        return (
            (
                ("accountCountryCode", "account_country_code", True, ("str",)),
                ("accountCurrency", "account_currency", True, ("str",)),
                ("bankAccountNumberTail", "bank_account_number_tail", True, ("str",)),
                (
                    "bankAccountOwnershipType",
                    "bank_account_ownership_type",
                    True,
                    ("enum", BankAccountOwnershipType),
                ),
                ("accountHolderName", "account_holder_name", False, ("str",)),
                ("accountId", "account_id", False, ("str",)),
                (
                    "bankAccountHolderStatus",
                    "bank_account_holder_status",
                    False,
                    ("enum", BankAccountHolderStatus),
                ),
                (
                    "bankAccountNumberFormat",
                    "bank_account_number_format",
                    False,
                    ("enum", BankAccountNumberFormat),
                ),
                ("bankName", "bank_name", False, ("str",)),
                (
                    "bankNumberFormat",
                    "bank_number_format",
                    False,
                    ("enum", BankNumberFormat),
                ),
                ("routingNumber", "routing_number", False, ("str",)),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        d = dict(src_dict)
        account_country_code = d.pop("accountCountryCode")

        if _reader is not None and account_country_code.__class__ is not str:
            raise DeviationError("accountCountryCode")

        account_currency = d.pop("accountCurrency")

        if _reader is not None and account_currency.__class__ is not str:
            raise DeviationError("accountCurrency")

        bank_account_number_tail = d.pop("bankAccountNumberTail")

        if _reader is not None and bank_account_number_tail.__class__ is not str:
            raise DeviationError("bankAccountNumberTail")

        _bank_account_ownership_type = d.pop("bankAccountOwnershipType")
        bank_account_ownership_type = (
            BankAccountOwnershipType._value2member_map_.get(
                _bank_account_ownership_type
            )
            if _bank_account_ownership_type.__class__ is str
            else None
        ) or BankAccountOwnershipType(_bank_account_ownership_type)

        account_holder_name = d.pop("accountHolderName", UNSET)

        if (
            _reader is not None
            and account_holder_name.__class__ is not str
            and account_holder_name is not UNSET
        ):
            raise DeviationError("accountHolderName")

        account_id = d.pop("accountId", UNSET)

        if (
            _reader is not None
            and account_id.__class__ is not str
            and account_id is not UNSET
        ):
            raise DeviationError("accountId")

        _bank_account_holder_status = d.pop("bankAccountHolderStatus", UNSET)
        bank_account_holder_status = (
            UNSET
            if _bank_account_holder_status is UNSET
            else (
                BankAccountHolderStatus._value2member_map_.get(
                    _bank_account_holder_status
                )
                if _bank_account_holder_status.__class__ is str
                else None
            )
            or BankAccountHolderStatus(_bank_account_holder_status)
        )

        _bank_account_number_format = d.pop("bankAccountNumberFormat", UNSET)
        bank_account_number_format = (
            UNSET
            if _bank_account_number_format is UNSET
            else (
                BankAccountNumberFormat._value2member_map_.get(
                    _bank_account_number_format
                )
                if _bank_account_number_format.__class__ is str
                else None
            )
            or BankAccountNumberFormat(_bank_account_number_format)
        )

        bank_name = d.pop("bankName", UNSET)

        if (
            _reader is not None
            and bank_name.__class__ is not str
            and bank_name is not UNSET
        ):
            raise DeviationError("bankName")

        _bank_number_format = d.pop("bankNumberFormat", UNSET)
        bank_number_format = (
            UNSET
            if _bank_number_format is UNSET
            else (
                BankNumberFormat._value2member_map_.get(_bank_number_format)
                if _bank_number_format.__class__ is str
                else None
            )
            or BankNumberFormat(_bank_number_format)
        )

        routing_number = d.pop("routingNumber", UNSET)

        if (
            _reader is not None
            and routing_number.__class__ is not str
            and routing_number is not UNSET
        ):
            raise DeviationError("routingNumber")

        if cls is BankAccount:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_country_code = account_country_code
            _built.account_currency = account_currency
            _built.bank_account_number_tail = bank_account_number_tail
            _built.bank_account_ownership_type = bank_account_ownership_type
            _built.account_holder_name = account_holder_name
            _built.account_id = account_id
            _built.bank_account_holder_status = bank_account_holder_status
            _built.bank_account_number_format = bank_account_number_format
            _built.bank_name = bank_name
            _built.bank_number_format = bank_number_format
            _built.routing_number = routing_number
            _built._parse_notes = None
            bank_account = _built
        else:  # a subclass: its own __init__ runs
            bank_account = cls(
                account_country_code=account_country_code,
                account_currency=account_currency,
                bank_account_number_tail=bank_account_number_tail,
                bank_account_ownership_type=bank_account_ownership_type,
                account_holder_name=account_holder_name,
                account_id=account_id,
                bank_account_holder_status=bank_account_holder_status,
                bank_account_number_format=bank_account_number_format,
                bank_name=bank_name,
                bank_number_format=bank_number_format,
                routing_number=routing_number,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        bank_account.additional_properties = d or {}
        return bank_account

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

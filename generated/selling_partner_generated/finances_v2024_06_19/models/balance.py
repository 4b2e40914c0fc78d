from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.balance_balance_type import BalanceBalanceType
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

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.partner_metadata import PartnerMetadata


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency, PartnerMetadata
    from ..models.currency import Currency
    from ..models.partner_metadata import PartnerMetadata

    _lazy_pending = False


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """
    Attributes:
        amount (Currency | Unset):
        as_of_date (datetime.datetime | Unset):
        balance_type (BalanceBalanceType | Unset):
        balances (list[Balance] | Unset):
        last_updated_time (datetime.datetime | Unset):
        partner_metadata (PartnerMetadata | Unset):
    """

    amount: Currency | Unset = UNSET
    as_of_date: datetime.datetime | Unset = UNSET
    balance_type: BalanceBalanceType | Unset = UNSET
    balances: list[Balance] | Unset = UNSET
    last_updated_time: datetime.datetime | Unset = UNSET
    partner_metadata: PartnerMetadata | Unset = UNSET
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
        if _lazy_pending:
            _load_lazy()
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        as_of_date: str | Unset = UNSET
        if not isinstance(self.as_of_date, Unset):
            as_of_date = self.as_of_date.isoformat()

        balance_type: str | Unset = UNSET
        if not isinstance(self.balance_type, Unset):
            balance_type = self.balance_type.value

        balances: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.balances, Unset):
            balances = []
            for balances_item_data in self.balances:
                balances_item = balances_item_data.to_dict()
                balances.append(balances_item)

        last_updated_time: str | Unset = UNSET
        if not isinstance(self.last_updated_time, Unset):
            last_updated_time = self.last_updated_time.isoformat()

        partner_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_metadata, Unset):
            partner_metadata = self.partner_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if as_of_date is not UNSET:
            field_dict["asOfDate"] = as_of_date
        if balance_type is not UNSET:
            field_dict["balanceType"] = balance_type
        if balances is not UNSET:
            field_dict["balances"] = balances
        if last_updated_time is not UNSET:
            field_dict["lastUpdatedTime"] = last_updated_time
        if partner_metadata is not UNSET:
            field_dict["partnerMetadata"] = partner_metadata

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency
        from ..models.partner_metadata import PartnerMetadata

        return (
            (
                ("amount", "amount", False, ("model", Currency)),
                ("asOfDate", "as_of_date", False, ("datetime",)),
                ("balanceType", "balance_type", False, ("enum", BalanceBalanceType)),
                ("balances", "balances", False, ("list", ("model", Balance))),
                ("lastUpdatedTime", "last_updated_time", False, ("datetime",)),
                (
                    "partnerMetadata",
                    "partner_metadata",
                    False,
                    ("model", PartnerMetadata),
                ),
            ),
            ("any",),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        _reader = READER.get()
        if _reader is not None and _reader is not FAST:
            return _reader(cls, src_dict)
        if _lazy_pending:
            _load_lazy()
        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount = UNSET if _amount is UNSET else Currency.from_dict(_amount)

        _as_of_date = d.pop("asOfDate", UNSET)
        as_of_date = (
            UNSET
            if _as_of_date is UNSET
            else datetime.datetime.fromisoformat(_as_of_date)
        )

        if (
            _reader is not None
            and not isinstance(as_of_date, Unset)
            and as_of_date.tzinfo is None
        ):
            raise DeviationError("asOfDate")

        _balance_type = d.pop("balanceType", UNSET)
        balance_type = (
            UNSET
            if _balance_type is UNSET
            else (
                BalanceBalanceType._value2member_map_.get(_balance_type)
                if _balance_type.__class__ is str
                else None
            )
            or BalanceBalanceType(_balance_type)
        )

        _balances = d.pop("balances", UNSET)
        balances = (
            UNSET
            if _balances is UNSET
            else [Balance.from_dict(_item) for _item in _balances]
        )

        _last_updated_time = d.pop("lastUpdatedTime", UNSET)
        last_updated_time = (
            UNSET
            if _last_updated_time is UNSET
            else datetime.datetime.fromisoformat(_last_updated_time)
        )

        if (
            _reader is not None
            and not isinstance(last_updated_time, Unset)
            and last_updated_time.tzinfo is None
        ):
            raise DeviationError("lastUpdatedTime")

        _partner_metadata = d.pop("partnerMetadata", UNSET)
        partner_metadata = (
            UNSET
            if _partner_metadata is UNSET
            else PartnerMetadata.from_dict(_partner_metadata)
        )

        if cls is Balance:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amount = amount
            _built.as_of_date = as_of_date
            _built.balance_type = balance_type
            _built.balances = balances
            _built.last_updated_time = last_updated_time
            _built.partner_metadata = partner_metadata
            _built._parse_notes = None
            balance = _built
        else:  # a subclass: its own __init__ runs
            balance = cls(
                amount=amount,
                as_of_date=as_of_date,
                balance_type=balance_type,
                balances=balances,
                last_updated_time=last_updated_time,
                partner_metadata=partner_metadata,
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

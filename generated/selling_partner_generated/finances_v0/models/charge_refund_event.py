from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    from ..models.charge_refund_transaction import ChargeRefundTransaction


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, ChargeRefundTransaction
    from ..models.charge_refund_transaction import ChargeRefundTransaction

    _lazy_pending = False


T = TypeVar("T", bound="ChargeRefundEvent")


@_attrs_define
class ChargeRefundEvent:
    """
    Attributes:
        charge_refund_transactions (list[ChargeRefundTransaction] | Unset):
        posted_date (datetime.datetime | Unset):
        reason_code (str | Unset):
        reason_code_description (str | Unset):
    """

    charge_refund_transactions: list[ChargeRefundTransaction] | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    reason_code: str | Unset = UNSET
    reason_code_description: str | Unset = UNSET
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
        charge_refund_transactions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charge_refund_transactions, Unset):
            charge_refund_transactions = []
            for (
                componentsschemas_charge_refund_transactions_item_data
            ) in self.charge_refund_transactions:
                componentsschemas_charge_refund_transactions_item = (
                    componentsschemas_charge_refund_transactions_item_data.to_dict()
                )
                charge_refund_transactions.append(
                    componentsschemas_charge_refund_transactions_item
                )

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        reason_code = self.reason_code

        reason_code_description = self.reason_code_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if charge_refund_transactions is not UNSET:
            field_dict["ChargeRefundTransactions"] = charge_refund_transactions
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if reason_code is not UNSET:
            field_dict["ReasonCode"] = reason_code
        if reason_code_description is not UNSET:
            field_dict["ReasonCodeDescription"] = reason_code_description

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.charge_refund_transaction import ChargeRefundTransaction

        return (
            (
                (
                    "ChargeRefundTransactions",
                    "charge_refund_transactions",
                    False,
                    ("list", ("model", ChargeRefundTransaction)),
                ),
                ("PostedDate", "posted_date", False, ("datetime",)),
                ("ReasonCode", "reason_code", False, ("str",)),
                ("ReasonCodeDescription", "reason_code_description", False, ("str",)),
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
        _charge_refund_transactions = d.pop("ChargeRefundTransactions", UNSET)
        charge_refund_transactions = (
            UNSET
            if _charge_refund_transactions is UNSET
            else [
                ChargeRefundTransaction.from_dict(_item)
                for _item in _charge_refund_transactions
            ]
        )

        _posted_date = d.pop("PostedDate", UNSET)
        posted_date = (
            UNSET
            if _posted_date is UNSET
            else datetime.datetime.fromisoformat(_posted_date)
        )

        if (
            _reader is not None
            and not isinstance(posted_date, Unset)
            and posted_date.tzinfo is None
        ):
            raise DeviationError("PostedDate")

        reason_code = d.pop("ReasonCode", UNSET)

        if (
            _reader is not None
            and reason_code.__class__ is not str
            and reason_code is not UNSET
        ):
            raise DeviationError("ReasonCode")

        reason_code_description = d.pop("ReasonCodeDescription", UNSET)

        if (
            _reader is not None
            and reason_code_description.__class__ is not str
            and reason_code_description is not UNSET
        ):
            raise DeviationError("ReasonCodeDescription")

        if cls is ChargeRefundEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.charge_refund_transactions = charge_refund_transactions
            _built.posted_date = posted_date
            _built.reason_code = reason_code
            _built.reason_code_description = reason_code_description
            _built._parse_notes = None
            charge_refund_event = _built
        else:  # a subclass: its own __init__ runs
            charge_refund_event = cls(
                charge_refund_transactions=charge_refund_transactions,
                posted_date=posted_date,
                reason_code=reason_code,
                reason_code_description=reason_code_description,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        charge_refund_event.additional_properties = d or {}
        return charge_refund_event

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

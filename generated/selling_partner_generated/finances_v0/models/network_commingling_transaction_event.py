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
    from ..models.currency import Currency


# The models this one refers to that would import it back: imported once, on
# first use (an import statement in from_dict cost 2 us per object).
_lazy_pending = True


def _load_lazy() -> None:
    global _lazy_pending, Currency
    from ..models.currency import Currency

    _lazy_pending = False


T = TypeVar("T", bound="NetworkComminglingTransactionEvent")


@_attrs_define
class NetworkComminglingTransactionEvent:
    """
    Attributes:
        asin (str | Unset):
        marketplace_id (str | Unset):
        net_co_transaction_id (str | Unset):
        posted_date (datetime.datetime | Unset):
        swap_reason (str | Unset):
        tax_amount (Currency | Unset):
        tax_exclusive_amount (Currency | Unset):
        transaction_type (str | Unset):
    """

    asin: str | Unset = UNSET
    marketplace_id: str | Unset = UNSET
    net_co_transaction_id: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
    swap_reason: str | Unset = UNSET
    tax_amount: Currency | Unset = UNSET
    tax_exclusive_amount: Currency | Unset = UNSET
    transaction_type: str | Unset = UNSET
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
        asin = self.asin

        marketplace_id = self.marketplace_id

        net_co_transaction_id = self.net_co_transaction_id

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        swap_reason = self.swap_reason

        tax_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_amount, Unset):
            tax_amount = self.tax_amount.to_dict()

        tax_exclusive_amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_exclusive_amount, Unset):
            tax_exclusive_amount = self.tax_exclusive_amount.to_dict()

        transaction_type = self.transaction_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asin is not UNSET:
            field_dict["ASIN"] = asin
        if marketplace_id is not UNSET:
            field_dict["MarketplaceId"] = marketplace_id
        if net_co_transaction_id is not UNSET:
            field_dict["NetCoTransactionID"] = net_co_transaction_id
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date
        if swap_reason is not UNSET:
            field_dict["SwapReason"] = swap_reason
        if tax_amount is not UNSET:
            field_dict["TaxAmount"] = tax_amount
        if tax_exclusive_amount is not UNSET:
            field_dict["TaxExclusiveAmount"] = tax_exclusive_amount
        if transaction_type is not UNSET:
            field_dict["TransactionType"] = transaction_type

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("ASIN", "asin", False, ("str",)),
                ("MarketplaceId", "marketplace_id", False, ("str",)),
                ("NetCoTransactionID", "net_co_transaction_id", False, ("str",)),
                ("PostedDate", "posted_date", False, ("datetime",)),
                ("SwapReason", "swap_reason", False, ("str",)),
                ("TaxAmount", "tax_amount", False, ("model", Currency)),
                (
                    "TaxExclusiveAmount",
                    "tax_exclusive_amount",
                    False,
                    ("model", Currency),
                ),
                ("TransactionType", "transaction_type", False, ("str",)),
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
        asin = d.pop("ASIN", UNSET)

        if _reader is not None and asin.__class__ is not str and asin is not UNSET:
            raise DeviationError("ASIN")

        marketplace_id = d.pop("MarketplaceId", UNSET)

        if (
            _reader is not None
            and marketplace_id.__class__ is not str
            and marketplace_id is not UNSET
        ):
            raise DeviationError("MarketplaceId")

        net_co_transaction_id = d.pop("NetCoTransactionID", UNSET)

        if (
            _reader is not None
            and net_co_transaction_id.__class__ is not str
            and net_co_transaction_id is not UNSET
        ):
            raise DeviationError("NetCoTransactionID")

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

        swap_reason = d.pop("SwapReason", UNSET)

        if (
            _reader is not None
            and swap_reason.__class__ is not str
            and swap_reason is not UNSET
        ):
            raise DeviationError("SwapReason")

        _tax_amount = d.pop("TaxAmount", UNSET)
        tax_amount = UNSET if _tax_amount is UNSET else Currency.from_dict(_tax_amount)

        _tax_exclusive_amount = d.pop("TaxExclusiveAmount", UNSET)
        tax_exclusive_amount = (
            UNSET
            if _tax_exclusive_amount is UNSET
            else Currency.from_dict(_tax_exclusive_amount)
        )

        transaction_type = d.pop("TransactionType", UNSET)

        if (
            _reader is not None
            and transaction_type.__class__ is not str
            and transaction_type is not UNSET
        ):
            raise DeviationError("TransactionType")

        if cls is NetworkComminglingTransactionEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.asin = asin
            _built.marketplace_id = marketplace_id
            _built.net_co_transaction_id = net_co_transaction_id
            _built.posted_date = posted_date
            _built.swap_reason = swap_reason
            _built.tax_amount = tax_amount
            _built.tax_exclusive_amount = tax_exclusive_amount
            _built.transaction_type = transaction_type
            _built._parse_notes = None
            network_commingling_transaction_event = _built
        else:  # a subclass: its own __init__ runs
            network_commingling_transaction_event = cls(
                asin=asin,
                marketplace_id=marketplace_id,
                net_co_transaction_id=net_co_transaction_id,
                posted_date=posted_date,
                swap_reason=swap_reason,
                tax_amount=tax_amount,
                tax_exclusive_amount=tax_exclusive_amount,
                transaction_type=transaction_type,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        network_commingling_transaction_event.additional_properties = d or {}
        return network_commingling_transaction_event

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

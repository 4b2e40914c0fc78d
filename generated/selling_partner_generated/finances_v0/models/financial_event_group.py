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


T = TypeVar("T", bound="FinancialEventGroup")


@_attrs_define
class FinancialEventGroup:
    """
    Attributes:
        account_tail (str | Unset):
        beginning_balance (Currency | Unset):
        converted_total (Currency | Unset):
        financial_event_group_end (datetime.datetime | Unset):
        financial_event_group_id (str | Unset):
        financial_event_group_start (datetime.datetime | Unset):
        fund_transfer_date (datetime.datetime | Unset):
        fund_transfer_status (str | Unset):
        original_total (Currency | Unset):
        processing_status (str | Unset):
        trace_id (str | Unset):
    """

    account_tail: str | Unset = UNSET
    beginning_balance: Currency | Unset = UNSET
    converted_total: Currency | Unset = UNSET
    financial_event_group_end: datetime.datetime | Unset = UNSET
    financial_event_group_id: str | Unset = UNSET
    financial_event_group_start: datetime.datetime | Unset = UNSET
    fund_transfer_date: datetime.datetime | Unset = UNSET
    fund_transfer_status: str | Unset = UNSET
    original_total: Currency | Unset = UNSET
    processing_status: str | Unset = UNSET
    trace_id: str | Unset = UNSET
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
        account_tail = self.account_tail

        beginning_balance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.beginning_balance, Unset):
            beginning_balance = self.beginning_balance.to_dict()

        converted_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.converted_total, Unset):
            converted_total = self.converted_total.to_dict()

        financial_event_group_end: str | Unset = UNSET
        if not isinstance(self.financial_event_group_end, Unset):
            financial_event_group_end = self.financial_event_group_end.isoformat()

        financial_event_group_id = self.financial_event_group_id

        financial_event_group_start: str | Unset = UNSET
        if not isinstance(self.financial_event_group_start, Unset):
            financial_event_group_start = self.financial_event_group_start.isoformat()

        fund_transfer_date: str | Unset = UNSET
        if not isinstance(self.fund_transfer_date, Unset):
            fund_transfer_date = self.fund_transfer_date.isoformat()

        fund_transfer_status = self.fund_transfer_status

        original_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.original_total, Unset):
            original_total = self.original_total.to_dict()

        processing_status = self.processing_status

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_tail is not UNSET:
            field_dict["AccountTail"] = account_tail
        if beginning_balance is not UNSET:
            field_dict["BeginningBalance"] = beginning_balance
        if converted_total is not UNSET:
            field_dict["ConvertedTotal"] = converted_total
        if financial_event_group_end is not UNSET:
            field_dict["FinancialEventGroupEnd"] = financial_event_group_end
        if financial_event_group_id is not UNSET:
            field_dict["FinancialEventGroupId"] = financial_event_group_id
        if financial_event_group_start is not UNSET:
            field_dict["FinancialEventGroupStart"] = financial_event_group_start
        if fund_transfer_date is not UNSET:
            field_dict["FundTransferDate"] = fund_transfer_date
        if fund_transfer_status is not UNSET:
            field_dict["FundTransferStatus"] = fund_transfer_status
        if original_total is not UNSET:
            field_dict["OriginalTotal"] = original_total
        if processing_status is not UNSET:
            field_dict["ProcessingStatus"] = processing_status
        if trace_id is not UNSET:
            field_dict["TraceId"] = trace_id

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("AccountTail", "account_tail", False, ("str",)),
                ("BeginningBalance", "beginning_balance", False, ("model", Currency)),
                ("ConvertedTotal", "converted_total", False, ("model", Currency)),
                (
                    "FinancialEventGroupEnd",
                    "financial_event_group_end",
                    False,
                    ("datetime",),
                ),
                ("FinancialEventGroupId", "financial_event_group_id", False, ("str",)),
                (
                    "FinancialEventGroupStart",
                    "financial_event_group_start",
                    False,
                    ("datetime",),
                ),
                ("FundTransferDate", "fund_transfer_date", False, ("datetime",)),
                ("FundTransferStatus", "fund_transfer_status", False, ("str",)),
                ("OriginalTotal", "original_total", False, ("model", Currency)),
                ("ProcessingStatus", "processing_status", False, ("str",)),
                ("TraceId", "trace_id", False, ("str",)),
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
        account_tail = d.pop("AccountTail", UNSET)

        if (
            _reader is not None
            and account_tail.__class__ is not str
            and account_tail is not UNSET
        ):
            raise DeviationError("AccountTail")

        _beginning_balance = d.pop("BeginningBalance", UNSET)
        beginning_balance = (
            UNSET
            if _beginning_balance is UNSET
            else Currency.from_dict(_beginning_balance)
        )

        _converted_total = d.pop("ConvertedTotal", UNSET)
        converted_total = (
            UNSET if _converted_total is UNSET else Currency.from_dict(_converted_total)
        )

        _financial_event_group_end = d.pop("FinancialEventGroupEnd", UNSET)
        financial_event_group_end = (
            UNSET
            if _financial_event_group_end is UNSET
            else datetime.datetime.fromisoformat(_financial_event_group_end)
        )

        if (
            _reader is not None
            and not isinstance(financial_event_group_end, Unset)
            and financial_event_group_end.tzinfo is None
        ):
            raise DeviationError("FinancialEventGroupEnd")

        financial_event_group_id = d.pop("FinancialEventGroupId", UNSET)

        if (
            _reader is not None
            and financial_event_group_id.__class__ is not str
            and financial_event_group_id is not UNSET
        ):
            raise DeviationError("FinancialEventGroupId")

        _financial_event_group_start = d.pop("FinancialEventGroupStart", UNSET)
        financial_event_group_start = (
            UNSET
            if _financial_event_group_start is UNSET
            else datetime.datetime.fromisoformat(_financial_event_group_start)
        )

        if (
            _reader is not None
            and not isinstance(financial_event_group_start, Unset)
            and financial_event_group_start.tzinfo is None
        ):
            raise DeviationError("FinancialEventGroupStart")

        _fund_transfer_date = d.pop("FundTransferDate", UNSET)
        fund_transfer_date = (
            UNSET
            if _fund_transfer_date is UNSET
            else datetime.datetime.fromisoformat(_fund_transfer_date)
        )

        if (
            _reader is not None
            and not isinstance(fund_transfer_date, Unset)
            and fund_transfer_date.tzinfo is None
        ):
            raise DeviationError("FundTransferDate")

        fund_transfer_status = d.pop("FundTransferStatus", UNSET)

        if (
            _reader is not None
            and fund_transfer_status.__class__ is not str
            and fund_transfer_status is not UNSET
        ):
            raise DeviationError("FundTransferStatus")

        _original_total = d.pop("OriginalTotal", UNSET)
        original_total = (
            UNSET if _original_total is UNSET else Currency.from_dict(_original_total)
        )

        processing_status = d.pop("ProcessingStatus", UNSET)

        if (
            _reader is not None
            and processing_status.__class__ is not str
            and processing_status is not UNSET
        ):
            raise DeviationError("ProcessingStatus")

        trace_id = d.pop("TraceId", UNSET)

        if (
            _reader is not None
            and trace_id.__class__ is not str
            and trace_id is not UNSET
        ):
            raise DeviationError("TraceId")

        if cls is FinancialEventGroup:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.account_tail = account_tail
            _built.beginning_balance = beginning_balance
            _built.converted_total = converted_total
            _built.financial_event_group_end = financial_event_group_end
            _built.financial_event_group_id = financial_event_group_id
            _built.financial_event_group_start = financial_event_group_start
            _built.fund_transfer_date = fund_transfer_date
            _built.fund_transfer_status = fund_transfer_status
            _built.original_total = original_total
            _built.processing_status = processing_status
            _built.trace_id = trace_id
            _built._parse_notes = None
            financial_event_group = _built
        else:  # a subclass: its own __init__ runs
            financial_event_group = cls(
                account_tail=account_tail,
                beginning_balance=beginning_balance,
                converted_total=converted_total,
                financial_event_group_end=financial_event_group_end,
                financial_event_group_id=financial_event_group_id,
                financial_event_group_start=financial_event_group_start,
                fund_transfer_date=fund_transfer_date,
                fund_transfer_status=fund_transfer_status,
                original_total=original_total,
                processing_status=processing_status,
                trace_id=trace_id,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        financial_event_group.additional_properties = d or {}
        return financial_event_group

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

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


T = TypeVar("T", bound="EBTRefundReimbursementOnlyEvent")


@_attrs_define
class EBTRefundReimbursementOnlyEvent:
    """
    Attributes:
        amount (Currency | Unset):
        order_id (str | Unset):
        posted_date (datetime.datetime | Unset):
    """

    amount: Currency | Unset = UNSET
    order_id: str | Unset = UNSET
    posted_date: datetime.datetime | Unset = UNSET
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

        order_id = self.order_id

        posted_date: str | Unset = UNSET
        if not isinstance(self.posted_date, Unset):
            posted_date = self.posted_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if order_id is not UNSET:
            field_dict["OrderId"] = order_id
        if posted_date is not UNSET:
            field_dict["PostedDate"] = posted_date

        return field_dict

    @classmethod
    def _spec(cls) -> tuple[Any, ...]:
        from ..models.currency import Currency

        return (
            (
                ("Amount", "amount", False, ("model", Currency)),
                ("OrderId", "order_id", False, ("str",)),
                ("PostedDate", "posted_date", False, ("datetime",)),
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
        _amount = d.pop("Amount", UNSET)
        amount = UNSET if _amount is UNSET else Currency.from_dict(_amount)

        order_id = d.pop("OrderId", UNSET)

        if (
            _reader is not None
            and order_id.__class__ is not str
            and order_id is not UNSET
        ):
            raise DeviationError("OrderId")

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

        if cls is EBTRefundReimbursementOnlyEvent:
            # the fields set directly: calling __init__ with every field by name (and
            # its factory dict, replaced below) took 1.4 us of a 16-field model's reading
            # (its own name: a field may be named as the model's variable, e.g. packages)
            _built = object.__new__(cls)
            _built.amount = amount
            _built.order_id = order_id
            _built.posted_date = posted_date
            _built._parse_notes = None
            ebt_refund_reimbursement_only_event = _built
        else:  # a subclass: its own __init__ runs
            ebt_refund_reimbursement_only_event = cls(
                amount=amount,
                order_id=order_id,
                posted_date=posted_date,
            )

        # a fresh {} when nothing is left: the popped copy keeps its full-size table
        ebt_refund_reimbursement_only_event.additional_properties = d or {}
        return ebt_refund_reimbursement_only_event

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
